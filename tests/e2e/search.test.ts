/**
 * The search page and the header search box in Chromium: task-level results with their facts and
 * highlighted excerpts, filters with counts, the URL as the state of a search (typing, Back,
 * Forward), exact diacritics first, words side by side first, entities named first, the page
 * without JavaScript, queries with nothing to search, long queries, unknown filters, text from a
 * query never run as HTML, quick results in the header, the sub-path build, and axe-core.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, ROOT, startSite, VIEWPORTS, type Site } from './helpers.ts';
import { resultIds, SEARCH_DIST, SEARCH_DIST_BASE, searchPage, settled } from './search-helpers.ts';
import { SUB_BASE } from '../build/dist.ts';
import { taskYears, type PlanSummary } from '../../src/lib/search-records.ts';
import type { TaskRecord } from '../../src/lib/plans.ts';

const tasks: TaskRecord[] = JSON.parse(readFileSync(resolve(ROOT, SEARCH_DIST, 'data/tasks.json'), 'utf8'));
const plans: PlanSummary[] = JSON.parse(readFileSync(resolve(ROOT, SEARCH_DIST, 'data/plans.json'), 'utf8'));

let site: Site;
let baseSite: Site;
let browser: Browser;

beforeAll(async () => {
  site = await startSite({ dir: SEARCH_DIST });
  baseSite = await startSite({ dir: SEARCH_DIST_BASE, base: SUB_BASE });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await baseSite?.close();
});

async function withPage<T>(
  fn: (page: Page) => Promise<T>,
  options: Parameters<Browser['newPage']>[0] = {},
): Promise<T> {
  const page = await browser.newPage({ viewport: VIEWPORTS.desktop, ...options });
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}

/** "(12)" beside a filter value → 12. */
async function countOf(page: Page, selector: string): Promise<number> {
  const text = await page.locator(selector).locator('xpath=ancestor::label').locator('[data-count]').textContent();
  return Number(/\((\d+)\)/.exec(text ?? '')?.[1] ?? NaN);
}
const statusCount = async (page: Page) =>
  Number(/^(\d+) kết quả/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[1] ?? 0);

describe('results', () => {
  it('are tasks with plan, ref, title, lead agency, timing and the matched words marked, linking to the task', () =>
    withPage(async (page) => {
      const ids = await searchPage(page, site, 'dao tao giang vien');
      expect(ids).toContain('tay-ninh-2022/3.2.a');
      const hit = page.locator('[data-results] > li[data-id="tay-ninh-2022/3.2.a"]');
      expect(await hit.locator('.hit-plan').textContent()).toContain('Tây Ninh · Kế hoạch năm 2022');
      const link = hit.locator('h3 a');
      expect(await link.getAttribute('href')).toBe('/ke-hoach/tay-ninh-2022/#nv-3-2-a');
      expect(await link.locator('.ref').textContent()).toBe('3.2.a');
      // The plan's own words, diacritics and all, marked for a query typed without them.
      expect(await link.locator('mark').allTextContents()).toContain('Đào tạo giảng viên');
      const facts = await hit.locator('.hit-facts').innerText();
      expect(facts).toContain('Chủ trì');
      expect(facts).toContain('Sở Lao động - Thương binh và Xã hội');
      expect(facts).toContain('Thời gian');
      await link.click();
      await page.waitForURL(/#nv-3-2-a$/);
      expect(await page.locator('#nv-3-2-a').count()).toBe(1);
    }));

  it('include passages of the full text, linked to their heading', () =>
    withPage(async (page) => {
      await searchPage(page, site, 'kinh phi thuc hien nguon ngan sach');
      const passage = page.locator('[data-results] > li.hit-passage').first();
      expect(await passage.locator('.hit-plan').textContent()).toContain('Đoạn trong toàn văn');
      const href = (await passage.locator('h3 a').getAttribute('href'))!;
      expect(href).toMatch(/^\/ke-hoach\/[a-z0-9-]+\/#/);
      await page.goto(site.url(href));
      expect(await page.evaluate(() => !!document.getElementById(decodeURIComponent(location.hash.slice(1))))).toBe(
        true,
      );
    }));

  it('rank exact diacritics first when they are typed', () =>
    withPage(async (page) => {
      // "khóa đào tạo" (training course), not "khoa học … đào tạo" (science), which folds the same.
      const ids = await searchPage(page, site, 'khóa đào tạo');
      const withCourse = tasks
        .filter((t) => /kh(óa|oá) đào tạo/i.test(`${t.title} ${t.group?.title ?? ''} ${t.description ?? ''}`))
        .map((t) => t.id);
      expect(withCourse.length).toBeGreaterThan(1);
      expect(ids.slice(0, withCourse.length).sort()).toEqual([...withCourse].sort());
    }));

  it('show ten at a time, then more on request, moving focus to the first new one', () =>
    withPage(async (page) => {
      await searchPage(page, site, 'khoi nghiep');
      expect(await page.locator('[data-results] > li').count()).toBe(10);
      await page.click('[data-more]');
      await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length > 10);
      expect(
        await page.evaluate(
          () =>
            document.activeElement?.closest('li')?.previousElementSibling ===
            document.querySelectorAll('[data-results] > li')[9],
        ),
      ).toBe(true);
    }));
});

describe('filters', () => {
  it('show counts, narrow the results to the count shown, and keep the choice in the URL', () =>
    withPage(async (page) => {
      await searchPage(page, site, 'khoi nghiep');
      const total = await statusCount(page);
      const box = 'input[name="tinh"][value="tay-ninh"]';
      const count = await countOf(page, box);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(total);
      await page.check(box);
      await settled(page);
      expect(new URL(page.url()).searchParams.getAll('tinh')).toEqual(['tay-ninh']);
      expect(await statusCount(page)).toBe(count);
      for (const plan of await page.locator('.hit-plan').allTextContents()) expect(plan).toContain('Tây Ninh');
      // The checked value keeps its count; the others still say what adding them would bring.
      expect(await countOf(page, box)).toBe(count);
      expect(await countOf(page, 'input[name="tinh"][value="kon-tum"]')).toBeGreaterThan(0);
    }));

  it('count and find by agency and role, as the data says', () =>
    withPage(async (page) => {
      const leads = tasks.filter((t) => t.lead.some((a) => a.agency === 'tinh-doan')).map((t) => t.id);
      const partners = tasks.filter((t) => t.partners.some((a) => a.agency === 'tinh-doan')).map((t) => t.id);
      const any = new Set([...leads, ...partners]);
      await page.goto(site.url('/tim-kiem/?co-quan=tinh-doan'));
      await settled(page);
      expect(await statusCount(page)).toBe(any.size);
      expect(await countOf(page, 'input[name="vai-tro"][value="chu-tri"]')).toBe(leads.length);
      expect(await countOf(page, 'input[name="vai-tro"][value="phoi-hop"]')).toBe(new Set(partners).size);
      await page.check('input[name="vai-tro"][value="chu-tri"]');
      await settled(page);
      expect(new URL(page.url()).searchParams.get('vai-tro')).toBe('chu-tri');
      expect(await statusCount(page)).toBe(leads.length);
      expect((await resultIds(page)).every((id) => leads.includes(id))).toBe(true);
      expect(await page.locator('[data-agency] option[value="tinh-doan"]').textContent()).toContain(
        `(${leads.length})`,
      );
    }));

  it('find tasks by theme and by the year they run in', () =>
    withPage(async (page) => {
      const byId = new Map(plans.map((p) => [p.id, p]));
      const expected = tasks.filter(
        (t) => t.themes.includes('dao-tao') && taskYears(t, byId.get(t.plan)!).includes('2024'),
      );
      expect(expected.length).toBeGreaterThan(0);
      await page.goto(site.url('/tim-kiem/?chu-de=dao-tao&nam=2024'));
      await settled(page);
      expect(await statusCount(page)).toBe(expected.length);
      expect(await page.isChecked('input[name="chu-de"][value="dao-tao"]')).toBe(true);
      expect(await page.isChecked('input[name="nam"][value="2024"]')).toBe(true);
    }));
});

describe('the URL', () => {
  it('follows typing with one history entry, and Back and Forward restore searches', () =>
    withPage(async (page) => {
      await page.goto(site.url('/tim-kiem/'));
      await settled(page);
      const start = await page.evaluate(() => history.length);
      await page.locator('#tu-khoa').pressSequentially('khoi nghiep', { delay: 40 });
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'khoi nghiep');
      await page.waitForFunction(() =>
        (document.querySelector('[data-status]')?.textContent ?? '').includes('“khoi nghiep”'),
      );
      await settled(page);
      expect(await page.evaluate(() => history.length)).toBe(start + 1);
      const typed = await statusCount(page);
      await page.check('input[name="chu-de"][value="dao-tao"]');
      await settled(page);
      const filtered = await statusCount(page);
      expect(filtered).toBeLessThan(typed);

      await page.goBack();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('chu-de'));
      await settled(page);
      expect(await page.isChecked('input[name="chu-de"][value="dao-tao"]')).toBe(false);
      expect(await statusCount(page)).toBe(typed);
      expect(await page.inputValue('#tu-khoa')).toBe('khoi nghiep');

      await page.goBack();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('q'));
      await settled(page);
      expect(await page.inputValue('#tu-khoa')).toBe('');

      await page.goForward();
      await page.goForward();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('chu-de') === 'dao-tao');
      await settled(page);
      expect(await statusCount(page)).toBe(filtered);
    }));
});

describe('without JavaScript', () => {
  it('keeps the search box, says full-text search needs it and links to the other ways in', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(site.url('/tim-kiem/?q=khoi+nghiep'));
      const notice = page.locator('[data-search-nojs]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('cần JavaScript');
      const links = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(['/ke-hoach/', '/co-quan/', '/van-ban/', '/so-sanh/']);
      // The box stays: a plain form that comes back here with what is typed.
      expect(await page.locator('#tu-khoa').isVisible()).toBe(true);
      expect(await page.locator('[data-results]').isVisible()).toBe(false);
      await page.fill('#tu-khoa', 'tinh doan');
      await page.press('#tu-khoa', 'Enter');
      await page.waitForURL(/\/tim-kiem\/\?q=tinh\+doan$/);
      // The header box is a plain GET form to /tim-kiem/.
      await page.goto(site.url('/'));
      await page.fill('#site-search', 'tinh doan');
      await page.press('#site-search', 'Enter');
      await page.waitForURL(/\/tim-kiem\/\?q=tinh\+doan$/);
    } finally {
      await context.close();
    }
  });
});

describe('what the query says', () => {
  it('lists the words side by side first and tells how many match only word by word', () =>
    withPage(async (page) => {
      const ids = await searchPage(page, site, 'hoc sinh');
      const pupils = tasks.filter((t) => /học sinh/i.test(`${t.title} ${t.description ?? ''} ${t.audience ?? ''}`));
      expect(pupils.length).toBeGreaterThan(0);
      for (const t of pupils) expect(ids).toContain(t.id);
      const status = (await page.locator('[data-status]').textContent())!;
      expect(status).toMatch(/^\d+ kết quả khớp cụm từ cho “hoc sinh”\. Ngoài ra: \d+ kết quả chỉ khớp từng từ\.$/);
      // Every result shown holds the word: its highlight marks "học sinh" whole.
      for (const marks of await page
        .locator('[data-results] > li')
        .evaluateAll((lis) =>
          lis.map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase())),
        ))
        expect(marks.some((m) => m.includes('học sinh'))).toBe(true);
      const before = ids.length;
      await page.click('[data-others]');
      await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > n, before);
    }));

  it('names the agency, province or document first, linking to its page', () =>
    withPage(async (page) => {
      await searchPage(page, site, 'tinh doan');
      const entity = page.locator('[data-entities] a').first();
      expect(await entity.getAttribute('href')).toBe('/co-quan/tinh-doan/');
      expect(await entity.textContent()).toContain('Tỉnh đoàn');
      await searchPage(page, site, '844/QĐ-TTg');
      expect(await page.locator('[data-entities] a').first().getAttribute('href')).toBe(
        '/van-ban/quyet-dinh-844-qd-ttg/',
      );
    }));

  it('names an activity type by the words a reader uses, linking to its page', () =>
    withPage(async (page) => {
      await searchPage(page, site, 'cuộc thi khởi nghiệp');
      const entity = page.locator('[data-entities] a').first();
      expect(await entity.getAttribute('href')).toBe('/hoat-dong/cuoc-thi/');
      expect(await entity.textContent()).toContain('Loại hoạt động');
      expect(await entity.textContent()).toContain('Cuộc thi khởi nghiệp');
      await searchPage(page, site, 'khong gian lam viec chung');
      expect(await page.locator('[data-entities] a').first().getAttribute('href')).toBe(
        '/hoat-dong/khong-gian-lam-viec-chung/',
      );
      await page.locator('[data-entities] a').first().click();
      await page.waitForURL(/hoat-dong/);
      expect(await page.locator('h1').textContent()).toBe('Không gian làm việc chung');
    }));

  it('names a known document of the catalogue by its number, and a province known only from the catalogue', () =>
    withPage(async (page) => {
      // Lào Cai: no full text on the site, one known plan (catalogue.json).
      await searchPage(page, site, '274/KH-UBND');
      const entity = page.locator('[data-entities] a').first();
      expect(await entity.getAttribute('href')).toBe('/tinh/lao-cai/#ke-hoach-274-kh-ubnd-lao-cai');
      expect(await entity.textContent()).toContain('274/KH-UBND, Lào Cai');
      await searchPage(page, site, 'lao cai');
      expect(await page.locator('[data-entities] a').first().getAttribute('href')).toBe('/tinh/lao-cai/');
    }));

  it('says when a query has no word to search for, instead of listing everything', () =>
    withPage(async (page) => {
      for (const q of ['🙂', '%', '!!!']) {
        expect(await searchPage(page, site, q)).toEqual([]);
        expect(await page.locator('[data-status]').textContent()).toContain('không có chữ hay số nào để tìm');
      }
    }));

  it('is cut at 200 characters in the box and in the address, and typing it adds one history entry', () =>
    withPage(async (page) => {
      await page.goto(site.url(`/tim-kiem/?q=${'khoi nghiep '.repeat(40)}`));
      await settled(page);
      expect((await page.inputValue('#tu-khoa')).length).toBeLessThanOrEqual(200);
      await page.goto(site.url('/tim-kiem/'));
      await settled(page);
      const start = await page.evaluate(() => history.length);
      await page.locator('#tu-khoa').pressSequentially('dao tao '.repeat(30), { delay: 1 });
      expect((await page.inputValue('#tu-khoa')).length).toBe(200);
      await page.waitForFunction(() => (new URL(location.href).searchParams.get('q') ?? '').length >= 190);
      expect((new URL(page.url()).searchParams.get('q') ?? '').length).toBeLessThanOrEqual(200);
      expect(await page.evaluate(() => history.length)).toBe(start + 1);
    }));

  it('drops filter values it does not know from the address', () =>
    withPage(async (page) => {
      await page.goto(site.url('/tim-kiem/?q=khoi+nghiep&tinh=%3Cscript%3E&chu-de=khong-co'));
      await settled(page);
      expect(await page.locator('[data-status]').textContent()).not.toContain('bộ lọc');
      expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
    }));

  it('parts the lines of an excerpt, so a heading never runs into the text after it', () =>
    withPage(async (page) => {
      await searchPage(page, site, 'kinh phi thuc hien');
      const excerpts = await page.locator('[data-results] > li.hit-passage .hit-excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      expect(excerpts.some((text) => text.includes(' · '))).toBe(true);
    }));
});

describe('text from a query', () => {
  it('is shown as text, never run as HTML', () =>
    withPage(async (page) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const hostile = '<img src=x onerror=alert(1)>';
      await searchPage(page, site, hostile);
      expect(await page.locator('[data-status]').textContent()).toContain(hostile);
      expect(await page.locator('[data-search] img').count()).toBe(0);
      expect(await page.inputValue('#tu-khoa')).toBe(hostile);
      await page.goto(site.url('/'));
      await page.fill('#site-search', `${hostile} dao tao`);
      await page.waitForSelector('.quick-results:not([hidden])');
      expect(await page.locator('.site-header img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    }));
});

describe('the header search box', () => {
  it('shows quick results as you type, reachable with the arrow keys', () =>
    withPage(async (page) => {
      await page.goto(site.url('/co-quan/'));
      await page.fill('#site-search', 'tinh doan');
      const panel = page.locator('.quick-results');
      await panel.locator('li').first().waitFor();
      const links = panel.locator('li a');
      // The agency the query names first, then at most five tasks.
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs[0]).toBe('/co-quan/tinh-doan/');
      expect(hrefs.length).toBeGreaterThan(1);
      expect(hrefs.length).toBeLessThanOrEqual(6);
      for (const href of hrefs.slice(1)) expect(href).toMatch(/^\/ke-hoach\/[a-z0-9-]+\/#/);
      expect(await panel.locator('.quick-all').getAttribute('href')).toBe('/tim-kiem/?q=tinh+doan');
      await page.press('#site-search', 'ArrowDown');
      expect(await page.evaluate(() => document.activeElement === document.querySelector('.quick-results li a'))).toBe(
        true,
      );
      await page.keyboard.press('Escape');
      expect(await panel.isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    }));
});

describe('under a base path', () => {
  it('loads the index and links results within the base', () =>
    withPage(async (page) => {
      const ids = await searchPage(page, baseSite, 'dao tao giang vien');
      expect(ids).toContain('tay-ninh-2022/3.2.a');
      expect(await page.locator('[data-results] > li[data-id="tay-ninh-2022/3.2.a"] h3 a').getAttribute('href')).toBe(
        `${SUB_BASE}ke-hoach/tay-ninh-2022/#nv-3-2-a`,
      );
      await page.goto(baseSite.url('/'));
      await page.fill('#site-search', 'techfest');
      await page.locator('.quick-results li a').first().waitFor();
      const hrefs = await page
        .locator('.quick-results li a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      // The activity type the query names first, then the tasks: every link within the base.
      expect(hrefs[0]).toBe(`${SUB_BASE}hoat-dong/su-kien-quoc-gia/`);
      expect(hrefs.slice(1).length).toBeGreaterThan(0);
      for (const href of hrefs.slice(1)) expect(href).toMatch(new RegExp(`^${SUB_BASE}ke-hoach/`));
    }));
});

describe('accessibility', () => {
  const combos = (['desktop', 'phone'] as const).flatMap((viewport) =>
    (['light', 'dark'] as const).map((colorScheme) => ({ viewport, colorScheme })),
  );
  it.each(combos)(
    'axe finds no violation on a page of results ($viewport, $colorScheme)',
    ({ viewport, colorScheme }) =>
      withPage(
        async (page) => {
          await searchPage(page, site, 'khoi nghiep', '&tinh=tay-ninh&co-quan=tinh-doan');
          await page.evaluate(() => {
            const filters = document.querySelector<HTMLDetailsElement>('[data-filters]');
            if (filters) filters.open = true;
          });
          await page.evaluate(() => document.fonts.ready);
          // Evaluated through DevTools, which the page's Content-Security-Policy does not govern (a <script> tag would be refused).
          await page.evaluate(axe.source);
          const results = await page.evaluate(() =>
            (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
          );
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          ).toEqual([]);
        },
        { viewport: VIEWPORTS[viewport], colorScheme },
      ),
  );
});
