#!/usr/bin/env node
/**
 * Full-page screenshots of the built site (dist/, built beforehand: this builds nothing), at
 * 360 and 1280 px wide, light and dark, into tests/.artifacts/screenshots/. Not part of npm test.
 *
 *   npm run screenshots                         one page of every page kind found in dist/
 *   npm run screenshots -- / /ke-hoach/x/       the given paths
 *   npm run screenshots -- --dir dist-base --base /ke-hoach-mo/ /
 *
 * Run it with the project's Node 24 (npm run, or npx node), which loads the TypeScript helpers.
 */
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { onePagePerKind } from './lib/built-site.ts';
import { launchBrowser } from './lib/chromium.ts';
import { serveStatic } from './lib/serve-static.ts';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } },
});
const out = join(root, 'tests', '.artifacts', 'screenshots');
mkdirSync(out, { recursive: true });

const paths = positionals.length ? positionals : onePagePerKind(resolve(root, values.dir)).map((page) => page.url);
const WIDTHS = [360, 1280];
/** @type {('light' | 'dark')[]} */
const SCHEMES = ['light', 'dark'];
const fileName = (path, width, scheme) =>
  `${path.replace(/^\/+|\/+$/g, '').replace(/[^\p{L}\p{N}.-]+/gu, '_') || 'home'}-${width}-${scheme}.png`;

const site = await serveStatic({ dir: values.dir, base: values.base, cache: 'none' });
const browser = await launchBrowser();
let failed = 0;
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 800 } });
    for (const scheme of SCHEMES) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of paths) {
        const response = await page.goto(site.url(path), { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const file = join(out, fileName(path, width, scheme));
        await page.screenshot({ path: file, fullPage: true });
        const status = response?.status() ?? 0;
        if (status >= 400 && !path.endsWith('404.html')) failed++;
        console.log(`${relative(root, file)}${status === 200 ? '' : `  (HTTP ${status})`}`);
      }
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
if (failed) {
  console.error(`${failed} screenshot(s) of pages that answered with an error`);
  process.exitCode = 1;
}
