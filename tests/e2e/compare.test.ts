/**
 * The comparison and the timelines in Chromium. With JavaScript: columns toggled and a theme
 * pinned in place and kept in the URL, the CSV of the view built in the browser equal to the
 * pre-rendered CSV of the same selection, tooltips and highlights on hover and keyboard focus,
 * in-place timeline filters (several provinces at once, theme counts of the provinces shown), a
 * year axis that stays in view and task names on a phone's chart. Without JavaScript: the same views through links and pages. On a
 * phone each row is a card with two plans side by side and nothing scrolls inside the page; on a
 * desktop the table's header row sticks to the window. axe-core finds nothing in the
 * states these interactions produce, at 360 and 1280 px, light and dark (the built pages
 * themselves are in tests/e2e/axe.test.ts).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';
import { launchBrowser, ROOT, startSite, VIEWPORTS, type Site } from './helpers.ts';

const DIR = process.env.DIST_DIR ?? 'dist';
const BASE = process.env.DIST_BASE ?? '/';
const plans = readPlanFiles().map((file) => ({ slug: file.slug, plan: parsePlan(file) }));
const slugs = plans.map((p) => p.slug).sort();
const staticCsv = (path: string) => readFileSync(join(resolve(ROOT, DIR), path), 'utf8');
const datedCount = (test: (slug: string, task: (typeof plans)[number]['plan']['tasks'][number]) => boolean) =>
  plans.reduce(
    (sum, { slug, plan }) =>
      sum + plan.tasks.filter((task) => task.timing.kind !== 'unspecified' && test(slug, task)).length,
    0,
  );

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

async function open(
  path: string,
  {
    js = true,
    viewport = 'desktop' as keyof typeof VIEWPORTS,
    colorScheme = 'light' as 'light' | 'dark',
    blockScripts = false,
  } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    javaScriptEnabled: js,
    colorScheme,
    acceptDownloads: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  // The page's own scripts kept out while the test may still evaluate (axe needs it): the no-JavaScript view.
  if (blockScripts) await page.route(/\.m?js(\?.*)?$/, (route) => route.abort());
  const response = await page.goto(site.url(path), { waitUntil: 'load' });
  expect(response?.ok(), `${path} answered ${response?.status()}`).toBe(true);
  return page;
}

/** Visible plan columns of a comparison table, in order. */
const shownColumns = (page: Page, table = 'chu-de') =>
  page.$$eval(`table[data-matrix="${table}"] thead th[data-plan]`, (ths) =>
    ths.filter((th) => (th as HTMLElement).checkVisibility()).map((th) => (th as HTMLElement).dataset.plan),
  );
/** Visible theme rows, in order. */
const shownRows = (page: Page) =>
  page.$$eval('table[data-matrix="chu-de"] tbody tr', (trs) =>
    trs.filter((tr) => (tr as HTMLElement).checkVisibility()).map((tr) => (tr as HTMLElement).dataset.row),
  );

async function downloadText(page: Page, selector: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFile((await download.path())!, 'utf8');
}

describe('comparison with JavaScript', () => {
  it('toggles a plan column in place, keeps the choice in the URL, and downloads the CSV of the view', async () => {
    const page = await open('/so-sanh/');
    const toggle = page.locator('button[data-toggle-plan="quang-ngai-2024"]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    const rest = slugs.filter((slug) => slug !== 'quang-ngai-2024');
    expect(new URL(page.url()).searchParams.get('ke-hoach')).toBe(rest.join(','));
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    for (const table of ['chu-de', 'doi-tuong', 'co-quan-chu-tri', 'so-khcn', 'chi-tieu'])
      expect(await shownColumns(page, table), table).toEqual(rest);
    expect(
      await page
        .locator('[data-plan="quang-ngai-2024"]')
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length),
    ).toBe(0);
    expect(await page.locator('[data-compare-status]').textContent()).toContain(`Đang so sánh ${rest.length} kế hoạch`);
    // The CSV built in the browser is the pre-rendered CSV of the same three plans, byte for byte.
    for (const table of ['chu-de', 'co-quan-chu-tri', 'chi-tieu']) {
      expect(await downloadText(page, `a[data-csv-for="${table}"]`), table).toBe(
        staticCsv(`so-sanh/${rest.join('+')}/${table}.csv`),
      );
    }
    await page.reload();
    expect(await shownColumns(page)).toEqual(rest);
  });

  // Selections of one, two and three plans, and all but one: each against its pre-rendered page.
  const SELECTIONS = [
    ['hung-yen-2021-2025', 'kon-tum-2019-2025'],
    ['quang-ngai-2024'],
    ['hung-yen-2021-2025', 'quang-ngai-2024', 'tay-ninh-2022'],
    slugs.filter((slug) => slug !== 'tay-ninh-2022'),
  ]
    .map((selection) => slugs.filter((slug) => selection.includes(slug)))
    .map((selection) => ({ name: selection.join('+'), selection }));
  /** What says which plans a page compares: title, summary, CSV file names. */
  const described = (page: Page) =>
    page.evaluate(() => ({
      title: document.querySelector('h1')!.textContent!.trim(),
      glance: [...document.querySelectorAll('[data-glance] li')].map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      ),
      files: [...document.querySelectorAll('a[data-csv-for]')].map((a) => a.getAttribute('download')),
      csv: [...document.querySelectorAll('a[data-csv-for]')].map(
        (a) => new URL((a as HTMLAnchorElement).href).pathname,
      ),
    }));

  it.each(SELECTIONS)('describes $name as its pre-rendered page does, opened or toggled', async ({ selection }) => {
    const prebuilt = await described(await open(`/so-sanh/${selection.join('+')}/`, { js: false }));
    expect(prebuilt.glance[0]).toMatch(new RegExp(`^${selection.length} kế hoạch của `));
    // Opened from a shared address on the default page.
    const opened = await open(`/so-sanh/?ke-hoach=${selection.join(',')}`);
    expect(await shownColumns(opened)).toEqual(selection);
    expect(await described(opened)).toEqual(prebuilt);
    // Reached by unticking plans one by one.
    const toggled = await open('/so-sanh/');
    for (const slug of slugs.filter((other) => !selection.includes(other)))
      await toggled.click(`button[data-toggle-plan="${slug}"]`);
    expect(await described(toggled)).toEqual(prebuilt);
    await opened.context().close();
    await toggled.context().close();
  });

  it('never removes the last plan', async () => {
    const page = await open('/so-sanh/?ke-hoach=tay-ninh-2022');
    expect(await shownColumns(page)).toEqual(['tay-ninh-2022']);
    expect(await page.locator('button[data-toggle-plan="tay-ninh-2022"]').isDisabled()).toBe(true);
  });

  it('pins themes to the top of the table in place, in the URL and in the CSV', async () => {
    const page = await open('/so-sanh/');
    const before = await shownRows(page);
    await page.click('button[data-pin="tai-chinh"]');
    await page.click('button[data-pin="theo-doi"]');
    expect(new URL(page.url()).searchParams.get('chu-de')).toBe('tai-chinh,theo-doi');
    const pinned = await shownRows(page);
    expect(pinned.slice(0, 2)).toEqual(['tai-chinh', 'theo-doi']);
    expect(pinned).toHaveLength(before.length);
    expect(await page.locator('button[data-pin="tai-chinh"]').textContent()).toContain('Bỏ ghim');
    const csv = await downloadText(page, 'a[data-csv-for="chu-de"]');
    expect(
      csv.split('\r\n')[1]!.startsWith('Tài chính, quỹ, vốn đầu tư,') ||
        csv.split('\r\n')[1]!.startsWith('"Tài chính, quỹ, vốn đầu tư"'),
    ).toBe(true);
    await page.click('button[data-pin="tai-chinh"]');
    await page.click('button[data-pin="theo-doi"]');
    expect(await shownRows(page)).toEqual(before);
    expect(new URL(page.url()).search).toBe('');
  });

  it('opens a shared view: ?ke-hoach=…&chu-de=… and a #ghim- link', async () => {
    const page = await open('/so-sanh/?ke-hoach=tay-ninh-2022,kon-tum-2019-2025&chu-de=dao-tao');
    expect(await shownColumns(page)).toEqual(['kon-tum-2019-2025', 'tay-ninh-2022']);
    expect((await shownRows(page))[0]).toBe('dao-tao');
    const hash = await open('/so-sanh/#ghim-ha-tang');
    expect((await shownRows(hash))[0]).toBe('ha-tang');
    expect(new URL(hash.url()).searchParams.get('chu-de')).toBe('ha-tang');
  });

  it('drops from the address the plans and themes the page does not have', async () => {
    const page = await open('/so-sanh/?ke-hoach=%3Cscript%3E,tay-ninh-2022,khong-co&chu-de=khong-co,dao-tao');
    expect(await shownColumns(page)).toEqual(['tay-ninh-2022']);
    expect((await shownRows(page))[0]).toBe('dao-tao');
    expect(new URL(page.url()).search).toBe('?ke-hoach=tay-ninh-2022&chu-de=dao-tao');
  });
});

describe('comparison without JavaScript', () => {
  it('leads from the picker to the pre-rendered page of the new selection', async () => {
    const page = await open('/so-sanh/', { js: false });
    await Promise.all([page.waitForURL(/\+/), page.click('a[data-toggle-plan="quang-ngai-2024"]')]);
    const rest = slugs.filter((slug) => slug !== 'quang-ngai-2024');
    expect(new URL(page.url()).pathname).toBe(`${site.base}so-sanh/${rest.join('+')}/`);
    expect(await shownColumns(page)).toEqual(rest);
    await Promise.all([page.waitForURL(/so-sanh\/$/), page.click('a[data-toggle-plan="quang-ngai-2024"]')]);
    expect(await shownColumns(page)).toEqual(slugs);
  });

  it('pins a theme with a link: its copy shows on top until "Bỏ ghim"', async () => {
    const page = await open('/so-sanh/', { js: false });
    expect(await page.locator('#ghim-tai-chinh').isVisible()).toBe(false);
    await page.click('a[data-pin="tai-chinh"]');
    expect(new URL(page.url()).hash).toBe('#ghim-tai-chinh');
    expect(await page.locator('#ghim-tai-chinh').isVisible()).toBe(true);
    expect((await shownRows(page))[0]).toBe('tai-chinh');
    await page.click('#ghim-tai-chinh a.pin-link');
    expect(await page.locator('#ghim-tai-chinh').isVisible()).toBe(false);
  });

  it('downloads the pre-rendered CSV of the table shown', async () => {
    const page = await open('/so-sanh/kon-tum-2019-2025+tay-ninh-2022/', { js: false });
    expect(await downloadText(page, 'a[data-csv-for="doi-tuong"]')).toBe(
      staticCsv('so-sanh/kon-tum-2019-2025+tay-ninh-2022/doi-tuong.csv'),
    );
  });

  it.each(['phone', 'phone390'] as const)(
    'on a %s, reads a row as a card: two plans side by side, nothing scrolling inside the page',
    async (viewport) => {
      const page = await open('/so-sanh/hung-yen-2021-2025+kon-tum-2019-2025/', { js: false, viewport });
      const row = page.locator('#chu-de-truyen-thong');
      await row.scrollIntoViewIfNeeded();
      const cells = await row.locator('td').evaluateAll((tds) =>
        tds.map((td) => {
          const box = td.getBoundingClientRect();
          return { left: box.left, right: box.right, top: box.top, label: getComputedStyle(td, '::before').content };
        }),
      );
      const width = VIEWPORTS[viewport].width;
      expect(cells).toHaveLength(2);
      expect(cells[0]!.top, 'side by side').toBeCloseTo(cells[1]!.top, 0);
      expect(cells[0]!.right).toBeLessThanOrEqual(cells[1]!.left + 1);
      for (const cell of cells) {
        expect(cell.left).toBeGreaterThanOrEqual(0);
        expect(cell.right).toBeLessThanOrEqual(width);
      }
      // Each cell names its plan, the table's header being out of sight.
      expect(cells.map((cell) => cell.label)).toEqual(['"Hưng Yên 2021–2025"', '"Kon Tum 2019–2025"']);
      expect(await scrollers(page), 'elements that scroll inside the page').toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    },
  );

  it('on a desktop, keeps the table, its header row stuck to the window', async () => {
    const page = await open('/so-sanh/', { js: false });
    const row = page.locator('#chu-de-truyen-thong');
    const tops = await row.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
    expect(new Set(tops).size, 'one line of cells').toBe(1);
    await page.locator('#chu-de-dao-tao').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 300);
    const header = (await page
      .locator('table[data-matrix="chu-de"] thead th[scope="colgroup"]')
      .first()
      .boundingBox())!;
    expect(header.y, 'the province row sticks to the top of the window').toBeLessThan(2);
    expect(await scrollers(page)).toEqual([]);
  });
});

/** Elements that scroll inside the page: content larger than their box, with overflow auto or scroll. */
function scrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
  });
}

describe('timelines with JavaScript', () => {
  it('shows a tooltip and highlights the task on hover and on keyboard focus; Escape hides it', async () => {
    const page = await open('/dong-thoi-gian/');
    const mark = page.locator('svg[data-variant="wide"] a.tl-task').nth(4);
    const id = (await mark.getAttribute('data-task'))!;
    const ref = id.split('/')[1]!;
    await mark.hover();
    const tip = page.locator('.tl-tooltip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(`Nhiệm vụ ${ref}:`);
    expect(await page.locator(`.tl-data tr[data-task="${id}"]`).getAttribute('class')).toContain('is-active');
    await page.mouse.move(0, 0);
    expect(await tip.isVisible()).toBe(false);
    // Keyboard: the skip link, then the first mark of the shown drawing.
    await page.locator('.tl-skip').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-task'))).toBeTruthy();
    expect(await tip.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Nhiệm vụ .+ Thời gian: .+ Chủ trì: /,
    );
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
  });

  it('goes to the task when a mark is clicked', async () => {
    const page = await open('/dong-thoi-gian/');
    const mark = page.locator('svg[data-variant="wide"] a.tl-task').first();
    const id = (await mark.getAttribute('data-task'))!;
    await Promise.all([page.waitForURL(/ke-hoach/), mark.click()]);
    expect(new URL(page.url()).pathname).toBe(`${site.base}ke-hoach/${id.split('/')[0]}/`);
    expect(new URL(page.url()).hash).toMatch(/^#nv-/);
  });

  it('filters in place by province and theme, kept in the URL', async () => {
    const page = await open('/dong-thoi-gian/');
    const shown = () =>
      page.$$eval(
        'svg[data-variant="wide"] g.tl-row',
        (rows) => rows.filter((row) => row.getAttribute('display') !== 'none').length,
      );
    const height = () => page.$eval('svg[data-variant="wide"]', (svg) => Number(svg.getAttribute('height')));
    const full = await height();
    expect(await shown()).toBe(datedCount(() => true));
    await page.click('[data-filter="tinh"][data-value="kon-tum"]');
    expect(new URL(page.url()).search).toBe('?tinh=kon-tum');
    expect(await shown()).toBe(datedCount((slug) => slug.startsWith('kon-tum')));
    expect(await height()).toBeLessThan(full);
    await page.click('a[data-filter="chu-de"][data-value="dao-tao"]');
    expect(new URL(page.url()).search).toBe('?tinh=kon-tum&chu-de=dao-tao');
    const both = datedCount((slug, task) => slug.startsWith('kon-tum') && task.themes.includes('dao-tao'));
    expect(await shown()).toBe(both);
    expect(await page.locator('[data-timeline-status]').textContent()).toContain(`${both} nhiệm vụ được vẽ`);
    expect(
      await page
        .locator('.tl-data tbody tr')
        .evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).length),
    ).toBe(both);
    await page.reload();
    expect(await shown()).toBe(both);
    await page.click('a[data-filter="tinh"][data-value=""]');
    expect(await shown()).toBe(datedCount((_, task) => task.themes.includes('dao-tao')));
  });

  it('drops from the address a province or theme the page does not offer, and says so', async () => {
    const drawn = (page: Page) =>
      page.$$eval(
        'svg[data-variant="wide"] g.tl-row',
        (rows) => rows.filter((row) => row.getAttribute('display') !== 'none').length,
      );
    const page = await open('/dong-thoi-gian/?tinh=%3Cscript%3Ealert(1)%3C%2Fscript%3E&chu-de=dao-tao');
    expect(new URL(page.url()).search).toBe('?chu-de=dao-tao');
    const training = datedCount((_, task) => task.themes.includes('dao-tao'));
    expect(await drawn(page)).toBe(training);
    const status = page.locator('[data-timeline-status]');
    expect(await status.textContent()).toContain(`${training} nhiệm vụ được vẽ`);
    expect(await status.textContent()).toContain('Địa chỉ có bộ lọc tỉnh mà trang không có: đã bỏ qua.');
    // The reader's next choice replaces the note.
    await page.click('[data-filter="tinh"][data-value="kon-tum"]');
    expect(await status.textContent()).not.toContain('bỏ qua');

    const unknownOnly = await open('/dong-thoi-gian/?tinh=khong-co&chu-de=khong-co');
    expect(new URL(unknownOnly.url()).search).toBe('');
    expect(await drawn(unknownOnly)).toBe(datedCount(() => true));
    expect(await unknownOnly.locator('[data-timeline-status]').textContent()).toContain(
      'Địa chỉ có bộ lọc tỉnh và chủ đề mà trang không có: đã bỏ qua.',
    );
  });

  it('shows several provinces together, chosen one by one, and counts the themes of those shown', async () => {
    const page = await open('/dong-thoi-gian/tinh/hung-yen/');
    const chipCount = (theme: string) =>
      page.$eval(`[data-filter="chu-de"][data-value="${theme}"] .chip-count`, (el) => Number(el.textContent));
    const themeTasks = (theme: string, provinces: string[]) =>
      plans
        .filter(({ slug }) => provinces.some((p) => slug.startsWith(p)))
        .flatMap(({ plan }) => plan.tasks)
        .filter((task) => task.themes.includes(theme)).length;
    // On the province's own page, a theme counts that province's tasks only.
    expect(await chipCount('dao-tao')).toBe(themeTasks('dao-tao', ['hung-yen']));
    await Promise.all([page.waitForURL(/tinh=/), page.click('[data-filter="tinh"][data-value="kon-tum"]')]);
    expect(new URL(page.url()).searchParams.get('tinh')).toBe('hung-yen,kon-tum');
    const both = (slug: string) => slug.startsWith('hung-yen') || slug.startsWith('kon-tum');
    const shown = await page.$$eval(
      'svg[data-variant="wide"] g.tl-row',
      (rows) => rows.filter((row) => row.getAttribute('display') !== 'none').length,
    );
    expect(shown).toBe(datedCount(both));
    expect(await chipCount('dao-tao')).toBe(themeTasks('dao-tao', ['hung-yen', 'kon-tum']));
    const pressed = await page.$$eval('button[data-filter="tinh"][aria-pressed="true"]', (buttons) =>
      buttons.map((b) => (b as HTMLElement).dataset.value),
    );
    expect(pressed).toEqual(['hung-yen', 'kon-tum']);
    // Unticking one leaves the other.
    await page.click('[data-filter="tinh"][data-value="hung-yen"]');
    expect(new URL(page.url()).searchParams.get('tinh')).toBe('kon-tum');
    expect(await chipCount('dao-tao')).toBe(themeTasks('dao-tao', ['kon-tum']));
  });

  it('keeps the year axis in view while a tall chart scrolls', async () => {
    for (const viewport of ['desktop', 'phone390'] as const) {
      const page = await open('/dong-thoi-gian/', { viewport });
      const chart = page.locator('.tl-variant >> visible=true').first();
      const box = (await chart.boundingBox())!;
      expect(box.height, 'a chart taller than the screen').toBeGreaterThan(VIEWPORTS[viewport].height);
      // Half-way down the chart (the box is measured from the top of the page, which is not scrolled yet).
      await page.evaluate((y) => window.scrollTo(0, y), box.y + box.height / 2);
      const axis = (await chart.locator('.tl-axis-svg').boundingBox())!;
      expect(axis.y, `${viewport}: the axis is stuck to the top`).toBeGreaterThanOrEqual(-1);
      expect(axis.y).toBeLessThan(2);
      await page.context().close();
    }
  });

  it('names each task on a phone’s chart by more than its number', async () => {
    const page = await open('/ke-hoach/hung-yen-2021-2025/', { viewport: 'phone390' });
    await page.click('#tien-do');
    const labels = await page.$$eval('.tl-narrow .tl-label', (texts) => texts.map((t) => t.textContent!.trim()));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.split(' ').length, label).toBeGreaterThan(3);
  });
});

describe('timelines without JavaScript', () => {
  it('filters through links to real pages', async () => {
    const page = await open('/dong-thoi-gian/', { js: false });
    await Promise.all([page.waitForURL(/tinh\/kon-tum\/$/), page.click('a[data-filter="tinh"][data-value="kon-tum"]')]);
    expect(await page.locator('svg[data-variant="wide"] a.tl-task').count()).toBe(
      datedCount((slug) => slug.startsWith('kon-tum')),
    );
  });

  it('shows the narrow drawing on a phone and the wide one on a desktop, names every mark', async () => {
    for (const viewport of ['phone', 'desktop'] as const) {
      const page = await open('/ke-hoach/tay-ninh-2022/', { js: false, viewport });
      await page.click('#tien-do'); // the folded section opens with a tap, without JavaScript
      const variants = await page.$$eval('#bieu-do-tien-do svg.tl-svg', (svgs) =>
        svgs.filter((svg) => (svg as SVGElement).checkVisibility()).map((svg) => svg.getAttribute('data-variant')),
      );
      expect(variants).toEqual([viewport === 'phone' ? 'narrow' : 'wide']);
      const names = await page.$$eval('#bieu-do-tien-do svg.tl-svg a.tl-task title', (titles) =>
        titles.map((t) => t.textContent),
      );
      expect(names.length).toBe(2 * datedCount((slug) => slug === 'tay-ninh-2022'));
    }
  });
});

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe-core's violations in the parts of the page given (all of it by default). */
async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  // Evaluated through DevTools, which the page's Content-Security-Policy does not govern (a <script> tag would be refused).
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    (selectors) =>
      (window as unknown as { axe: typeof axe }).axe.run(
        selectors ? { include: selectors.map((s) => [s]) } : document,
        { resultTypes: ['violations'] },
      ),
    include,
  );
  return (results.violations as Violation[]).map(
    (v) =>
      `${v.id}: ${v.help} ${v.nodes
        .slice(0, 5)
        .map((n) => JSON.stringify(n.target))
        .join(' ')}`,
  );
}

// The pages as built are checked whole by tests/e2e/axe.test.ts (one page of every kind, the same
// four combinations); here, the states only a reader's actions produce, in the parts they change
// (the whole comparison page takes axe half a minute on this machine).
const AXE_STATES: {
  name: string;
  path: string;
  blockScripts?: boolean;
  include?: string[];
  act?: (page: Page) => Promise<unknown>;
}[] = [
  {
    name: 'so sánh, sau khi bỏ một cột và ghim một chủ đề',
    path: '/so-sanh/',
    include: ['.picker', '#chu-de', '#co-quan-chu-tri'],
    act: async (page) => {
      await page.click('button[data-toggle-plan="hung-yen-2021-2025"]');
      await page.click('button[data-pin="dao-tao"]');
    },
  },
  {
    name: 'chủ đề ghim bằng liên kết, không JavaScript',
    path: '/so-sanh/#ghim-dao-tao',
    blockScripts: true,
    include: ['#chu-de'],
  },
  {
    name: 'dòng thời gian, chú thích hiện, lọc theo hai tỉnh',
    path: '/dong-thoi-gian/?tinh=hung-yen,kon-tum',
    act: (page) => page.locator('a.tl-task >> visible=true').first().hover(),
  },
];
const COMBOS = (['desktop', 'phone'] as const).flatMap((viewport) =>
  (['light', 'dark'] as const).map((colorScheme) => ({ viewport, colorScheme })),
);

describe.each(AXE_STATES)('axe: $name', ({ path, blockScripts, include, act }) => {
  it.each(COMBOS)('no violations, $viewport $colorScheme', async ({ viewport, colorScheme }) => {
    const page = await open(path, { viewport, colorScheme, blockScripts });
    if (act) await act(page);
    expect(await axeViolations(page, include)).toEqual([]);
    await page.context().close();
  });
});
