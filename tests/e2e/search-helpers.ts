/**
 * Shared by the search tests: which build to test (SEARCH_DIST / SEARCH_DIST_BASE, default dist/
 * and dist-base/), running a search on /tim-kiem/ and reading the task ids of its results, and a
 * stock Pagefind index of the same built pages (default settings) served at /__stock__/ for
 * comparison.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import * as pagefind from 'pagefind';
import { ROOT, type Site } from './helpers.ts';

export const SEARCH_DIST = process.env.SEARCH_DIST ?? 'dist';
export const SEARCH_DIST_BASE = process.env.SEARCH_DIST_BASE ?? 'dist-base';

/** Waits until the search page has shown the results and counts of its latest search. */
export async function settled(page: Page) {
  await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached', timeout: 15_000 });
}

/** The ids of the results shown ("plan/ref" for a task, the URL for a passage). */
export const resultIds = (page: Page) =>
  page.$$eval('[data-results] > li', (items) => items.map((li) => li.getAttribute('data-id') ?? ''));

/** Opens /tim-kiem/ with a query (and more parameters) and returns the ids of the results shown. */
export async function searchPage(page: Page, site: Site, query: string, extra = ''): Promise<string[]> {
  await page.goto(site.url(`/tim-kiem/?q=${encodeURIComponent(query)}${extra}`));
  await settled(page);
  return resultIds(page);
}

/** On an open /tim-kiem/, types a query into the box, presses Enter and returns the results shown. */
export async function typeSearch(page: Page, query: string): Promise<string[]> {
  await page.fill('#tu-khoa', query);
  await page.press('#tu-khoa', 'Enter');
  await page.waitForFunction(
    (q) =>
      document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false' &&
      (document.querySelector('[data-status]')?.textContent ?? '').includes(`“${q}”`),
    query.trim().replace(/\s+/g, ' '),
    { timeout: 15_000 },
  );
  return resultIds(page);
}

/** Task id ("plan/ref") of each task anchor of the build, from its public /data/tasks.json. */
export function taskAnchors(dir: string): Map<string, string> {
  const tasks: { id: string; plan: string; url: string }[] = JSON.parse(
    readFileSync(resolve(ROOT, dir, 'data/tasks.json'), 'utf8'),
  );
  return new Map(tasks.map((t) => [`${t.plan}#${t.url.split('#')[1]}`, t.id]));
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * Builds a stock Pagefind index (default settings, every HTML page of the build, as `pagefind
 * --site <dir>` would) in memory and serves it to `page` at <origin>/__stock__/.
 */
export async function serveStockIndex(page: Page, site: Site, dir: string) {
  const { index } = await pagefind.createIndex();
  if (!index) throw new Error('pagefind: could not create an index');
  const added = await index.addDirectory({ path: resolve(ROOT, dir) });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  const { files } = await index.getFiles();
  await pagefind.close();
  const byPath = new Map(files.map((f) => [f.path.replace(/\\/g, '/'), f.content]));
  await page.route(`${site.origin}/__stock__/**`, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/__stock__\//, '');
    const body = byPath.get(path);
    if (!body) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({
      status: 200,
      body: Buffer.from(body),
      contentType: TYPES[extname(path)] ?? 'application/octet-stream',
    });
  });
  return { pages: added.page_count };
}

/**
 * The first `limit` tasks stock Pagefind finds for a query: pages in rank order, and within a page
 * the tasks holding its matched words, most matches first. Pagefind's own sub-results only follow
 * headings with an id, which task cards do not have (the id is on the card), so the words are
 * placed in tasks through the page's anchors: more generous to stock than its sub-results.
 */
export async function stockTasks(
  page: Page,
  query: string,
  anchors: Map<string, string>,
  limit = 10,
): Promise<string[]> {
  // A string, not a function: the test runner would rewrite a dynamic import() inside a function.
  const urls: string[] = await page.evaluate(`(async (q, limit) => {
    const pf = await import('/__stock__/pagefind.js');
    const search = await pf.search(q);
    const out = [];
    for (const result of search.results) {
      const data = await result.data();
      const tasks = (data.anchors ?? []).filter((a) => /^nv-/.test(a.id)).sort((a, b) => a.location - b.location);
      const counts = new Map();
      for (const location of data.locations ?? []) {
        let task = null;
        for (const a of tasks) if (a.location <= location) task = a;
        if (task) counts.set(task.id, (counts.get(task.id) ?? 0) + 1);
      }
      const path = data.url.split('#')[0];
      for (const [id] of [...counts].sort((a, b) => b[1] - a[1])) if (!out.includes(path + '#' + id)) out.push(path + '#' + id);
      if (out.length >= limit) break;
    }
    return out;
  })(${JSON.stringify(query)}, ${limit})`);
  const ids: string[] = [];
  for (const url of urls) {
    const match = /\/ke-hoach\/([^/]+)\/#(nv-[a-z0-9-]+)$/.exec(url);
    const id = match && anchors.get(`${match[1]}#${match[2]}`);
    if (id && !ids.includes(id)) ids.push(id);
    if (ids.length === limit) break;
  }
  return ids;
}
