/**
 * "Trích dẫn" in a browser. Plan pages and their citation pages (/ke-hoach/<slug>/trich-dan/) run
 * no script but the header search: their citations are plain text that one click selects whole,
 * ready to copy by hand, and each task card links to its citation. The copy buttons live on
 * /du-lieu/ (the dataset's citation): with JavaScript they appear and put the citation (or its
 * BibTeX) on the clipboard, announcing it; without JavaScript there is no dead button. Both
 * builds, so the links and the island also work under a sub-path.
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

  it('copies the dataset citation and its BibTeX with the buttons on /du-lieu/', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(site.url('/du-lieu/'));

    const text = (await page.locator('#trich-dan-du-lieu-trich-dan').textContent())!.trim();
    expect(text).toContain('Kế hoạch mở');
    const button = page.locator('button[data-copy="trich-dan-du-lieu-trich-dan"]');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Đã sao chép');

    // The BibTeX: open its <details> with the keyboard, copy it.
    const summary = page.locator('#trich-dan-du-lieu summary').filter({ hasText: 'BibTeX' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.locator('button[data-copy="trich-dan-du-lieu-bibtex"]').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^@misc\{ke-hoach-mo-du-lieu,/);
    await context.close();
  });

  it('a task card links to its citation: BibTeX and text, selected whole by one click, no button', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(site.url('/ke-hoach/quang-ngai-2024/'));
    expect(await page.locator('button[data-copy]').count(), 'no copy button on a plan page').toBe(0);
    expect((await page.locator('#trich-dan-trich-dan').textContent())!.trim()).toContain('Kế hoạch không số');

    // The task's citation link, followed with the keyboard.
    const link = page.locator('#nv-1-a a').filter({ hasText: 'Trích dẫn nhiệm vụ 1.a' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === `${build.base}ke-hoach/quang-ngai-2024/trich-dan/` && url.hash === '#nv-1-a',
    );
    expect(await page.locator('button[data-copy]').count(), 'no copy button on a citation page').toBe(0);
    expect(
      await page.evaluate(() => [...document.scripts].filter((s) => !s.src.includes('SearchQuick')).length),
      'no script but the header search',
    ).toBe(0);
    const target = await page.locator('#nv-1-a').boundingBox();
    expect(target && target.y < 740 && target.y + target.height > 0, 'the task’s citation is in view').toBe(true);

    const bibtex = page.locator('#nv-1-a-bibtex');
    await bibtex.click();
    const selected = await page.evaluate(() => getSelection()!.toString());
    expect(selected.trim()).toBe((await bibtex.textContent())!.trim());
    expect(selected.startsWith('@misc{quang-ngai-2024:nv-1-a,')).toBe(true);
    expect(selected).toMatch(/number\s+= \{không số\}/);
    expect(selected).toContain(`url          = {${build.site ?? ''}${build.base}ke-hoach/quang-ngai-2024/#nv-1-a}`);

    const citation = page.locator('#nv-1-a-trich-dan');
    await citation.click();
    expect((await page.evaluate(() => getSelection()!.toString())).trim()).toMatch(
      /^Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi \(không rõ ngày ban hành\)\. Nhiệm vụ 1\.a “/,
    );
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
    expect(selected.trim()).toMatch(
      /^Ủy ban nhân dân tỉnh Tây Ninh \(không rõ ngày ban hành\)\. Kế hoạch số 1694\/KH-UBND: /,
    );
    await context.close();
  });
});
