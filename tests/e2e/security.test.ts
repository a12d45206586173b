/**
 * The security policy in a real browser: Chromium opens one page of every kind of the build,
 * served with the build's _headers (so both the <meta> policy and the header policy apply), and
 * uses what runs scripts (header quick results, the search page with Pagefind's WebAssembly in its
 * worker, the comparison's toggles, a timeline tooltip, the import page reading a Word file and a
 * PDF in its worker). Nothing may be refused by the policy, no script may fail, and nothing may be
 * requested from another origin.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onePagePerKind } from '../build/dist.ts';
import { makeVariant, sources } from '../importer/variants/generate.ts';
import { launchBrowser, ROOT, startSite, type Site } from './helpers.ts';
import { dropFile, IMPORT_PAGE, waitForReading } from './import-helpers.ts';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await startSite({ dir: 'dist', headers: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Watch {
  violations: string[];
  errors: string[];
  foreign: string[];
}

/** A page that records policy violations, script errors and requests to other origins. */
async function watchedPage(): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage();
  const watch: Watch = { violations: [], errors: [], foreign: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { __violations?: string[] }).__violations ??= []);
      list.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) watch.violations.push(message.text());
    else if (message.type() === 'error' && !/404 \(Not Found\)/.test(message.text())) watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== site.origin) watch.foreign.push(request.url());
  });
  return { page, watch };
}

async function check(page: Page, watch: Watch, where: string) {
  const recorded = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
  expect([...watch.violations, ...recorded], `${where}: policy violations`).toEqual([]);
  expect(watch.errors, `${where}: script errors`).toEqual([]);
  expect(watch.foreign, `${where}: requests to another origin`).toEqual([]);
}

describe('Content-Security-Policy and origin in Chromium', () => {
  it('serves the policy as a header too', async () => {
    const response = await fetch(site.url('/'));
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("object-src 'none'");
    expect(header).toContain("frame-ancestors 'none'");
  });

  const kinds = onePagePerKind(`${ROOT}/dist`);
  it.each(kinds)('$kind ($url): loads with no violation, error or foreign request', async ({ url }) => {
    const { page, watch } = await watchedPage();
    try {
      await page.goto(site.url(url), { waitUntil: 'networkidle' });
      // The stylesheet and the fonts must have loaded under the policy (the page looks designed).
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Noto Sans/);
      await check(page, watch, url);
    } finally {
      await page.close();
    }
  });

  it('header quick results run Pagefind (WebAssembly in a worker) without violations', async () => {
    const { page, watch } = await watchedPage();
    try {
      await page.goto(site.url('/ke-hoach/'), { waitUntil: 'networkidle' });
      await page.locator('#site-search').pressSequentially('tinh doan', { delay: 30 });
      await page.locator('.quick-results li a').first().waitFor();
      await check(page, watch, 'header quick results');
    } finally {
      await page.close();
    }
  });

  it('the search page finds results, filters and all, without violations', async () => {
    const { page, watch } = await watchedPage();
    try {
      await page.goto(site.url('/tim-kiem/?q=dao+tao+giang+vien'), { waitUntil: 'networkidle' });
      await page.locator('[data-results] > li').first().waitFor();
      expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
      await check(page, watch, '/tim-kiem/');
    } finally {
      await page.close();
    }
  });

  it('the comparison toggles and the timeline tooltip work without violations', async () => {
    const { page, watch } = await watchedPage();
    try {
      await page.goto(site.url('/so-sanh/'), { waitUntil: 'networkidle' });
      await page.locator('button[data-toggle-plan="quang-ngai-2024"]').click();
      await page.waitForFunction(() => new URL(location.href).searchParams.has('ke-hoach'));
      await page.goto(site.url('/dong-thoi-gian/'), { waitUntil: 'networkidle' });
      await page.locator('svg[data-variant="wide"] a.tl-task').nth(4).hover();
      await page.locator('.tl-tooltip').waitFor({ state: 'visible' });
      await check(page, watch, '/so-sanh/ and /dong-thoi-gian/');
    } finally {
      await page.close();
    }
  });

  it('the import page reads a Word file and a PDF in its worker (PDF.js and all) without violations', async () => {
    const plan = sources()[0]!;
    const files = [
      { name: `${plan.slug}.docx`, bytes: await makeVariant(plan, 'docx', browser) },
      { name: `${plan.slug}.pdf`, bytes: await makeVariant(plan, 'pdf', browser) },
    ];
    const { page, watch } = await watchedPage();
    // A worker has its own policy (the header's, served with its script) and reports there.
    const watching: Promise<unknown>[] = [];
    page.on('worker', (worker) =>
      watching.push(
        worker.evaluate(() => {
          const list: string[] = ((self as unknown as { __violations?: string[] }).__violations = []);
          self.addEventListener('securitypolicyviolation', (event) =>
            list.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (worker)`),
          );
        }),
      ),
    );
    try {
      await page.goto(site.url(IMPORT_PAGE), { waitUntil: 'networkidle' });
      for (const file of files) {
        await dropFile(page, file.name, file.bytes);
        expect(await waitForReading(page, file.name), file.name).toBe('result');
      }
      await Promise.all(watching);
      expect(page.workers()).toHaveLength(1);
      const inWorker = await page
        .workers()[0]!
        .evaluate(() => (self as unknown as { __violations?: string[] }).__violations ?? []);
      expect(inWorker, 'policy violations in the import worker').toEqual([]);
      await check(page, watch, IMPORT_PAGE);
    } finally {
      await page.close();
    }
  });
});
