/**
 * The national picture in Chromium, without JavaScript (the map and the chart are plain SVG
 * links): at 390 px the map fits the screen with cells large enough to tap and the narrow chart
 * is the one shown, at 1280 px the wide one; a tap on a province's cell opens its page; a dot of
 * the chart opens the document's card, scrolled to and marked; the keyboard reaches the map's
 * links with a visible focus. On both builds, so the links work under a sub-path too.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS } from '../build/dist.ts';
import { launchBrowser, startSite, type Site } from './helpers.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(BUILDS)('the national picture without JavaScript in $name', (build) => {
  let site: Site;
  let phone: BrowserContext;
  let desktop: BrowserContext;
  const provinces = JSON.parse(readFileSync(join(build.dir, 'data/provinces.json'), 'utf8')) as {
    name: string;
    slug: string;
    coverage: string;
  }[];
  const known = provinces.find((p) => p.coverage === 'full-text') ?? provinces.find((p) => p.coverage !== 'none')!;

  beforeAll(async () => {
    site = await startSite({ dir: build.dir, base: build.base });
    phone = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    desktop = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
  });
  afterAll(async () => {
    await phone?.close();
    await desktop?.close();
    await site?.close();
  });

  it('fits the map in a 390 px screen, each cell a tap target, and opens a province from it', async () => {
    const page = await phone.newPage();
    try {
      await page.goto(site.url('/tinh/'));
      const box = (await page.locator('svg.tm-svg').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      const cells = await page
        .locator('a.tm-link rect.tm-cell')
        .evaluateAll((rects) =>
          rects.map((rect) => rect.getBoundingClientRect()).map((r) => ({ width: r.width, height: r.height })),
        );
      expect(cells).toHaveLength(63);
      for (const cell of cells) {
        expect(cell.width).toBeGreaterThanOrEqual(24);
        expect(cell.height).toBeGreaterThanOrEqual(24);
      }
      await page.locator(`a.tm-link[aria-label*=" ${known.name}:"]`).click();
      await page.waitForURL((url) => url.pathname === `${build.base}tinh/${known.slug}/`);
      expect(await page.locator('h1').textContent()).toContain(known.name);
    } finally {
      await page.close();
    }
  });

  it('shows the narrow chart on a phone and the wide one on a desktop', async () => {
    for (const [context, shown, hidden] of [
      [phone, 'df-narrow', 'df-wide'],
      [desktop, 'df-wide', 'df-narrow'],
    ] as const) {
      const page = await context.newPage();
      try {
        await page.goto(site.url('/danh-muc/'));
        expect(await page.locator(`svg.${shown}`).isVisible(), shown).toBe(true);
        expect(await page.locator(`svg.${hidden}`).isVisible(), hidden).toBe(false);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(context === phone ? PHONE.width : DESKTOP.width);
      } finally {
        await page.close();
      }
    }
  });

  it('opens a document’s card from its dot, scrolled to and marked', async () => {
    const page = await desktop.newPage();
    try {
      await page.goto(site.url('/danh-muc/'));
      const dot = page.locator('svg.df-wide a.df-link[href*="/tinh/"]').first();
      const href = (await dot.getAttribute('href'))!;
      await dot.click();
      await page.waitForURL((url) => url.hash === `#${href.split('#')[1]}`);
      const card = page.locator(`article.kd#${href.split('#')[1]}`);
      expect(await card.isVisible()).toBe(true);
      const top = (await card.boundingBox())!.y;
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(top).toBeLessThan(DESKTOP.height);
      expect(await card.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    } finally {
      await page.close();
    }
  });

  it('reaches the map’s links with the keyboard, with a visible focus', async () => {
    const page = await desktop.newPage();
    try {
      await page.goto(site.url('/tinh/'));
      let focused: { stroke: string; width: string } | null = null;
      for (let i = 0; i < 60 && !focused; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el?.matches('a.tm-link')) return null;
          const style = getComputedStyle(el.querySelector('rect.tm-cell')!);
          return { stroke: style.stroke, width: style.strokeWidth };
        });
      }
      expect(focused, 'no map link within 60 Tab presses').not.toBeNull();
      expect(parseFloat(focused!.width)).toBeGreaterThanOrEqual(3);
    } finally {
      await page.close();
    }
  });
});
