/**
 * robots.txt for a deployed build: everything may be crawled, and the sitemap (@astrojs/sitemap,
 * written only when SITE_URL gives the site's address) is named with its absolute URL, as the
 * format requires. Without SITE_URL nothing is written: there is no address to give.
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
