/**
 * "Trích dẫn" in a browser: with JavaScript the copy buttons appear and put the citation (or its
 * BibTeX) on the clipboard, announcing it; without JavaScript there is no dead button, and the
 * citation is plain text a reader can select. Both builds, so the island also works under a sub-path.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS } from '../build/dist.ts';
import { launchBrowser, startSite, VIEWPORTS, type Site } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(BUILDS)('citations in $name', (build) => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite({ dir: build.dir, base: build.base });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('copies a plan citation and a task BibTeX with the buttons', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(site.url('/ke-hoach/quang-ngai-2024/'));

    const text = (await page.locator('#trich-dan-trich-dan').textContent())!.trim();
    expect(text).toContain('Kế hoạch không số');
    const button = page.locator('button[data-copy="trich-dan-trich-dan"]');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Đã sao chép');

    // A task's citation: open its <details> with the keyboard, copy its BibTeX.
    const summary = page.locator('#nv-1-a summary').filter({ hasText: 'Trích dẫn' });
    await summary.focus();
    await page.keyboard.press('Enter');
    const bibtex = page.locator('button[data-copy="nv-1-a-bibtex"]');
    await bibtex.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('@misc{quang-ngai-2024:nv-1-a,')).toBe(true);
    expect(copied).toMatch(/number\s+= \{không số\}/);
    expect(copied).toContain(`url          = {${build.base}ke-hoach/quang-ngai-2024/#nv-1-a}`);
    await context.close();
  });

  it('shows no copy button without JavaScript, and the citation as selectable text', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/ke-hoach/tay-ninh-2022/'));
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    const citation = page.locator('#trich-dan-trich-dan');
    expect(await citation.isVisible()).toBe(true);
    // Selecting the block's text selects the whole citation, ready to copy by hand.
    await citation.click();
    const selected = await page.evaluate(() => {
      const el = document.getElementById('trich-dan-trich-dan')!;
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(selected.trim()).toMatch(/^Ủy ban nhân dân tỉnh Tây Ninh \(không rõ ngày ban hành\)\. Kế hoạch số 1694\/KH-UBND: /);
    await context.close();
  });
});
