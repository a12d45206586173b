/**
 * A reader's paths through the site in Chromium: home → a plan → an agency → one of its tasks back
 * on the plan page (on both builds, so the sub-path works in a browser too); the keyboard path
 * (skip link, visible focus on task agency links); and no horizontal scrolling at 360 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, listHtml, onePagePerKind, provincePagesToCheck, readText, urlOf } from '../build/dist.ts';
import { launchBrowser, startSite, VIEWPORTS, type Site } from './helpers.ts';

const dist = BUILDS[0]!;
/** Plan pages: pages under /ke-hoach/ that carry task anchors (#nv-…). */
const planUrls = listHtml(dist.dir)
  .filter((file) => file.startsWith('ke-hoach/') && /\sid="nv-/.test(readText(dist.dir, file)))
  .map((file) => urlOf(file));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Polls until the element of the URL's #fragment exists and intersects the viewport. */
async function expectHashTargetInViewport(page: Page) {
  const hash = await page.evaluate(() => location.hash);
  expect(hash).toMatch(/^#nv-/);
  const state = await page
    .waitForFunction(
      () => {
        const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return r.top < innerHeight && r.bottom > 0 && r.left < innerWidth && r.right > 0 ? { top: r.top } : null;
      },
      undefined,
      { timeout: 5_000 },
    )
    .then(
      () => 'in viewport',
      async () =>
        page.evaluate(() => {
          const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
          if (!el) return `no element with id ${location.hash}`;
          const r = el.getBoundingClientRect();
          return `element ${location.hash} at top=${Math.round(r.top)} bottom=${Math.round(r.bottom)}, viewport height ${innerHeight}, scrollY ${scrollY}`;
        }),
    );
  expect(state).toBe('in viewport');
}

/** The href (as written) of the first link in main whose resolved pathname passes `test`. */
async function findLink(page: Page, selector: string, pattern: string): Promise<string | undefined> {
  return page.evaluate(
    ([selector, pattern]) => {
      const re = new RegExp(pattern);
      const link = [...document.querySelectorAll<HTMLAnchorElement>(selector)].find((a) =>
        re.test(a.pathname + a.hash),
      );
      return link?.getAttribute('href') ?? undefined;
    },
    [selector, pattern] as const,
  );
}

describe.each(BUILDS)('click-through on $name', (build) => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite({ dir: build.dir, base: build.base });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('home → plan → agency → task on the plan page, scrolled to the task', async () => {
    expect(planUrls.length, 'dist/ has no plan page with #nv- anchors').toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    try {
      const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const planPattern = `^(${planUrls.map((u) => escape(build.base + u.slice(1))).join('|')})$`;

      // Home: a link to a plan.
      expect((await page.goto(site.url('/')))?.ok(), 'home page').toBe(true);
      const planHref = await findLink(page, 'main a[href*="/ke-hoach/"]', planPattern);
      expect(planHref, 'home has no link to a plan page in main').toBeTruthy();
      await page.locator(`main a[href="${planHref}"]`).first().click();
      await page.waitForURL((url) => new RegExp(planPattern).test(url.pathname));

      // Plan page: an agency link, preferably one inside a task.
      const agencyPattern = `^${escape(build.base)}co-quan/[^/]+/$`;
      const agencyHref =
        (await findLink(page, 'main [id^="nv-"] a[href*="/co-quan/"]', agencyPattern)) ??
        (await findLink(page, 'main a[href*="/co-quan/"]', agencyPattern));
      expect(agencyHref, `${page.url()} has no link to an agency page`).toBeTruthy();
      await page.locator(`main a[href="${agencyHref}"]`).first().click();
      await page.waitForURL((url) => new RegExp(agencyPattern).test(url.pathname));

      // Agency page: lists tasks, each linking to its anchor on a plan page.
      const taskLinks = page.locator('main a[href*="#nv-"]');
      expect(await taskLinks.count(), `${page.url()} lists no task links (a[href*="#nv-"])`).toBeGreaterThan(0);
      const taskHref = (await taskLinks.first().getAttribute('href'))!;
      await taskLinks.first().click();
      await page.waitForURL((url) => url.hash.startsWith('#nv-'));
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname, `task link ${taskHref} leads to a plan page`).toMatch(
        new RegExp(planPattern),
      );
      await expectHashTargetInViewport(page);
    } finally {
      await page.close();
    }
  });
});

describe('on dist/', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite({ dir: 'dist' });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('a task link opens its plan page scrolled to the task', async () => {
    expect(planUrls.length).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    try {
      await page.goto(site.url(planUrls[0]!));
      // A task late in the page, so that reaching it needs scrolling.
      const ids = await page.locator('[id^="nv-"]').evaluateAll((els) => els.map((el) => el.id));
      const id = ids[Math.floor(ids.length * 0.75)]!;
      await page.goto(site.url(`${planUrls[0]}#${id}`));
      await page.waitForLoadState('load');
      await expectHashTargetInViewport(page);
      // At the top of the screen, not just somewhere on it, and not under the bar of links that
      // stays there: once the fonts have replaced the fallback (font-display: swap), the text
      // above must not have pushed the task down.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const { top, bar } = await page.evaluate(() => ({
        top: document.getElementById(decodeURIComponent(location.hash.slice(1)))!.getBoundingClientRect().top,
        bar: document.querySelector('.plan-jump')?.getBoundingClientRect().bottom ?? 0,
      }));
      expect(top, `#${id} is ${Math.round(top)} px from the top, under a bar ending at ${bar}`).toBeGreaterThanOrEqual(
        bar - 1,
      );
      expect(top).toBeLessThanOrEqual(bar + 40);
    } finally {
      await page.close();
    }
  });

  it('keyboard: skip link first, Enter focuses main, task agency links show a focus outline', async () => {
    expect(planUrls.length).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
    try {
      await page.goto(site.url(planUrls[0]!));
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tag: el?.tagName.toLowerCase(), text: el?.textContent?.trim(), href: el?.getAttribute('href') };
      });
      expect(first, 'the first Tab stop is the skip link').toMatchObject({
        tag: 'a',
        text: 'Bỏ qua, đến nội dung chính',
      });
      const skipOutline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(skipOutline, 'the focused skip link has an outline').not.toBe('none');

      await page.keyboard.press('Enter');
      await page
        .waitForFunction(() => document.activeElement?.id === 'noi-dung', undefined, { timeout: 3_000 })
        .catch(() => undefined);
      const focused = await page.evaluate(() => ({
        tag: document.activeElement?.tagName.toLowerCase(),
        id: document.activeElement?.id,
      }));
      expect(focused, 'Enter on the skip link moves focus to main#noi-dung').toEqual({ tag: 'main', id: 'noi-dung' });

      // Tab on from main until a task's agency link has focus.
      const MAX_TABS = 600;
      let reached: { href: string; outlineStyle: string; outlineWidth: string; focusVisible: boolean } | undefined;
      for (let i = 0; i < MAX_TABS && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || !el.matches('[id^="nv-"] a[href*="/co-quan/"]')) return undefined;
          const style = getComputedStyle(el);
          return {
            href: el.getAttribute('href')!,
            outlineStyle: style.outlineStyle,
            outlineWidth: style.outlineWidth,
            focusVisible: el.matches(':focus-visible'),
          };
        });
      }
      expect(
        reached,
        `no task agency link ([id^="nv-"] a[href*="/co-quan/"]) within ${MAX_TABS} Tab presses`,
      ).toBeDefined();
      expect(reached!.outlineStyle, `focus outline of ${reached!.href}`).not.toBe('none');
      expect(parseFloat(reached!.outlineWidth), `focus outline width of ${reached!.href}`).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  // No horizontal scrolling at 360 px: the home page and every plan page, one page of every other kind, and
  // the province pages with a plan in full, sources in conflict, a weak source.
  const phonePages = [
    ...new Set(['/', ...planUrls, ...onePagePerKind(dist.dir).map((p) => p.url), ...provincePagesToCheck(dist.dir)]),
  ];
  it.each(phonePages)('no horizontal scrollbar at 360 px: %s', async (url) => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone });
    try {
      await page.goto(site.url(url), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      // Lay out what content-visibility leaves for later (the comparison's lower tables), so it is measured too.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('body *'))
          if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
      });
      const { scrollWidth, culprits } = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 0.5)
          .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 0.5)
          .slice(0, 8)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`,
          );
        return { scrollWidth: document.documentElement.scrollWidth, culprits };
      });
      expect(
        scrollWidth,
        `${url} is ${scrollWidth}px wide at 360px; widest elements: ${culprits.join(', ')}`,
      ).toBeLessThanOrEqual(360);
    } finally {
      await page.close();
    }
  });
});
