#!/usr/bin/env node
/**
 * Benchmark of the site search in Chromium (not part of `npm test`): what the search page and a
 * first query transfer, gzipped as a static host serves them, and how the page keeps up with
 * typing. Two visits:
 *   - cold: /tim-kiem/ with an empty cache, then a query typed into the box;
 *   - from another page: the home page first (so the shared stylesheet and fonts are cached, as
 *     when a reader arrives from the header box), then the same.
 * Prints bytes per kind of file, the time from the last keystroke to the results, and the longest
 * main-thread task while typing.
 *
 *   node scripts/bench-search.mjs [dist-folder] [query]      (default: dist, "dao tao giang vien")
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from './lib/chromium.ts';
import { serveStatic } from './lib/serve-static.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const query = process.argv[3] ?? 'dao tao giang vien';
if (!existsSync(join(dir, 'tim-kiem/index.html'))) throw new Error(`${dir} has no /tim-kiem/: build the site first`);

/** What a URL is, for the breakdown. */
function kind(url) {
  const path = new URL(url).pathname;
  if (/\/pagefind\/pagefind(-worker)?\.js$/.test(path)) return 'Pagefind script';
  if (/\/pagefind\/wasm\./.test(path)) return 'Pagefind wasm';
  if (/\.pf_meta$/.test(path) || /pagefind-entry\.json$/.test(path)) return 'index metadata';
  if (/\.pf_index$/.test(path)) return 'index chunks';
  if (/\.pf_filter$/.test(path)) return 'filter chunks';
  if (/\.pf_fragment$/.test(path)) return 'result fragments';
  if (/\.woff2$/.test(path)) return 'fonts';
  if (/\.css$/.test(path)) return 'stylesheets';
  if (/\.js$/.test(path)) return 'site scripts';
  if (/\.(html|\/)$/.test(path) || path.endsWith('/')) return 'HTML';
  return 'other';
}

async function visit(browser, origin, { fromHome }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bytes = new Map();
  let counting = !fromHome;
  // Requests of the page and of its workers (Pagefind may search in a worker), as received.
  const pending = [];
  context.on('requestfinished', (request) => {
    if (!counting || request.url().startsWith('data:')) return;
    pending.push(
      request.sizes().then((sizes) => {
        const k = kind(request.url());
        bytes.set(k, (bytes.get(k) ?? 0) + sizes.responseBodySize + sizes.responseHeadersSize);
      }),
    );
  });
  if (fromHome) {
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    counting = true;
  }
  await page.goto(`${origin}/tim-kiem/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
  // Long main-thread tasks while typing (jank).
  await page.evaluate(() => {
    /** @type {any} */ (window).__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        /** @type {any} */ (window).__longest = Math.max(/** @type {any} */ (window).__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.locator('#tu-khoa').pressSequentially(query, { delay: 90 });
  const typed = Date.now();
  await page.waitForFunction(
    (q) =>
      (document.querySelector('[data-status]')?.textContent ?? '').includes(`“${q}”`) &&
      document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false',
    query,
  );
  const toResults = Date.now() - typed;
  await page.waitForLoadState('networkidle');
  const longest = await page.evaluate(() => /** @type {any} */ (window).__longest);
  await Promise.all(pending);
  const results = await page.locator('[data-results] > li').count();
  await context.close();
  return { bytes, toResults, longest, results };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// Served as a host serves it: gzip level 6 for text, hashed assets cached.
const site = await serveStatic({ dir });
const origin = site.origin;
const browser = await launchBrowser();
try {
  console.log(`Search benchmark: ${dir}, query “${query}” typed into /tim-kiem/ (gzip as a static host serves it)\n`);
  /** @type {[string, { fromHome: boolean }][]} */
  const visits = [
    ['cold visit (empty cache)', { fromHome: false }],
    ['from another page (stylesheet and fonts cached)', { fromHome: true }],
  ];
  for (const [label, options] of visits) {
    const { bytes, toResults, longest, results } = await visit(browser, origin, options);
    const total = [...bytes.values()].reduce((a, b) => a + b, 0);
    const search = [...bytes]
      .filter(([k]) => !['HTML', 'stylesheets', 'fonts', 'other'].includes(k))
      .reduce((a, [, b]) => a + b, 0);
    console.log(`${label}: ${kb(total)} transferred (${kb(search)} for search: scripts, Pagefind, index, results)`);
    for (const [k, n] of [...bytes].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(18)} ${kb(n).padStart(10)}`);
    console.log(
      `  ${results} results shown ${toResults} ms after the last keystroke; longest main-thread task while typing: ${Math.round(longest)} ms\n`,
    );
  }
} finally {
  await browser.close();
  await site.close();
}
