/**
 * What a first visit on a phone shows, in Chromium at 390 px (and 360 px where space is tightest):
 * a compact header whose search box shows its whole placeholder; a plan page whose tasks are one
 * tap away from the first screen through a bar of links that stays at the top, with the first
 * task within two screens and no task title set all in bold; wide tables as readable stacked
 * rows; and a plan page that prints with no navigation, everything unfolded and link addresses
 * written out (print media and Chromium's print to PDF).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanFiles } from '../helpers/content.ts';
import { launchBrowser, startSite, VIEWPORTS, type Site } from './helpers.ts';

const DIR = process.env.DIST_DIR ?? 'dist';
const BASE = process.env.DIST_BASE ?? '/';
const slugs = readPlanFiles().map((file) => file.slug);
const SCREEN = VIEWPORTS.phone390.height;

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await startSite({ dir: DIR, base: BASE });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, viewport: keyof typeof VIEWPORTS = 'phone390', js = true): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORTS[viewport], javaScriptEnabled: js });
  const response = await page.goto(site.url(path), { waitUntil: 'load' });
  expect(response?.ok(), `${path} answered ${response?.status()}`).toBe(true);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

describe('header', () => {
  it.each(['phone', 'phone390'] as const)('takes two short rows on a %s, its placeholder whole', async (viewport) => {
    const page = await open('/', viewport);
    const { height, placeholder, room } = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#site-search')!;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      return {
        height: document.querySelector('.site-header')!.getBoundingClientRect().height,
        placeholder: context.measureText(input.placeholder).width,
        room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      };
    });
    expect(height, 'header height').toBeLessThanOrEqual(130);
    expect(placeholder, 'placeholder width vs the room in the box').toBeLessThanOrEqual(room);
    await page.close();
  });
});

describe.each(slugs)('plan page %s at 390 px', (slug) => {
  let page: Page;
  beforeAll(async () => {
    page = await open(`/ke-hoach/${slug}/`, 'phone390', false);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('shows the link to the tasks in the first screen, and keeps it at the top while scrolling', async () => {
    const link = page.locator('.plan-jump a[href="#nhiem-vu"]');
    const box = (await link.boundingBox())!;
    expect(box.y + box.height, 'the tasks link is in the first screen').toBeLessThanOrEqual(SCREEN);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const stuck = (await link.boundingBox())!;
    expect(stuck.y, 'the bar stays at the top').toBeGreaterThanOrEqual(0);
    expect(stuck.y).toBeLessThan(10);
    await link.click();
    const first = await page.evaluate(() => document.querySelector('.task')!.getBoundingClientRect().top);
    expect(first, 'the first task is on screen after the tap').toBeLessThan(SCREEN);
  });

  it('starts the first task within two screens of the top', async () => {
    const offset = await page.evaluate(
      () => document.querySelector('.task')!.getBoundingClientRect().top + window.scrollY,
    );
    expect(offset).toBeLessThan(2 * SCREEN);
  });

  it('sets no task title all in bold: at most four bold lines per heading', async () => {
    const lines = await page.$$eval('.task > :first-child', (headings) =>
      headings.map((heading) => {
        // The bold part: from the heading's start to its plain-weight rest, if any.
        const range = document.createRange();
        range.selectNodeContents(heading);
        const rest = heading.querySelector('.task-title-rest');
        if (rest) range.setEndBefore(rest);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }),
    );
    expect(Math.max(...lines)).toBeLessThanOrEqual(4);
  });

  it('folds each task’s original wording, one tap to open', async () => {
    const original = page.locator('.task details.original').first();
    expect(await original.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await original.locator('summary').click();
    expect(await original.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
  });
});

describe('wide tables at 390 px', () => {
  const PAGES = ['/du-lieu/', '/co-quan/', '/ke-hoach/', '/van-ban/', `/ke-hoach/${slugs[0]}/`];

  it.each(PAGES)('%s: every cell is readable, nothing scrolls sideways', async (path) => {
    const page = await open(path, 'phone390', false);
    // Open what is folded, so that its tables are laid out and measured too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    const crushed = await page.evaluate(() => {
      const content = document.querySelector('main')!.clientWidth;
      return [...document.querySelectorAll<HTMLElement>('main table:not(.matrix) :is(td, th)')]
        .filter((cell) => cell.checkVisibility() && cell.textContent!.trim().length > 0)
        .filter((cell) => {
          const box = cell.getBoundingClientRect();
          const line = parseFloat(getComputedStyle(cell).lineHeight);
          // Narrow and wrapped onto several lines: a crushed column.
          return box.width < content * 0.4 && box.height > 2.5 * line;
        })
        .slice(0, 5)
        .map((cell) => `${cell.tagName} “${cell.textContent!.trim().slice(0, 40)}” ${Math.round(cell.clientWidth)}px`);
    });
    expect(crushed).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      VIEWPORTS.phone390.width,
    );
    const scrolling = await page.$$eval(
      'main .table-scroll',
      (boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).length,
    );
    expect(scrolling, 'tables wider than the screen').toBe(0);
    await page.close();
  });
});

describe('printing a plan page', () => {
  it('leaves out the navigation, unfolds every section and task, writes where links lead', async () => {
    const page = await open(`/ke-hoach/${slugs[0]}/`, 'desktop', false);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => {
      const visible = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].map((el) => el.checkVisibility());
      return {
        navigation: visible('.site-header, .breadcrumbs, .plan-jump, .site-footer'),
        folded: visible('.fold-body > *, .text-section > :not(summary), .original > :not(summary)'),
        address: getComputedStyle(document.querySelector('.fold-body dd a[href^="/"]')!, '::after').content,
        printedFrom: document.querySelector('main > .print-only')?.textContent,
      };
    });
    expect(state.navigation.every((shown) => !shown)).toBe(true);
    expect(state.folded.length).toBeGreaterThan(10);
    expect(state.folded.every(Boolean)).toBe(true);
    expect(state.address).toMatch(/^" <\/.+>"$/);
    expect(state.printedFrom).toMatch(new RegExp(`^Bản in từ https?://.+/ke-hoach/${slugs[0]}/$`));
    // Chromium's own print to PDF: every task on paper makes a document of many A4 pages.
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    const screenPages = await page.evaluate(() => document.documentElement.scrollHeight / 1123);
    expect(pages).toBeGreaterThan(Math.floor(screenPages / 2));
    await page.close();
  });
});
