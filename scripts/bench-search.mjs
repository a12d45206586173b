#!/usr/bin/env node
/**
 * Benchmark of the site search in Chromium (not part of `npm test`): what a search typed on
 * /tim-kiem/ transfers until its first results are shown and once the page has settled (filter
 * counts, word-by-word matches), response bodies gzipped as a static host serves them, headers
 * apart; reached from a plan page (stylesheet, fonts and the header's script cached) and cold.
 * The same measurement as `npm run bench` makes at 4, 200 and 1,000 plans.
 *
 *   node scripts/bench-search.mjs [dist-folder] [query] [plan-slug]
 *     (default: dist, "khoi nghiep", the first plan of the build)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from './lib/chromium.ts';
import { serveStatic } from './lib/serve-static.ts';
import { measureSearch } from './bench/transfer.mjs';

const dir = resolve(process.argv[2] ?? 'dist');
const query = process.argv[3] ?? 'khoi nghiep';
if (!existsSync(join(dir, 'tim-kiem/index.html'))) throw new Error(`${dir} has no /tim-kiem/: build the site first`);
const plan =
  process.argv[4] ?? readdirSync(join(dir, 'ke-hoach')).find((name) => name !== 'sap-xep' && !name.includes('.'));

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const site = await serveStatic({ dir });
const browser = await launchBrowser();
try {
  console.log(`Search benchmark: ${dir}, “${query}” typed into /tim-kiem/ (gzip level 6, bodies only)\n`);
  for (const from of [`/ke-hoach/${plan}/`, null]) {
    const m = await measureSearch(browser, site, { query, from });
    console.log(
      `${from ? `from ${from}` : 'cold visit'}: first results ${kb(m.first.bytes)} in ${m.first.requests} responses, ${m.msToFirstResults} ms after typing began; settled ${kb(m.settled.bytes)}`,
    );
    for (const [kind, n] of Object.entries(m.first.byKind).sort((a, b) => b[1] - a[1]))
      if (n > 0) console.log(`  ${kind.padEnd(24)} ${kb(n).padStart(10)}`);
    console.log(`  “${m.settledStatus}”\n`);
  }
} finally {
  await browser.close();
  await site.close();
}
