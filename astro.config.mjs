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
import { planSections } from './src/integrations/plan-sections.ts';
import { CANONICAL_SITE } from './src/lib/site.ts';

// BASE_PATH and SITE_URL let the same build be deployed under a sub-path or at another address;
// without SITE_URL the site's canonical address (src/lib/site.ts) is used. Pages carry their
// canonical URL, and the build writes sitemap-index.xml and robots.txt, for that address.
const site = process.env.SITE_URL || CANONICAL_SITE;

export default defineConfig({
  site,
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'ignore',
  integrations: [
    // No smart punctuation: the plans' own "..." and quotes are kept as written. A plan's body is
    // text: no MDX code but <Task>, no link that runs code (src/integrations/safe-mdx.ts); the
    // sections around its tasks are folded (src/integrations/plan-sections.ts).
    mdx({
      smartypants: false,
      processor: satteri({ mdastPlugins: [planBodyGuard], hastPlugins: [safeLinks, planSections] }),
    }),
    // The Pagefind index of /tim-kiem/, written into every build's output folder.
    searchIndex(),
    // _headers: the pages' Content-Security-Policy (below) for hosts that read such a file.
    securityHeaders(),
    // Only pages (directory URLs), not the data files.
    sitemap({ filter: (url) => url.endsWith('/') }),
    robots(),
    // Last: the written site checked (open data against its schemas, links and anchors); a failure fails the build.
    dataCheck(),
  ],
  // Every page gets a Content-Security-Policy <meta> with its scripts' and styles' hashes.
  security: { csp: CSP },
  build: {
    // One stylesheet file shared and cached by every page, rather than inlined per page.
    inlineStylesheets: 'never',
  },
  // The plans are text, with no code blocks to colour: no syntax highlighter (Shiki's inline
  // styles would also be refused by the pages' Content-Security-Policy).
  markdown: { syntaxHighlight: false },
  vite: {
    // The importer's worker (/them-ke-hoach/) as an ES module, so that it loads the Word and PDF
    // readers as separate files, only when a file needs them.
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        // Astro marks each MDX module with the directive "use astro:head-inject" and reads the
        // mark itself before bundling; the bundler's warning that it drops the directive is
        // about a mark it was never meant to keep. Every other message goes through.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
