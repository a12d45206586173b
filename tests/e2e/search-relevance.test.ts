/**
 * Relevance of the site search, measured: every query of tests/search/relevance.json is typed into
 * /tim-kiem/ of the built site in Chromium. Recall@10 (the share of the expected tasks among the
 * first 10 results) must be at least 95% on `queries`; precision@10 (the share of relevant tasks
 * among the tasks in the first 10 results, passages aside) at least 90% on `precision`, whose
 * queries list every relevant task. The same queries go through stock Pagefind (default settings,
 * an index of the same built pages); the figures are printed side by side.
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
interface PrecisionQuery {
  query: string;
  form: string;
  relevant: string[];
}
const { queries, precision } = JSON.parse(readFileSync(`${ROOT}/tests/search/relevance.json`, 'utf8')) as {
  queries: RelevanceQuery[];
  precision: PrecisionQuery[];
};
const isTask = (id: string) => !id.startsWith('/');

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
  expect(precision.length).toBeGreaterThanOrEqual(15);
  for (const q of precision)
    for (const id of q.relevant) expect(anchors, `${q.query}: ${id} is no task of the build`).toContain(id);
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

it('keeps at least 90% of the tasks in the first 10 results relevant, better than stock Pagefind', async () => {
  const anchors = taskAnchors(SEARCH_DIST);
  const rows: { query: string; ours: string[]; stock: string[]; relevant: string[] }[] = [];
  await searchPage(page, site, '');
  for (const q of precision) {
    const ours = (await typeSearch(page, q.query)).slice(0, 10).filter(isTask);
    const stock = await stockTasks(stockPage, q.query, anchors);
    rows.push({ query: q.query, ours, stock, relevant: q.relevant });
  }
  const hits = (ids: string[], relevant: string[]) => ids.filter((id) => relevant.includes(id)).length;
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
  const ours = { relevant: sum((r) => hits(r.ours, r.relevant)), shown: sum((r) => r.ours.length) };
  const stock = { relevant: sum((r) => hits(r.stock, r.relevant)), shown: sum((r) => r.stock.length) };
  const recall = {
    ours: sum((r) => hits(r.ours, r.relevant)),
    stock: sum((r) => hits(r.stock, r.relevant)),
    wanted: sum((r) => Math.min(10, r.relevant.length)),
  };
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  console.log(
    [
      `Search precision@10 over ${precision.length} queries with complete relevant sets, build ${SEARCH_DIST}/:`,
      `  ours  precision ${pct(ours.relevant, ours.shown)} (${ours.relevant}/${ours.shown}), recall@10 ${pct(recall.ours, recall.wanted)}`,
      `  stock precision ${pct(stock.relevant, stock.shown)} (${stock.relevant}/${stock.shown}), recall@10 ${pct(recall.stock, recall.wanted)}  (Pagefind defaults, same pages)`,
      ...rows.map(
        (r) =>
          `  ${hits(r.ours, r.relevant)}/${r.ours.length} vs ${hits(r.stock, r.relevant)}/${r.stock.length} (of ${r.relevant.length})  ${r.query}${
            r.ours.some((id) => !r.relevant.includes(id))
              ? `   wrong: ${r.ours.filter((id) => !r.relevant.includes(id)).join(', ')}`
              : ''
          }`,
      ),
    ].join('\n'),
  );
  expect(ours.relevant / ours.shown).toBeGreaterThanOrEqual(0.9);
  expect(ours.relevant / ours.shown).toBeGreaterThan(stock.relevant / Math.max(1, stock.shown));
  // Precise without losing what is relevant: the relevant tasks are found, as in the recall test.
  expect(recall.ours / recall.wanted).toBeGreaterThanOrEqual(0.95);
}, 300_000);
