/**
 * What a reader downloads, measured in Debian's Chromium over a gzipping static server (level 6,
 * as hosts serve it):
 *  - a search, as the budgets count it: response bodies (gzipped), headers apart, until the first
 *    results of a query typed into /tim-kiem/ are shown, and until the page has settled (filter
 *    counts, word-by-word matches). Twice: reached from a plan page (the stylesheet, fonts and the
 *    header's script cached, as a reader arriving from a plan has them), and a cold visit;
 *  - the largest plan page: HTML + CSS + JS against its text (innerText, folded sections opened) gzipped, bytes
 *    on the wire (encoded body + response headers) of a cold load.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../lib/chromium.ts';
import { serveStatic } from '../lib/serve-static.ts';

/**
 * Load `url` in a fresh browser context (empty cache), wait for `settled` (a selector) when given,
 * then for a quiet network. Bytes per resource type and per URL, from Playwright's request events
 * (they include the fetches Pagefind makes; a page-level CDP session missed some of them):
 * encoded body plus response headers, as on the wire.
 */
async function coldLoad(browser, url, { quietMs = 1000, timeoutMs = 120_000, settled = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const requests = new Map();
  const pending = new Set();
  let lastActivity = performance.now();
  context.on('request', (request) => {
    requests.set(request, { url: request.url(), type: request.resourceType(), bytes: 0 });
    pending.add(request);
    lastActivity = performance.now();
  });
  const finish = async (request, failed) => {
    const entry = requests.get(request);
    if (entry && !failed) {
      const sizes = await request.sizes().catch(() => null);
      entry.bytes = sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
    }
    if (entry) entry.failed = failed;
    pending.delete(request);
    lastActivity = performance.now();
  };
  context.on('requestfinished', (request) => void finish(request, false));
  context.on('requestfailed', (request) => void finish(request, true));
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  let settledOk = null;
  if (settled) {
    settledOk = await page
      .waitForSelector(settled, { state: 'attached', timeout: timeoutMs })
      .then(() => true)
      .catch(() => false);
  }
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline && (pending.size > 0 || performance.now() - lastActivity < quietMs)) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const list = [...requests.values()];
  const byType = {};
  for (const r of list) byType[r.type] = (byType[r.type] ?? 0) + r.bytes;
  return {
    page,
    context,
    settled: settledOk,
    requests: list,
    byType,
    total: list.reduce((sum, r) => sum + r.bytes, 0),
  };
}

/** The plan page with the most HTML in `dist` (its slug and size). */
export function largestPlanPage(dist) {
  const dir = join(dist, 'ke-hoach');
  let best = null;
  for (const slug of readdirSync(dir)) {
    const file = join(dir, slug, 'index.html');
    try {
      const size = statSync(file).size;
      if (slug !== 'sap-xep' && (!best || size > best.size)) best = { slug, size };
    } catch {
      // Not a plan page folder.
    }
  }
  return best;
}

/** What kind of file a URL is, for the breakdown of a search's bytes. */
function searchKind(url) {
  const path = new URL(url).pathname;
  if (/\/pagefind\/.*\.js$/.test(path)) return 'Pagefind script';
  if (/\/pagefind\/wasm\./.test(path)) return 'Pagefind wasm';
  if (/\.pf_meta$|pagefind-entry\.json$/.test(path)) return 'Pagefind metadata';
  if (/\.pf_index$/.test(path)) return 'Pagefind index chunks';
  if (/\/chi-muc\/catalog\.json$/.test(path)) return 'catalog';
  if (/\/chi-muc\/facets\.json$/.test(path)) return 'facets table';
  if (/\/chi-muc\//.test(path)) return 'results shown';
  if (/\.woff2?$/.test(path)) return 'fonts';
  if (/\.css$/.test(path)) return 'stylesheets';
  if (/\.js$/.test(path)) return 'site scripts';
  if (path.endsWith('/') || path.endsWith('.html')) return 'HTML';
  if (path.endsWith('.svg')) return 'icons';
  return 'other';
}

/**
 * A search as a reader makes it: (from a plan page, or cold) open /tim-kiem/, enter `query` in
 * its box. Response bodies as received (gzipped), headers apart, of the requests started before
 * the first results were shown (`first`), and of all of them once the page has settled (`settled`).
 */
export async function measureSearch(browser, site, { query, from }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (from) await page.goto(site.url(from), { waitUntil: 'networkidle' });
  const requests = [];
  const entries = new Map();
  context.on('request', (request) => {
    if (request.url().startsWith('data:')) return;
    const entry = { url: request.url(), request, body: 0, headers: 0 };
    entry.done = new Promise((resolve) => (entry.resolve = resolve));
    entries.set(request, entry);
    requests.push(entry);
  });
  context.on('requestfinished', async (request) => {
    const entry = entries.get(request);
    if (!entry) return;
    const sizes = await request.sizes().catch(() => null);
    // A revalidated file (304) has no body; Chromium may report one below zero.
    entry.body = Math.max(0, sizes?.responseBodySize ?? 0);
    entry.headers = sizes?.responseHeadersSize ?? 0;
    entry.resolve();
  });
  context.on('requestfailed', (request) => entries.get(request)?.resolve());
  await page.goto(site.url('/tim-kiem/'), { waitUntil: 'load' });
  await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached', timeout: 120_000 });
  const typing = performance.now();
  // Entered at once (fast typing, or a paste): one search, whatever the load on the machine.
  await page.fill('#tu-khoa', query);
  await page.waitForFunction(
    (q) =>
      document.querySelectorAll('[data-results] > li').length > 0 &&
      (document.querySelector('[data-status]')?.textContent ?? '').includes(`“${q}”`),
    query,
    { timeout: 120_000, polling: 10 },
  );
  const shown = performance.now();
  // When the page marked its first results shown (epoch ms), to tell the requests before it.
  const marked = await page.evaluate(
    () => performance.timeOrigin + (performance.getEntriesByName('search:results').at(-1)?.startTime ?? Infinity),
  );
  const status = await page.locator('[data-status]').textContent();
  await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached', timeout: 120_000 });
  // Quiet for a second: counts and word-by-word matches are in.
  let last = requests.length;
  for (let quiet = 0; quiet < 10;) {
    await new Promise((r) => setTimeout(r, 100));
    quiet = requests.length === last ? quiet + 1 : 0;
    last = requests.length;
  }
  await Promise.all(requests.map((r) => r.done));
  const settledStatus = await page.locator('[data-status]').textContent();
  await context.close();
  const sum = (list) => list.reduce((n, r) => n + r.body, 0);
  const byKind = (list) => {
    const out = {};
    for (const r of list) out[searchKind(r.url)] = (out[searchKind(r.url)] ?? 0) + r.body;
    return out;
  };
  const first = requests.filter((r) => r.request.timing().startTime <= marked);
  return {
    from: from ?? 'cold',
    first: {
      bytes: sum(first),
      headers: first.reduce((n, r) => n + r.headers, 0),
      requests: first.length,
      byKind: byKind(first),
    },
    settled: { bytes: sum(requests), requests: requests.length, byKind: byKind(requests) },
    msToFirstResults: Math.round(shown - typing),
    status,
    settledStatus,
  };
}

/** Transfer measurements of a built site in `dist`, served and loaded in Chromium. */
export async function measureTransfer(dist, { query = 'khoi nghiep' } = {}) {
  const site = await serveStatic({ dir: dist });
  const browser = await launchBrowser();
  try {
    // The largest plan page.
    const largest = largestPlanPage(dist);
    let plan = null;
    if (largest) {
      const load = await coldLoad(browser, site.url(`/ke-hoach/${largest.slug}/`));
      // The text a reader can read on the page: folded sections (<details>) count, one tap away.
      const text = await load.page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
        return document.body.innerText;
      });
      const textGzip = gzipSync(Buffer.from(text), { level: 6 }).length;
      const pageBytes = (load.byType.document ?? 0) + (load.byType.stylesheet ?? 0) + (load.byType.script ?? 0);
      plan = {
        slug: largest.slug,
        htmlBytes: largest.size,
        transfer: {
          html: load.byType.document ?? 0,
          css: load.byType.stylesheet ?? 0,
          js: load.byType.script ?? 0,
          fonts: load.byType.font ?? 0,
          total: load.total,
        },
        htmlCssJs: pageBytes,
        visibleTextBytes: Buffer.byteLength(text),
        visibleTextGzip: textGzip,
        ratio: Number((pageBytes / textGzip).toFixed(2)),
      };
      await load.context.close();
    }

    const from = largest ? `/ke-hoach/${largest.slug}/` : null;
    const search = {
      query,
      fromPlan: await measureSearch(browser, site, { query, from }),
      cold: await measureSearch(browser, site, { query, from: null }),
    };
    return { plan, search };
  } finally {
    await browser.close();
    await site.close();
  }
}
