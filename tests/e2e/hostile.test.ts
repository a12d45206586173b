/**
 * Hostile content in Chromium: the build with tests/fixtures/hostile/ beside the real
 * plans (tests/helpers/hostile-site.ts). On the plan page, the comparison, the timeline (its
 * tooltip), the search page and the header's quick results, nothing the plan says runs: no
 * dialog (every payload calls alert), no console error (a payload that reached the DOM would at
 * least be refused by the page's CSP, which logs an error), no element or handler from the
 * content in the DOM after the page's scripts have run, and the texts shown literally, "<script>"
 * and "<img" included. The comparison's CSV built in the browser equals the published one, byte
 * for byte, formula-safe cells included.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';
import {
  BUILD_TIMEOUT,
  buildHostileSite,
  HOSTILE_DIR,
  HOSTILE_SLUG,
  MARKER,
  type HostileSite,
} from '../helpers/hostile-site.ts';
import { launchBrowser, startSite, VIEWPORTS, type Site } from './helpers.ts';
import { settled } from './search-helpers.ts';

const plan = parsePlan(readPlanFiles(HOSTILE_DIR).find((file) => file.slug === HOSTILE_SLUG)!);
const task1 = plan.tasks[0]!;

let build: HostileSite;
let site: Site;
let browser: Browser;

beforeAll(async () => {
  build = buildHostileSite();
  site = await startSite({ dir: build.dir });
  browser = await launchBrowser();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  build?.cleanup();
});

interface Watched {
  page: Page;
  /** Messages of the dialogs (alert, confirm, prompt) the page opened. */
  dialogs: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** A fresh page that records every dialog (dismissing it) and every console error. */
async function watched<T>(fn: (w: Watched) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
  const page = await context.newPage();
  const w: Watched = { page, dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    w.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') w.errors.push(message.text());
  });
  page.on('pageerror', (error) => w.errors.push(error.message));
  try {
    return await fn(w);
  } finally {
    await context.close();
  }
}

async function open(w: Watched, path: string) {
  const response = await w.page.goto(site.url(path), { waitUntil: 'load' });
  expect(response?.ok(), `${path} answered ${response?.status()}`).toBe(true);
}

/** What in the live DOM could only have come from the content being read as markup. */
const injectedInDom = (page: Page) =>
  page.evaluate((marker) => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
        if (
          /^(href|src|action|formaction|xlink:href)$/i.test(attr.name) &&
          /^[\u0000-\u0020]*(javascript|vbscript|data):/i.test(attr.value.replace(/[\t\n\r]/g, ''))
        ) {
          found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
        }
      }
    }
    for (const script of document.querySelectorAll('script'))
      if ((script.textContent ?? '').includes(marker)) found.push('<script> with a payload');
    for (const img of document.querySelectorAll('img')) if (img.getAttribute('src') === 'x') found.push('<img src=x>');
    return found;
  }, MARKER);

/** The page is clean: no dialog, no console error, nothing injected in the DOM. */
async function expectClean(w: Watched, where: string) {
  // Give a late handler (an image error, a timer) the chance to fire.
  await w.page.waitForTimeout(300);
  expect(w.dialogs, `${where}: dialogs`).toEqual([]);
  expect(w.errors, `${where}: console errors`).toEqual([]);
  expect(await injectedInDom(w.page), `${where}: injected`).toEqual([]);
}

describe('a plan with hostile texts, in Chromium', () => {
  it('plan page: the texts are shown as text and nothing runs', () =>
    watched(async (w) => {
      await open(w, `/ke-hoach/${HOSTILE_SLUG}/`);
      const h1 = await w.page.locator('h1').textContent();
      expect(h1).toBe(plan.plan.title);
      const card = w.page.locator(`section.task#${task1.anchor}`);
      const cardText = (await card.textContent()) ?? '';
      expect(cardText).toContain(task1.title);
      expect(cardText).toContain(task1.timing.raw!);
      const body = (await w.page.locator('article.fulltext').textContent()) ?? '';
      expect(body).toContain(`<script>alert('xsstest-body')</script>`);
      expect(body).toContain(`"><img src=x onerror=alert('xsstest-body')>`);
      expect(body).toContain('{xsstest}');
      // A Markdown link to javascript: is text: its label and its address.
      expect(body).toContain(`liên kết xsstest (javascript:alert('xsstest-link'))`);
      expect(await w.page.locator('article.fulltext a', { hasText: 'liên kết' }).count()).toBe(0);
      await expectClean(w, 'plan page');
    }));

  it('header quick search: results show the hostile title literally', () =>
    watched(async (w) => {
      await open(w, `/ke-hoach/${HOSTILE_SLUG}/`);
      await w.page.fill('form.search-form input[name="q"]', MARKER);
      const panel = w.page.locator('#site-search-quick');
      await panel.waitFor({ state: 'visible', timeout: 15_000 });
      await w.page.waitForFunction(() => document.querySelectorAll('#site-search-quick li').length > 0, undefined, {
        timeout: 15_000,
      });
      const text = (await panel.textContent()) ?? '';
      expect(text).toContain('<script>');
      expect(text).toContain('<img');
      expect(text).toContain(`Nhiệm vụ xsstest <script>alert('xsstest-task')</script>`);
      // Shown once as text, not escaped twice.
      expect(text).not.toContain('&lt;');
      await expectClean(w, 'quick search');
    }));

  it('search page: results show the hostile texts literally, as text', () =>
    watched(async (w) => {
      await open(w, `/tim-kiem/?q=${MARKER}`);
      await settled(w.page);
      const hit = w.page.locator(`[data-results] > li[data-id="${HOSTILE_SLUG}/1"]`);
      expect(await hit.count()).toBe(1);
      const title = (await hit.locator('h3').textContent()) ?? '';
      expect(title).toContain(
        `Nhiệm vụ xsstest <script>alert('xsstest-task')</script> "><img src=x onerror=alert('xsstest-task')> {xsstest} javascript:alert('xsstest-task')`,
      );
      expect(await hit.locator('.hit-plan').textContent()).toContain(plan.plan.province);
      const all = (await w.page.locator('[data-results]').textContent()) ?? '';
      expect(all).toContain('<script>');
      expect(all).toContain('<img');
      expect(all).not.toContain('&lt;');
      // Marked words are <mark> elements; nothing else came from the index as markup.
      expect(await w.page.locator('[data-results] mark').count()).toBeGreaterThan(0);
      expect(await w.page.locator('[data-results] :is(script, img, b, iframe)').count()).toBe(0);
      // The hostile plan's links go to its page, never to a payload.
      expect(await hit.locator('h3 a').getAttribute('href')).toBe(`/ke-hoach/${HOSTILE_SLUG}/#${task1.anchor}`);
      // A payload typed as the query is text too.
      await open(
        w,
        `/tim-kiem/?q=${encodeURIComponent(`"><img src=x onerror=alert('xsstest-query')><script>alert('xsstest-query')</script>`)}`,
      );
      await settled(w.page);
      expect(await w.page.locator('[data-status]').textContent()).toContain(`<script>alert('xsstest-query')</script>`);
      await expectClean(w, 'search page');
    }));

  it('comparison: the province is shown as text and the CSV built in the page equals the published one, formula-safe', () =>
    watched(async (w) => {
      await open(w, '/so-sanh/');
      const head = (await w.page.locator('table[data-matrix="chu-de"] thead').textContent()) ?? '';
      expect(head).toContain(plan.plan.province);
      for (const table of ['chu-de', 'chi-tieu']) {
        const [download] = await Promise.all([
          w.page.waitForEvent('download'),
          w.page.click(`a[data-csv-for="${table}"]`),
        ]);
        const inPage = await readFile((await download.path())!, 'utf8');
        expect(inPage, table).toBe(readFileSync(join(build.dir, `so-sanh/${table}.csv`), 'utf8'));
        expect(inPage, table).toContain(`"'=1+2 Thử ""><img src=x onerror=alert('xsstest-province')>`);
      }
      await expectClean(w, 'comparison');
    }));

  it('timeline: the tooltip of the hostile task shows its texts literally', () =>
    watched(async (w) => {
      await open(w, '/dong-thoi-gian/');
      // The chart has a wide and a narrow variant; the one on screen is hovered.
      const mark = w.page.locator(`a.tl-task[data-task="${HOSTILE_SLUG}/1"] >> visible=true`).first();
      await mark.hover();
      const tip = w.page.locator('.tl-tooltip:not([hidden])');
      await tip.waitFor({ state: 'visible' });
      const text = (await tip.textContent()) ?? '';
      expect(text).toContain(task1.title);
      expect(text).toContain(task1.timing.raw!);
      expect(await tip.locator('*:not(strong, span)').count()).toBe(0);
      expect(await mark.getAttribute('aria-label')).toContain(task1.title);
      await expectClean(w, 'timeline');
    }));
});
