// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './scripts/search-index.mjs';

// BASE_PATH and SITE_URL let the same build be deployed under a sub-path or a domain.
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  // No smart punctuation: the plans' own "..." and quotes are kept as written.
  // searchIndex: the Pagefind index of /tim-kiem/, written into every build's output folder.
  integrations: [mdx({ smartypants: false }), searchIndex()],
  build: {
    // One stylesheet file shared and cached by every page, rather than inlined per page.
    inlineStylesheets: 'never',
  },
});
