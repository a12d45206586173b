/**
 * The page /them-ke-hoach/ in Chromium, against the command line on the same files: every text of
 * sources/ dropped on the page, and Word and PDF files made from them (tests/importer/variants/),
 * show the tasks `npm run import -- <file> --json` finds and offer, under the same name, the MDX
 * (and the text read) `npm run import -- <file>` writes: identical. The command line runs in a
 * copy of the project, so that the text it keeps under sources/ is not written into this one.
 * Then what a person meets: the plain errors (a news item, a scanned PDF, an unknown encoding,
 * a file over the size limit, an old .doc), the keyboard path, no network needed once the readers
 * are loaded (and nothing ever sent), the page without JavaScript, axe and no sideways scrolling
 * at 390 and 1280 px.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, toolEnv } from '../helpers/fixture-site.ts';
import { makeVariant, sources } from '../importer/variants/generate.ts';
import { launchBrowser, ROOT, startSite, type Site } from './helpers.ts';
import { axeViolations, formatViolations, injectAxe } from './axe-run.ts';
import {
  downloadFrom,
  dropFile,
  dropPath,
  IMPORT_PAGE,
  shownTasks,
  waitForReading,
  type ShownTask,
} from './import-helpers.ts';

const SOURCES = readdirSync(join(ROOT, 'sources'))
  .filter((name) => name.endsWith('.txt'))
  .sort();
/** Word and PDF files made from the committed plans: plain layout and tasks in an appendix table. */
const MADE = [
  { slug: 'hung-yen-2021-2025', variant: 'docx', extension: '.docx' },
  { slug: 'kon-tum-2019-2025', variant: 'docx-bang', extension: '.docx' },
  { slug: 'tay-ninh-2022', variant: 'pdf', extension: '.pdf' },
  { slug: 'quang-ngai-2024', variant: 'pdf-bang', extension: '.pdf' },
];

let site: Site;
let browser: Browser;
let copy: string;
let work: string;

beforeAll(async () => {
  site = await startSite({ dir: 'dist', headers: true });
  browser = await launchBrowser();
  copy = copyProject(['src', 'scripts', 'sources', 'package.json']);
  work = mkdtempSync(join(tmpdir(), 'khm-import-page-'));
  const all = sources();
  for (const [index, made] of MADE.entries()) {
    const source = all.find((s) => s.slug === made.slug)!;
    const bytes = await makeVariant(source, made.variant, browser, index);
    writeFileSync(join(work, `${made.slug}.${made.variant}${made.extension}`), bytes);
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

/** `npm run import -- <file> …args`, in the copy of the project. */
function cli(file: string, ...args: string[]) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(copy, 'scripts/import.ts'), file, ...args], {
    cwd: copy,
    encoding: 'utf8',
    env: toolEnv(),
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Expected {
  /** The MDX file as the command line writes it, and its name. */
  mdx: { name: string; text: string };
  /** The text it keeps under sources/, when it writes one (Word, PDF). */
  source: { name: string; text: string } | null;
  tasks: ShownTask[];
}

/** What the command line makes of `file`. */
function expected(file: string): Expected {
  const json = cli(file, '--json');
  expect(json.status, json.stderr).toBe(0);
  const data = JSON.parse(json.stdout) as {
    tasks: {
      ref: string;
      title: string;
      lead: { asWritten: string }[];
      partners: { asWritten: string }[];
      timing: { raw: string | null };
    }[];
  };
  const out = join(work, 'out', basename(file));
  mkdirSync(out, { recursive: true });
  const written = cli(file, '--out', out, '--force');
  expect(written.status, written.stderr).toBe(0);
  const [name] = readdirSync(out);
  const kept = /văn bản nguồn ở (sources\/.+\.txt)\.$/m.exec(written.stdout)?.[1];
  return {
    mdx: { name: name!, text: readFileSync(join(out, name!), 'utf8') },
    source: kept ? { name: kept.replace('sources/', ''), text: readFileSync(join(copy, kept), 'utf8') } : null,
    tasks: data.tasks.map((task) => ({
      heading: `${task.ref} ${task.title}`,
      lead: task.lead.map((a) => a.asWritten),
      partners: task.partners.map((a) => a.asWritten),
      timing: task.timing.raw ?? 'Văn bản không nêu',
    })),
  };
}

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url(IMPORT_PAGE), { waitUntil: 'networkidle' });
  return page;
}

/** The page's result for a file just given, against the command line's for the same file. */
async function expectSameAsCommandLine(page: Page, file: string) {
  const want = expected(file);
  expect(await shownTasks(page)).toEqual(want.tasks);
  const mdx = await downloadFrom(page, `[data-result] a[download$=".mdx"]`);
  expect(mdx.name).toBe(want.mdx.name);
  expect(mdx.text).toBe(want.mdx.text);
  const offered = page.locator('[data-result] a[download$=".txt"]');
  if (want.source) {
    const source = await downloadFrom(page, `[data-result] a[download$=".txt"]`);
    expect(source).toEqual(want.source);
  } else expect(await offered.count()).toBe(0);
}

describe('the same result as the command line', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await openPage(context);
  });
  afterAll(async () => context?.close());

  it.each(SOURCES.filter((name) => name !== '003_1c70fee2389b0d60.txt'))(
    'sources/%s dropped on the page',
    async (name) => {
      const path = join(copy, 'sources', name);
      await dropPath(page, path);
      expect(await waitForReading(page, name)).toBe('result');
      await expectSameAsCommandLine(page, path);
    },
  );

  it.each(MADE.map((m) => `${m.slug}.${m.variant}${m.extension}`))('%s chosen with the file picker', async (name) => {
    const path = join(work, name);
    await page.locator('#tep-ke-hoach').setInputFiles(path);
    expect(await waitForReading(page, name)).toBe('result');
    await expectSameAsCommandLine(page, path);
  });

  it('pasted text gives the MDX the command line gives for the text file the page offers with it', async () => {
    const text = readFileSync(join(ROOT, 'sources/002_f4285707384fd952.txt'), 'utf8');
    await page.locator('#van-ban-dan').fill(text);
    await page.getByRole('button', { name: 'Đọc văn bản đã dán' }).click();
    expect(await waitForReading(page, 'văn bản đã dán')).toBe('result');
    const offered = await downloadFrom(page, `[data-result] a[download$=".txt"]`);
    expect(offered).toEqual({ name: 'quang-ngai-2024.txt', text });
    const path = join(work, offered.name);
    writeFileSync(path, offered.text);
    const want = expected(path);
    expect(await shownTasks(page)).toEqual(want.tasks);
    const mdx = await downloadFrom(page, `[data-result] a[download$=".mdx"]`);
    expect(mdx).toEqual(want.mdx);
  });

  it('shows the report with its lines: facts found and missing, what needs a second look', async () => {
    await dropPath(page, join(copy, 'sources', '002_f4285707384fd952.txt'));
    await waitForReading(page, '002_f4285707384fd952.txt');
    const result = page.locator('[data-result]');
    // Quảng Ngãi 2024 as published carries no number and no date: said, with no guess.
    const missing = result.locator('.import-facts tr.is-missing th');
    expect(await missing.allTextContents()).toEqual(expect.arrayContaining(['Số hiệu', 'Ngày ban hành']));
    const signer = result.locator('.import-facts tr', { hasText: 'Người ký' }).first();
    expect(await signer.locator('td').first().textContent()).toContain('Trần Phước Hiền');
    const problem = result.locator('[data-section="missing-facts"] li').first();
    expect(await problem.textContent()).toMatch(/không có trong văn bản/);
    // Every numbered item, with its line, in the details.
    const items = result.locator('[data-section="items"] li');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().locator('.import-line').textContent()).toMatch(/^dòng \d+$/);
  });
});

describe('plain errors, each with what to do next', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await openPage(context);
  });
  afterAll(async () => context?.close());

  async function expectError(name: string, kind: string, says: RegExp) {
    expect(await waitForReading(page, name)).toBe('error');
    const error = page.locator(`[data-result] [data-error="${kind}"]`);
    await error.waitFor();
    expect(await error.textContent()).toMatch(says);
    expect(await error.locator('h3', { hasText: 'Làm gì tiếp' }).count()).toBe(1);
    expect(await error.locator('ul li').count()).toBeGreaterThan(0);
    // Focus moves to the error, which a screen reader then reads.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('loi');
  }

  it('a news item (sources/003) is not a plan, with the line and the message of the command line', async () => {
    const path = join(copy, 'sources', '003_1c70fee2389b0d60.txt');
    await dropPath(page, path);
    const { status, stderr } = cli(path, '--json');
    expect(status).toBe(2);
    const message = stderr.trim().replace(/^Không nhập được [^:]+: /, '');
    await expectError('003_1c70fee2389b0d60.txt', 'not-a-plan', /bản tin/);
    const shown = await page.locator('[data-error] .import-message').textContent();
    expect(shown!.toLowerCase()).toBe(`${message}.`.replace(/\.\.$/, '.').toLowerCase());
  });

  it('a scanned PDF (images, no text layer)', async () => {
    // A page printed to PDF with nothing but a picture of text: what a scanner makes.
    const maker = await browser.newPage();
    await maker.setContent('<p style="font: 24px serif">KẾ HOẠCH Hỗ trợ hệ sinh thái khởi nghiệp</p>');
    const picture = (await maker.screenshot()).toString('base64');
    await maker.setContent(`<img src="data:image/png;base64,${picture}" style="width:100%">`);
    const scan = await maker.pdf({ format: 'A4' });
    await maker.close();
    await dropFile(page, 'ban-quet.pdf', scan);
    await expectError('ban-quet.pdf', 'scanned', /không có lớp chữ/);
  });

  it('a text in an encoding not recognised (an old 8-bit Vietnamese font encoding)', async () => {
    // Bytes in the C1 range, which Windows-1258 leaves undefined, and no UTF-8 sequence.
    const bytes = new Uint8Array([...new TextEncoder().encode('KE HOACH '), 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x0a]);
    await dropFile(page, 'tcvn3.txt', bytes);
    await expectError('tcvn3.txt', 'encoding', /bảng mã/);
  });

  it('a file over the size limit is refused before it is read', async () => {
    const big = join(work, 'qua-lon.pdf');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024 + 1);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.locator('#tep-ke-hoach').setInputFiles(big);
    await expectError('qua-lon.pdf', 'too-large', /quá giới hạn 50 MB/);
    expect(requests.filter((url) => /pdf/.test(url))).toEqual([]);
    expect(cli(big).status).toBe(1);
  });

  it('an old Word file (.doc)', async () => {
    await dropFile(page, 'ke-hoach.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expectError('ke-hoach.doc', 'format', /\.docx/);
  });

  it('an empty paste asks for the text', async () => {
    await page.locator('#van-ban-dan').fill('   ');
    await page.getByRole('button', { name: 'Đọc văn bản đã dán' }).click();
    expect(await page.locator('[data-status]').textContent()).toMatch(/Ô văn bản đang trống/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('van-ban-dan');
  });
});

describe('keyboard and screen reader', () => {
  it('from the top of the page: Tab to the file picker, open it with the keyboard, then to the result and its download', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await openPage(context);
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.id === 'tep-ke-hoach');
      }
      expect(reached, 'the file picker is reached with Tab').toBe(true);
      const path = join(copy, 'sources', '000_9a5a67210c59d402.txt');
      // Space on the focused picker opens the chooser; headless Chromium now and then drops the
      // first key press while the page settles, so the key is pressed again (at most three times).
      let chooser: FileChooser | undefined;
      for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
        [chooser] = await Promise.all([
          page.waitForEvent('filechooser', { timeout: 10_000 }).catch(() => undefined),
          page.keyboard.press('Space'),
        ]);
      }
      expect(chooser, 'the file picker opens with the keyboard').toBeDefined();
      await chooser!.setFiles(path);
      expect(await waitForReading(page, '000_9a5a67210c59d402.txt')).toBe('result');
      // The status line is a live region; focus goes to the result's heading.
      expect(await page.locator('[data-status]').getAttribute('role')).toBe('status');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('ket-qua');
      let onDownload = false;
      for (let i = 0; i < 10 && !onDownload; i++) {
        await page.keyboard.press('Tab');
        onDownload = await page.evaluate(
          () => document.activeElement?.getAttribute('download')?.endsWith('.mdx') ?? false,
        );
      }
      expect(onDownload, 'the MDX download is reached with Tab from the result').toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toMatch(/\.mdx$/);
    } finally {
      await context.close();
    }
  });

  it('the pasted text is read with the keyboard alone', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await openPage(context);
      await page.locator('#van-ban-dan').focus();
      await page.keyboard.insertText(readFileSync(join(ROOT, 'sources/004_e4fe494c0084b2ad.txt'), 'utf8'));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await waitForReading(page, 'văn bản đã dán')).toBe('result');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('ket-qua');
    } finally {
      await context.close();
    }
  });
});

describe('no network needed, nothing sent', () => {
  it('offline before the readers load: a plain message; once loaded on request, Word and PDF files read offline', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const requests: { method: string; url: string }[] = [];
    context.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
    try {
      const page = await openPage(context);
      const arrival = requests.length;
      await context.setOffline(true);
      const docx = join(work, 'hung-yen-2021-2025.docx.docx');
      await page.locator('#tep-ke-hoach').setInputFiles(docx);
      expect(await waitForReading(page, basename(docx))).toBe('error');
      expect(await page.locator('[data-status]').textContent()).toMatch(/không được gửi đi đâu/);

      await context.setOffline(false);
      await page.getByRole('button', { name: 'Tải sẵn trình đọc' }).click();
      await page.locator('[data-status]', { hasText: 'Đã tải sẵn' }).waitFor({ timeout: 60_000 });
      await context.setOffline(true);
      for (const name of ['hung-yen-2021-2025.docx.docx', 'tay-ninh-2022.pdf.pdf']) {
        await dropPath(page, join(work, name));
        expect(await waitForReading(page, name)).toBe('result');
        expect(await page.locator('[data-result] .task').count()).toBeGreaterThan(0);
      }
      // After the page itself: only its own code, fetched; no file or text went anywhere.
      const after = requests.slice(arrival);
      expect(after.filter((r) => r.method !== 'GET' || new URL(r.url).origin !== site.origin)).toEqual([]);
      expect(after.map((r) => new URL(r.url).pathname).filter((p) => !/^\/_astro\/[\w.-]+\.js$/.test(p))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('loads nothing but the page until a file is given, and only the reader a file needs', async () => {
    const context = await browser.newContext();
    const scripts: string[] = [];
    context.on('request', (request) => {
      if (request.resourceType() === 'script' || /\.js$/.test(request.url()))
        scripts.push(new URL(request.url()).pathname);
    });
    try {
      const page = await openPage(context);
      expect(scripts.some((p) => /import-worker|docx|pdf/.test(p))).toBe(false);
      await dropPath(page, join(copy, 'sources', '001_a53a16886f7ee57c.txt'));
      await waitForReading(page, '001_a53a16886f7ee57c.txt');
      expect(scripts.some((p) => /import-worker/.test(p))).toBe(true);
      expect(scripts.some((p) => /docx|pdf/.test(p))).toBe(false);
      await dropPath(page, join(work, 'kon-tum-2019-2025.docx-bang.docx'));
      await waitForReading(page, 'kon-tum-2019-2025.docx-bang.docx');
      expect(scripts.some((p) => /\/docx-/.test(p))).toBe(true);
      expect(scripts.some((p) => /pdf/.test(p))).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  it('says what the page needs and gives the other ways: sending the file, or the command line', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(site.url(IMPORT_PAGE), { waitUntil: 'networkidle' });
      const notice = page.locator('.import-nojs');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toMatch(/cần JavaScript/);
      expect(await notice.textContent()).toContain('npm run import');
      expect(await notice.locator('a[href="#cach-gui"]').count()).toBe(1);
      expect(await page.locator('#tep-ke-hoach').isVisible()).toBe(false);
      expect(await page.locator('#cach-gui').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('at $width px', (viewport) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport });
    page = await openPage(context);
    await injectAxe(page);
  });
  afterAll(async () => context?.close());

  async function expectClean(state: string) {
    const violations = await axeViolations(page);
    expect(
      violations.map((v) => v.id),
      formatViolations(IMPORT_PAGE, `${viewport.width} px, ${state}`, violations),
    ).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow, `${state}: the page scrolls sideways`).toBeLessThanOrEqual(0);
  }

  it('empty', () => expectClean('empty'));

  it('with a result', async () => {
    await dropPath(page, join(work, 'quang-ngai-2024.pdf-bang.pdf'));
    await waitForReading(page, 'quang-ngai-2024.pdf-bang.pdf');
    // The details open, so that their rows are checked too.
    await page.locator('[data-result] details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    await expectClean('with a result');
  });

  it('with an error', async () => {
    await dropPath(page, join(copy, 'sources', '003_1c70fee2389b0d60.txt'));
    await waitForReading(page, '003_1c70fee2389b0d60.txt');
    await expectClean('with an error');
  });
});
