/**
 * Activity types in Chromium: the activity matrix of /so-sanh/ with columns toggled in place is
 * the pre-rendered page of the same selection (rows shown, a type only one plan has flagged, the
 * CSV of the view byte for byte); on a 390 px phone each type is a card, nothing scrolls inside
 * the page; a task card's "same activity elsewhere" opens with a tap and leads to the other
 * province's task; a type page works without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, ROOT, startSite, VIEWPORTS, type Site } from './helpers.ts';

const DIR = process.env.DIST_DIR ?? 'dist';
const BASE = process.env.DIST_BASE ?? '/';
const staticCsv = (path: string) => readFileSync(join(resolve(ROOT, DIR), path), 'utf8');

let site: Site;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  site = await startSite({ dir: DIR, base: BASE });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await site?.close();
});

async function open(path: string, { js = true, viewport = 'desktop' as keyof typeof VIEWPORTS } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    javaScriptEnabled: js,
    acceptDownloads: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  const response = await page.goto(site.url(path), { waitUntil: 'load' });
  expect(response?.ok(), `${path} answered ${response?.status()}`).toBe(true);
  return page;
}

/** The activity matrix as a reader sees it: each shown row, its flag shown or not, its shown cells' counts. */
const shownMatrix = (page: Page) =>
  page.$$eval('table[data-matrix="hoat-dong"] tbody.matrix-body tr', (trs) =>
    trs
      .filter((tr) => (tr as HTMLElement).checkVisibility())
      .map((tr) => ({
        row: (tr as HTMLElement).dataset.row,
        flagged: (tr.querySelector('.row-flag') as HTMLElement).checkVisibility(),
        counts: [...tr.querySelectorAll<HTMLElement>('td[data-plan]')]
          .filter((td) => td.checkVisibility())
          .map((td) => `${td.dataset.plan}=${td.dataset.count}`),
      })),
  );

async function downloadText(page: Page, selector: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFile((await download.path())!, 'utf8');
}

describe('the activity matrix', () => {
  it.each(
    [['hung-yen-2021-2025', 'kon-tum-2019-2025'], ['quang-ngai-2024', 'tay-ninh-2022'], ['tay-ninh-2022']].map(
      (selection) => ({ name: selection.join(' + '), selection }),
    ),
  )('toggled in place to $name, shows what the pre-rendered page shows, and its CSV', async ({ selection }) => {
    const key = selection.join('+');
    const prebuilt = await shownMatrix(await open(`/so-sanh/${key}/`, { js: false }));
    expect(prebuilt.length).toBeGreaterThan(0);
    const page = await open('/so-sanh/');
    const all = await page.$$eval('button[data-toggle-plan]', (buttons) =>
      buttons.map((b) => (b as HTMLElement).dataset.togglePlan!),
    );
    for (const slug of all.filter((slug) => !selection.includes(slug)))
      await page.click(`button[data-toggle-plan="${slug}"]`);
    expect(await shownMatrix(page)).toEqual(prebuilt);
    expect(await downloadText(page, 'a[data-csv-for="hoat-dong"]')).toBe(staticCsv(`so-sanh/${key}/hoat-dong.csv`));
  });

  it('flags the types only one of the plans has, on the default page', async () => {
    const rows = await shownMatrix(await open('/so-sanh/', { js: false }));
    const fund = rows.find((row) => row.row === 'quy-khoi-nghiep')!;
    expect(fund.flagged).toBe(true);
    expect(rows.find((row) => row.row === 'cuoc-thi')!.flagged).toBe(false);
  });

  it('on a 390 px phone, reads each type as a card, two plans side by side, nothing scrolling inside the page', async () => {
    const page = await open('/so-sanh/quang-ngai-2024+tay-ninh-2022/', { js: false, viewport: 'phone390' });
    const row = page.locator('#hoat-dong-cuoc-thi');
    await row.scrollIntoViewIfNeeded();
    const cells = await row.locator('td').evaluateAll((tds) =>
      tds.map((td) => {
        const box = td.getBoundingClientRect();
        return { left: box.left, right: box.right, top: box.top, label: getComputedStyle(td, '::before').content };
      }),
    );
    expect(cells).toHaveLength(2);
    expect(cells[0]!.top, 'side by side').toBeCloseTo(cells[1]!.top, 0);
    for (const cell of cells) {
      expect(cell.left).toBeGreaterThanOrEqual(0);
      expect(cell.right).toBeLessThanOrEqual(390);
    }
    expect(cells.map((cell) => cell.label)).toEqual(['"Quảng Ngãi 2024"', '"Tây Ninh 2022"']);
    const scrollers = await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('body *'))
        if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
      return [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => {
          const style = getComputedStyle(el);
          const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
          return (
            (scrolls(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
            (scrolls(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
          );
        })
        .map((el) => el.tagName);
    });
    expect(scrollers).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it("leads from a type's row to its page", async () => {
    const page = await open('/so-sanh/', { js: false });
    await page.click('#hoat-dong-khong-gian-lam-viec-chung th a');
    expect(new URL(page.url()).pathname).toBe(`${site.base}hoat-dong/khong-gian-lam-viec-chung/`);
    expect(await page.locator('h1').textContent()).toBe('Không gian làm việc chung');
  });
});

describe('the same activity elsewhere', () => {
  it("opens with a tap on Tây Ninh's contest and leads to Quảng Ngãi's", async () => {
    const page = await open('/ke-hoach/tay-ninh-2022/', { viewport: 'phone390' });
    const card = page.locator('#nv-2-1');
    const link = card.locator('.elsewhere a', { hasText: 'Quảng Ngãi 1.c' });
    expect(await link.isVisible()).toBe(false);
    await card.locator('.elsewhere summary').click();
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/quang-ngai-2024/);
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(
      `${site.base}ke-hoach/quang-ngai-2024/#nv-1-c`,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('a type page without JavaScript', () => {
  it('gives the definition, every task and the timeline with its data table, within a phone’s width', async () => {
    const page = await open('/hoat-dong/cuoc-thi/', { js: false, viewport: 'phone390' });
    expect(await page.locator('[data-definition]').textContent()).toContain('Cuộc thi ý tưởng, dự án khởi nghiệp');
    expect(await page.locator('.activity-tasks li').count()).toBe(6);
    expect(await page.locator('#dong-thoi-gian-hoat-dong svg.tl-svg').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
