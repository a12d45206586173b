/**
 * robots.txt: everything may be crawled, and the sitemap (@astrojs/sitemap) is named with its
 * absolute URL, under the build's address (SITE_URL, or the canonical one), as the format requires.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function robots(): AstroIntegration {
  let sitemap: string | undefined;
  return {
    name: 'ke-hoach-mo:robots',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) sitemap = new URL(`${config.base.replace(/\/?$/, '/')}sitemap-index.xml`, config.site).href;
      },
      'astro:build:done': ({ dir }) => {
        if (!sitemap) return;
        writeFileSync(join(fileURLToPath(dir), 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
      },
    },
  };
}
