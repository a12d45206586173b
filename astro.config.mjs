// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import searchIndex from './src/integrations/search-index.ts';
import securityHeaders, { CSP } from './src/integrations/security-headers.ts';
import robots from './src/integrations/robots.ts';
import dataCheck from './src/integrations/data-check.ts';
import { planBodyGuard, safeLinks } from './src/integrations/safe-mdx.ts';

// BASE_PATH and SITE_URL let the same build be deployed under a sub-path or a domain. With
// SITE_URL, pages carry their canonical URL and the build writes sitemap-index.xml and robots.txt.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  integrations: [
    // No smart punctuation: the plans' own "..." and quotes are kept as written. A plan's body is
    // text: no MDX code but <Task>, no link that runs code (src/integrations/safe-mdx.ts).
    mdx({ smartypants: false, processor: satteri({ mdastPlugins: [planBodyGuard], hastPlugins: [safeLinks] }) }),
    // The Pagefind index of /tim-kiem/, written into every build's output folder.
    searchIndex(),
    // _headers: the pages' Content-Security-Policy (below) for hosts that read such a file.
    securityHeaders(),
    // Only pages (directory URLs), not the data files.
    ...(site ? [sitemap({ filter: (url) => url.endsWith('/') }), robots()] : []),
    // Last: the written site checked (open data against its schemas, links and anchors); a failure fails the build.
    dataCheck(),
  ],
  // Every page gets a Content-Security-Policy <meta> with its scripts' and styles' hashes.
  security: { csp: CSP },
  build: {
    // One stylesheet file shared and cached by every page, rather than inlined per page.
    inlineStylesheets: 'never',
  },
  // The importer's worker (/them-ke-hoach/) as an ES module, so that it loads the Word and PDF
  // readers as separate files, only when a file needs them.
  vite: { worker: { format: 'es' } },
});
