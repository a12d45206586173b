/**
 * axe-core on one page of every page kind found in dist/ (home, plans list, a plan, a province,
 * the agency index, an agency, every other top-level page, the 404 page), at desktop and phone
 * widths, in light and dark colour schemes. Zero violations expected.
 */
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, onePagePerKind, provincePagesToCheck } from '../build/dist.ts';
import { launchBrowser, startSite, VIEWPORTS, type Site } from './helpers.ts';
import { axeViolations, formatViolations } from './axe-run.ts';

const dist = BUILDS[0]!;
const pages = onePagePerKind(dist.dir);
// Province pages with what the first of their kind may lack: a plan in full, sources in conflict, a weak source.
for (const url of provincePagesToCheck(dist.dir))
  if (!pages.some((p) => p.url === url)) pages.push({ kind: 'tinh/* (more)', url });
// The search page with a query shows results that the bare page does not.
if (pages.some((p) => p.kind === 'tim-kiem'))
  pages.push({ kind: 'tim-kiem?q', url: '/tim-kiem/?q=kh%E1%BB%9Fi%20nghi%E1%BB%87p' });

type Viewport = keyof typeof VIEWPORTS;
const VIEWPORT_NAMES: Viewport[] = ['desktop', 'phone'];
const SCHEMES = ['light', 'dark'] as const;

let site: Site;
let browser: Browser;
const contexts = new Map<Viewport, BrowserContext>();

beforeAll(async () => {
  site = await startSite({ dir: 'dist' });
  browser = await launchBrowser();
  for (const viewport of VIEWPORT_NAMES)
    contexts.set(viewport, await browser.newContext({ viewport: VIEWPORTS[viewport] }));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it('dist/ has pages to check', () => {
  expect(pages.length, 'dist/ has no HTML pages: build it first').toBeGreaterThan(0);
});

describe.each(pages)('$kind ($url)', ({ url }) => {
  // One page load per viewport, checked in both colour schemes. A failure to load is reported by
  // each test rather than by the hook, so that it counts as failed tests.
  describe.each(VIEWPORT_NAMES)('%s', (viewport) => {
    let page: Page | undefined;
    let loadError: Error | undefined;

    beforeAll(async () => {
      try {
        page = await contexts.get(viewport)!.newPage();
        // networkidle: pages that render with client JavaScript (search results) have done so.
        const response = await page.goto(site.url(url), { waitUntil: 'networkidle' });
        if (!response?.ok() && !url.endsWith('404.html')) throw new Error(`${url} answered HTTP ${response?.status()}`);
        await page.evaluate(() => document.fonts.ready);
        // Lay out what content-visibility leaves for later (the comparison's lower tables): axe
        // measures colours and overlaps on boxes, and a box not laid out yet gives false overlaps.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll<HTMLElement>('body *'))
            if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
        });
        // Evaluated through DevTools, which the page's Content-Security-Policy does not govern (a <script> tag would be refused).
        await page.evaluate(axe.source);
      } catch (error) {
        loadError = error as Error;
      }
    });

    afterAll(async () => {
      await page?.close();
    });

    it.each(SCHEMES)(`no axe violations, ${viewport} %s`, async (colorScheme) => {
      if (loadError) throw loadError;
      await page!.emulateMedia({ colorScheme });
      // Let colour transitions triggered by the scheme switch finish before measuring contrast.
      await page!.evaluate(() =>
        Promise.all(
          document
            .getAnimations()
            .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
            .map((a) => a.finished.catch(() => undefined)),
        ),
      );
      const violations = await axeViolations(page!);
      expect(
        violations.map((v) => v.id),
        formatViolations(url, `${viewport} ${colorScheme}`, violations),
      ).toEqual([]);
    });
  });
});
