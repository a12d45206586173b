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
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium } from 'playwright-core';


const dir = resolve(process.argv[2] ?? 'dist');
const query = process.argv[3] ?? 'dao tao giang vien';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(join(dir, 'tim-kiem/index.html'))) throw new Error(`${dir} has no /tim-kiem/: build the site first`);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
// Compressible types are gzipped on the fly; fonts, wasm and Pagefind's chunks are already compressed.
const GZIP = new Set(['.html', '.css', '.js', '.json', '.svg']);

/** A static server like a host's: gzip for text, files cacheable for an hour. */
function serve(root) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = join(root, normalize(pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' };
    if (GZIP.has(ext) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
      createReadStream(file).pipe(createGzip({ level: 9 })).pipe(res);
    } else {
      res.writeHead(200, { ...headers, 'content-length': statSync(file).size });
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

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
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.locator('#tu-khoa').pressSequentially(query, { delay: 90 });
  const typed = Date.now();
  await page.waitForFunction((q) => (document.querySelector('[data-status]')?.textContent ?? '').includes(`“${q}”`) && document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false', query);
  const toResults = Date.now() - typed;
  await page.waitForLoadState('networkidle');
  const longest = await page.evaluate(() => window.__longest);
  await Promise.all(pending);
  const results = await page.locator('[data-results] > li').count();
  await context.close();
  return { bytes, toResults, longest, results };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const server = await serve(dir);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  console.log(`Search benchmark: ${dir}, query “${query}” typed into /tim-kiem/ (gzip as a static host serves it)\n`);
  for (const [label, options] of [
    ['cold visit (empty cache)', { fromHome: false }],
    ['from another page (stylesheet and fonts cached)', { fromHome: true }],
  ]) {
    const { bytes, toResults, longest, results } = await visit(browser, origin, options);
    const total = [...bytes.values()].reduce((a, b) => a + b, 0);
    const search = [...bytes].filter(([k]) => !['HTML', 'stylesheets', 'fonts', 'other'].includes(k)).reduce((a, [, b]) => a + b, 0);
    console.log(`${label}: ${kb(total)} transferred (${kb(search)} for search: scripts, Pagefind, index, results)`);
    for (const [k, n] of [...bytes].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(18)} ${kb(n).padStart(10)}`);
    console.log(`  ${results} results shown ${toResults} ms after the last keystroke; longest main-thread task while typing: ${Math.round(longest)} ms\n`);
  }
} finally {
  await browser.close();
  server.close();
}
