/**
 * Relevance of the site search, measured: every query of tests/search/relevance.json is typed into
 * /tim-kiem/ of the built site in Chromium, and recall@10 (the share of the expected tasks among
 * the first 10 results) must be at least 95%. The same queries go through stock Pagefind (default
 * settings, an index of the same built pages); both figures are printed side by side.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, ROOT, startSite, type Site } from './helpers.ts';
import { SEARCH_DIST, searchPage, serveStockIndex, stockTasks, taskAnchors, typeSearch } from './search-helpers.ts';

interface RelevanceQuery {
  query: string;
  form: string;
  expect: string[];
}
const { queries } = JSON.parse(readFileSync(`${ROOT}/tests/search/relevance.json`, 'utf8')) as {
  queries: RelevanceQuery[];
};

let site: Site;
let browser: Browser;
let page: Page;
let stockPage: Page;

beforeAll(async () => {
  site = await startSite({ dir: SEARCH_DIST });
  browser = await launchBrowser();
  page = await browser.newPage();
  stockPage = await browser.newPage();
  await serveStockIndex(stockPage, site, SEARCH_DIST);
  await stockPage.goto(site.url('/'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it('the relevance set is realistic and large enough', () => {
  expect(queries.length).toBeGreaterThanOrEqual(40);
  const anchors = new Set(taskAnchors(SEARCH_DIST).values());
  for (const q of queries)
    for (const id of q.expect) expect(anchors, `${q.query}: ${id} is no task of the build`).toContain(id);
  // Most queries are typed the way readers type on a phone: without diacritics.
  const plain = queries.filter(
    (q) => q.query === q.query.normalize('NFD').replace(/[\u0300-\u036f]/g, '') && !/[đĐ]/.test(q.query),
  );
  expect(plain.length / queries.length).toBeGreaterThan(0.5);
});

it('finds at least 95% of the expected tasks in the first 10 results, better than stock Pagefind', async () => {
  const anchors = taskAnchors(SEARCH_DIST);
  const rows: { query: string; ours: number; stock: number; expected: number; missing: string[] }[] = [];
  await searchPage(page, site, '');
  for (const q of queries) {
    // Typed into the search box of the page, and Enter pressed, as a reader would.
    const ours = (await typeSearch(page, q.query)).slice(0, 10);
    const stock = await stockTasks(stockPage, q.query, anchors);
    rows.push({
      query: q.query,
      ours: q.expect.filter((id) => ours.includes(id)).length,
      stock: q.expect.filter((id) => stock.includes(id)).length,
      expected: q.expect.length,
      missing: q.expect.filter((id) => !ours.includes(id)),
    });
  }
  const total = rows.reduce((n, r) => n + r.expected, 0);
  const ours = rows.reduce((n, r) => n + r.ours, 0);
  const stock = rows.reduce((n, r) => n + r.stock, 0);
  const pct = (n: number) => `${((100 * n) / total).toFixed(1)}%`;
  console.log(
    [
      `Search relevance, recall@10 over ${queries.length} queries (${total} expected tasks), build ${SEARCH_DIST}/:`,
      `  ours  ${pct(ours)} (${ours}/${total})`,
      `  stock ${pct(stock)} (${stock}/${total})  (Pagefind defaults, same pages)`,
      ...rows.map(
        (r) =>
          `  ${String(r.ours).padStart(2)}/${r.expected} vs ${String(r.stock).padStart(2)}/${r.expected}  ${r.query}${r.missing.length ? `   missing: ${r.missing.join(', ')}` : ''}`,
      ),
    ].join('\n'),
  );
  expect(
    ours / total,
    rows
      .filter((r) => r.missing.length)
      .map((r) => `${r.query}: ${r.missing.join(', ')}`)
      .join('\n'),
  ).toBeGreaterThanOrEqual(0.95);
  expect(ours).toBeGreaterThan(stock);
}, 300_000);
