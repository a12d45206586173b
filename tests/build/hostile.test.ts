/**
 * Hostile content: a plan whose texts hold `<script>`, `"><img onerror>`, `{ }`,
 * `javascript:` links and spreadsheet formulas (tests/fixtures/hostile/) is built beside the
 * real plans, and everything it says is shown as text wherever the site shows it: the plan page,
 * the province and agency pages, the comparison, the timelines (the marks' <title>), the search
 * page's filters, /data/tasks.json, and every CSV, where a cell a spreadsheet would run as a
 * formula starts with "'". No page of the build holds an element, an event handler or a link
 * that came from the content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';
import { parseCsv } from '../helpers/parse-csv.ts';
import {
  BUILD_TIMEOUT,
  buildHostileSite,
  HOSTILE_DIR,
  HOSTILE_SLUG,
  MARKER,
  PAYLOADS,
  type HostileSite,
} from '../helpers/hostile-site.ts';
import { timelineTitle } from '../../src/lib/timeline.ts';
import { provinceSlug } from '../../src/lib/paths.ts';
import type { CheerioAPI } from 'cheerio';
import { listFiles, loadPage, parseHtml, textOf } from './dist.ts';

const plan = parsePlan(readPlanFiles(HOSTILE_DIR).find((file) => file.slug === HOSTILE_SLUG)!);
const [task1, task2] = plan.tasks as [(typeof plan.tasks)[number], (typeof plan.tasks)[number]];
const scope = task1.lead[0]!.scope!;
/** The province's page slug: its name starts with "=1+2 Thử" and carries markup. */
const HOSTILE_PROVINCE_SLUG = provinceSlug(plan.plan.province);

/** Texts of the body (MDX, written escaped in the file) as the reader must see them. */
const BODY = {
  opening: `Kế hoạch thử xsstest <script>alert('xsstest-body')</script> "><img src=x onerror=alert('xsstest-body')> {xsstest} javascript:alert('xsstest-body')`,
  heading: `I. MỤC ĐÍCH <script>alert('xsstest-heading')</script>`,
  braces: 'Mục đích { }',
  link: `liên kết xsstest (javascript:alert('xsstest-link'))`,
  mixedCaseLink: `liên kết hoa (JaVaScRiPt:alert('xsstest-link2'))`,
  closing: `Đoạn cuối xsstest <script>alert('xsstest-end')</script> "><img src=x onerror=alert('xsstest-end')> { } javascript:alert('xsstest-end')`,
};

/** Where a spreadsheet would start a formula (src/lib/csv.ts). */
const FORMULA_START = /^[=+\-@\t\r]/;

let site: HostileSite;
const read = (path: string) => readFileSync(join(site.dir, path), 'utf8');
const load = (file: string) => loadPage(site.dir, file);
const page = (path: string) => load(join(path, 'index.html'));
const mainText = (path: string) => textOf(page(path)('main').first());

beforeAll(() => {
  site = buildHostileSite();
}, BUILD_TIMEOUT);

afterAll(() => site?.cleanup());

/**
 * Anything of a page that the content could have turned into markup: event-handler attributes,
 * `javascript:` (or other code-running) addresses, script elements carrying the payloads, and the
 * elements the payloads would create (<img src=x>, the <b> of the plan's place).
 */
function injected($: CheerioAPI): string[] {
  const found: string[] = [];
  for (const el of $.root().find('*')) {
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) found.push(`<${el.tagName} ${name}="${value}">`);
      if (
        /^(href|src|action|formaction|xlink:href|poster|data)$/i.test(name) &&
        /^[\u0000-\u0020]*(javascript|vbscript|data):/i.test(value.replace(/[\t\n\r]/g, ''))
      ) {
        found.push(`<${el.tagName} ${name}="${value}">`);
      }
    }
  }
  for (const el of $('script')) {
    const code = textOf($(el));
    if (code.includes(MARKER)) found.push(`<script>${code.slice(0, 80)}`);
  }
  for (const _img of $('img[src="x"]')) found.push('<img src=x>');
  for (const el of $('b')) if (textOf($(el)) === 'đậm') found.push('<b>đậm</b>');
  return found;
}

describe('a plan with hostile texts', () => {
  it('builds, with its pages, data and CSV files', () => {
    const files = listFiles(site.dir);
    for (const path of [
      `ke-hoach/${HOSTILE_SLUG}/index.html`,
      `tinh/${HOSTILE_PROVINCE_SLUG}/index.html`,
      'co-quan/so-khoa-hoc-va-cong-nghe/index.html',
      'so-sanh/index.html',
      'dong-thoi-gian/index.html',
      `dong-thoi-gian/tinh/${HOSTILE_PROVINCE_SLUG}/index.html`,
      'tim-kiem/index.html',
      'data/tasks.json',
      'data/tasks.csv',
      `data/${HOSTILE_SLUG}.json`,
      'pagefind/pagefind.js',
    ]) {
      expect(files, path).toContain(path);
    }
  });

  it('leaves no element, event handler or code-running link of its own on any page', () => {
    const pages = listFiles(site.dir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const found = pages.flatMap((file) => injected(load(file)).map((what) => `${file}: ${what}`));
    expect(found).toEqual([]);
  });

  it('shows every text of the plan page literally: frontmatter, full text, sources and corrections', () => {
    const html = read(`ke-hoach/${HOSTILE_SLUG}/index.html`);
    // The markup is in the HTML as escaped text.
    expect(html).toContain('&lt;script&gt;alert(');
    expect(html).toContain('&lt;img src=x onerror=alert(');
    const $ = parseHtml(html);
    const main = textOf($('main').first());
    const expected = [
      plan.plan.title,
      plan.plan.province,
      plan.plan.issuer,
      plan.plan.number!,
      plan.plan.place!,
      plan.plan.signer.name!,
      plan.plan.legalBases[0]!.title,
      plan.plan.legalBases[0]!.issuer,
      plan.plan.sources[0]!.title,
      plan.plan.sources[0]!.supports[1]!,
      ...plan.goals.map((goal) => goal.text),
      plan.targets[0]!.subject,
      task1.section.title,
      task1.title,
      task1.description!,
      task1.timing.raw!,
      scope,
      task2.title,
      plan.plan.corrections[0]!.before,
      plan.plan.corrections[0]!.after,
      plan.plan.corrections[0]!.note!,
      ...Object.values(BODY),
    ];
    for (const wording of expected) expect(main, wording).toContain(wording.replace(/\s+/g, ' '));
    // The page's <title> names the plan by its number and province, as text.
    expect(textOf($('title').first())).toContain(`${plan.plan.number}: ${plan.plan.province}`);
  });

  it('keeps the payloads literal in the citation page, BibTeX braces escaped', () => {
    const file = listFiles(site.dir).find(
      (path) =>
        path.startsWith(`ke-hoach/${HOSTILE_SLUG}/`) &&
        path !== `ke-hoach/${HOSTILE_SLUG}/index.html` &&
        read(path).includes(`@misc{${HOSTILE_SLUG},`),
    );
    expect(file, 'a page of the plan with its BibTeX').toBeDefined();
    const $ = load(file!);
    const bibtex = $('pre')
      .toArray()
      .map((pre) => textOf($(pre)))
      .find((t) => t.startsWith(`@misc{${HOSTILE_SLUG},`));
    expect(bibtex).toBeDefined();
    expect(textOf($('main').first())).toContain(plan.plan.title);
    expect(bibtex).toContain(`<script>alert('xsstest-title')</script>`);
    expect(bibtex).toContain('\\{xsstest\\}');
  });

  it('shows the province, plan and task texts literally on the province and agency pages', () => {
    const province = mainText(`tinh/${HOSTILE_PROVINCE_SLUG}`);
    expect(province).toContain(plan.plan.province);
    expect(province).toContain(plan.plan.title);
    const agency = mainText('co-quan/so-khoa-hoc-va-cong-nghe');
    expect(agency).toContain(task1.title);
    expect(agency).toContain(plan.plan.province);
  });

  it('shows the plan in the comparison as text: column header, its CSV name and the task lines', () => {
    const $ = page('so-sanh');
    const label = `${plan.plan.province} · Kế hoạch năm 2023`;
    const heads = $(`th[data-plan="${HOSTILE_SLUG}"]`);
    expect(heads.length).toBeGreaterThan(0);
    for (const th of heads) expect(th.attribs['data-csv']).toBe(label);
    for (const thead of $('thead')) expect(textOf($(thead))).toContain(plan.plan.province);
    const themes = $('table[data-matrix="chu-de"]').first();
    const cells = themes
      .find(`td[data-plan="${HOSTILE_SLUG}"]`)
      .toArray()
      .map((td) => textOf($(td)))
      .join(' ');
    expect(cells).toContain(`Nhiệm vụ xsstest <script>alert('xsstest-task')</script>`);
    expect(cells).toContain(`=HYPERLINK("javascript:alert('xsstest-formula')","bấm") xsstest`);
    expect(textOf($('table[data-matrix="chi-tieu"]').first())).toContain(plan.targets[0]!.subject);
  });

  it('names the timeline marks in text: <title> with the task, its time and its lead', () => {
    for (const path of ['dong-thoi-gian', `dong-thoi-gian/tinh/${HOSTILE_PROVINCE_SLUG}`, `ke-hoach/${HOSTILE_SLUG}`]) {
      const $ = page(path);
      const titles = $('title')
        .toArray()
        .map((title) => textOf($(title)));
      // The plan page names its marks with a short title: the task follows in full.
      const brief = path.startsWith('ke-hoach/');
      const mark = titles.find((t) => t.startsWith(`Nhiệm vụ 1: ${timelineTitle(task1, brief)}`));
      expect(mark, path).toBeDefined();
      if (!brief) expect(mark, path).toContain(task1.title);
      expect(
        titles.some((t) => t.startsWith(`Nhiệm vụ 2: ${timelineTitle(task2, brief)}`)),
        path,
      ).toBe(true);
      // The province filter of the timeline names the province as text.
      if (path === 'dong-thoi-gian') expect(textOf($('main').first())).toContain(plan.plan.province);
    }
  });

  it('offers the province as a search filter, as text', () => {
    expect(mainText('tim-kiem')).toContain(plan.plan.province);
  });

  it('publishes the texts verbatim in /data/tasks.json (JSON, not HTML)', () => {
    const tasks = JSON.parse(read('data/tasks.json')) as {
      id: string;
      title: string;
      description?: string;
      province: string;
      timing: { raw: string };
      lead: { scope?: string }[];
    }[];
    const one = tasks.find((task) => task.id === `${HOSTILE_SLUG}/1`)!;
    expect(one.title).toBe(task1.title);
    expect(one.description).toBe(task1.description);
    expect(one.province).toBe(plan.plan.province);
    expect(one.timing.raw).toBe(task1.timing.raw);
    expect(one.lead[0]!.scope).toBe(scope);
    expect(tasks.find((task) => task.id === `${HOSTILE_SLUG}/2`)!.title).toBe(task2.title);
    for (const payload of Object.values(PAYLOADS)) expect(one.title).toContain(payload);
  });
});

describe('CSV files with hostile texts', () => {
  const csvFiles = () => listFiles(site.dir).filter((file) => file.endsWith('.csv'));

  it('have no cell a spreadsheet would run as a formula, in any CSV of the build', () => {
    const files = csvFiles();
    expect(files).toContain('data/tasks.csv');
    expect(files.filter((file) => file.startsWith('so-sanh/')).length).toBeGreaterThanOrEqual(5);
    const formulas = files.flatMap((file) =>
      parseCsv(read(file)).flatMap((row, r) =>
        row.filter((cell) => FORMULA_START.test(cell)).map((cell) => `${file} row ${r + 1}: ${cell.slice(0, 40)}`),
      ),
    );
    expect(formulas).toEqual([]);
  });

  it('write a cell that starts like a formula quoted, with a "\'" in front, and the markup as it is', () => {
    const raw = read('data/tasks.csv');
    const [header, ...rows] = parseCsv(raw);
    const column = (name: string) => header!.indexOf(name);
    const row1 = rows.find((row) => row[0] === `${HOSTILE_SLUG}/1`)!;
    const row2 = rows.find((row) => row[0] === `${HOSTILE_SLUG}/2`)!;
    expect(row1[column('title')]).toBe(task1.title);
    expect(row1[column('description')]).toBe(`'${task1.description}`);
    expect(row1[column('audience')]).toBe(`'${task1.audience}`);
    expect(row1[column('province')]).toBe(`'${plan.plan.province}`);
    expect(row1[column('timing.raw')]).toBe(task1.timing.raw);
    expect(row2[column('title')]).toBe(`'${task2.title}`);
    expect(row2[column('description')]).toBe(`'${task2.description}`);
    // As written in the file: the quote prefix inside double quotes, inner quotes doubled.
    expect(raw).toContain(`,"'=HYPERLINK(""javascript:alert('xsstest-formula')"",""bấm"") xsstest",`);
    expect(raw).toContain(`,"'+1+2 xsstest",`);
    expect(raw).toContain(`"'-Mô tả xsstest <script>`);
  });

  it('are documented on /du-lieu/: the leading quote and the characters it guards against', () => {
    const text = mainText('du-lieu');
    expect(text).toMatch(/dấu nháy đơn ' ở đầu/);
    expect(text).toContain('bắt đầu bằng =, +, -, @');
  });

  it('write the comparison tables with the province column header made safe', () => {
    const label = `${plan.plan.province} · Kế hoạch năm 2023`;
    const headers = csvFiles()
      .filter((f) => f.startsWith('so-sanh/'))
      .map((file) => ({ file, header: parseCsv(read(file))[0]! }));
    expect(headers.filter(({ header }) => header.includes(`'${label}`)).length).toBeGreaterThanOrEqual(5);
    for (const { file, header } of headers) expect(header, file).not.toContain(label);
  });
});
