/**
 * What a reader downloads, measured in Debian's Chromium over a gzipping static server: the
 * bytes on the wire (encoded body + response headers) of a cold page load until the network has
 * been quiet for a second, by resource type.
 *  - the search page's first query (/tim-kiem/?q=…), with the Pagefind files it fetched;
 *  - the largest plan page: HTML + CSS + JS against its visible text (innerText) gzipped.
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
      const text = await load.page.evaluate(() => document.body.innerText);
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

    // The search page's first query.
    const searchUrl = site.url(`/tim-kiem/?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
    // The search page marks its result list aria-busy="false" once the first query has settled.
    const load = await coldLoad(browser, searchUrl, { settled: '[data-results][aria-busy="false"]' });
    const pagefind = load.requests.filter((r) => /\/pagefind\//.test(r.url));
    const results = await load.page.evaluate(
      () =>
        [...document.querySelectorAll('main a[href]')]
          .map((a) => /** @type {HTMLAnchorElement} */ (a))
          .filter((a) =>
            /\/ke-hoach\/(?!sap-xep\/)[^/]+\/(#.*)?$/.test(new URL(a.href).pathname + new URL(a.href).hash),
          ).length,
    );
    const status = await load.page.evaluate(() => document.querySelector('[data-status]')?.textContent?.trim() ?? null);
    const search = pagefind.length
      ? {
          query,
          total: load.total,
          pagefind: pagefind.reduce((sum, r) => sum + r.bytes, 0),
          pagefindFiles: pagefind.length,
          // What the Pagefind bytes are: the WASM, the index chunks, filters and result fragments.
          pagefindByKind: Object.fromEntries(
            ['wasm', 'pf_index', 'pf_filter', 'pf_fragment', 'pf_meta', 'js'].map((kind) => [
              kind,
              pagefind
                .filter((r) =>
                  kind === 'wasm'
                    ? /wasm/.test(r.url)
                    : kind === 'js'
                      ? /\.js(\?|$)/.test(r.url)
                      : r.url.includes(`.${kind}`),
                )
                .reduce((sum, r) => sum + r.bytes, 0),
            ]),
          ),
          byType: load.byType,
          resultLinks: results,
          settled: load.settled,
          status,
          note: results
            ? null
            : `Pagefind files were loaded but no result link to a plan was found on the page (${load.settled ? 'list settled' : 'list not settled in 120 s'})`,
        }
      : {
          query,
          total: load.total,
          pagefind: null,
          resultLinks: results,
          note: 'n/a: /tim-kiem/ loads no Pagefind index; total is the page alone',
        };
    await load.context.close();
    return { plan, search };
  } finally {
    await browser.close();
    await site.close();
  }
}
