/**
 * The open data as published in a build: every JSON file of /data/ validates against the JSON
 * Schema published beside it (src/lib/data-check.ts, the check the build runs too); tasks.csv
 * reads back (BOM, RFC 4180) into the same tasks with the same fields as tasks.json; /du-lieu/ gives each file's real size; plans and tasks carry their
 * citation ("không số" for a plan without a number), on the plan page and, with the BibTeX and the
 * citation of every task, on the plan's citation page; every legal basis has its /van-ban/ page,
 * linked from the plan; each plan page links its raw source files, identical to sources/.
 * DATA_DIST=<folder> (and DATA_BASE=<base path>, default "/", DATA_SITE=<its address>, default
 * the canonical one) tests that one build instead of dist/ and dist-base/. Only the golden tests at
 * the end name real plans.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { BUILDS, ROOT, collapse, listFiles, loadPage, readerText, textOf, type Build } from './dist.ts';
import { parseCsv } from '../helpers/parse-csv.ts';
import { formulaSafe } from '../../src/lib/csv.ts';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';
import { documentSlug, legalBasisLabel } from '../../src/lib/legal.ts';
import { administrativeContext } from '../../src/lib/admin-context.ts';
import { checkData } from '../../src/lib/data-check.ts';
import { CANONICAL_SITE } from '../../src/lib/site.ts';

const builds: Build[] = process.env.DATA_DIST
  ? [
      {
        name: process.env.DATA_DIST,
        dir: resolve(ROOT, process.env.DATA_DIST),
        base: process.env.DATA_BASE ?? '/',
        site: process.env.DATA_SITE ?? CANONICAL_SITE,
      },
    ]
  : BUILDS;
const plans = readPlanFiles().map((file) => ({ id: file.slug, data: parsePlan(file) }));

const readJson = (build: Build, path: string) => JSON.parse(readFileSync(join(build.dir, path), 'utf8'));
const page = (build: Build, path: string) => loadPage(build.dir, join(path, 'index.html'));
const links = ($: CheerioAPI) =>
  $('a')
    .map((_, a) => a.attribs.href ?? '')
    .get();

/**
 * The cell tasks.csv should hold for a column, computed from tasks.json independently of the
 * site's code: walk the path, a list's items joined with "; ", null as empty, an all-empty list empty.
 */
function expectedCell(record: unknown, column: string): string {
  let values: unknown[] = [record];
  let list = false;
  for (const key of column.split('.')) {
    values = values.flatMap((v) => {
      const next = v == null ? undefined : (v as Record<string, unknown>)[key];
      if (Array.isArray(next)) list = true;
      return Array.isArray(next) ? next : [next];
    });
  }
  const cells = values.map((v) => (v == null ? '' : typeof v === 'string' ? v : String(v)));
  // A cell a spreadsheet would run as a formula is written with a leading ' (src/lib/csv.ts).
  if (!list) return formulaSafe(cells[0]!);
  return cells.every((c) => c === '') ? '' : formulaSafe(cells.join('; '));
}

/** Leaf paths of a JSON object, as "a.b" (arrays walked into): the columns a CSV of it must have. */
function leafColumns(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length ? leafColumns(value[0], prefix) : [];
  if (value === null || value === undefined) return [];
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafColumns(v, `${prefix}${k}.`));
  return [prefix.slice(0, -1)];
}

describe.each(builds)('open data in $name', (build) => {
  const dataFiles = listFiles(join(build.dir, 'data')).map((f) => `data/${f}`);

  it('publishes the downloads and their JSON Schemas', () => {
    for (const file of [
      'tasks.json',
      'tasks.csv',
      'plans.json',
      'agencies.json',
      'activity-types.json',
      'documents.json',
      'catalogue.json',
      'catalogue.csv',
      'provinces.json',
      ...plans.map((p) => `${p.id}.json`),
    ]) {
      expect(dataFiles, file).toContain(`data/${file}`);
    }
    for (const name of ['tasks', 'plans', 'plan', 'agencies', 'activity-types', 'documents', 'catalogue', 'provinces'])
      expect(dataFiles).toContain(`data/${name}.schema.json`);
  });

  it('validates every published JSON file against its published JSON Schema (the check the build runs)', () => {
    const { files, problems } = checkData(build.dir);
    expect(files).toBeGreaterThanOrEqual(4 + plans.length);
    expect(problems).toEqual([]);
  });

  it('explains every field in the JSON Schemas (Vietnamese descriptions)', () => {
    const schema = readJson(build, 'data/tasks.schema.json');
    for (const [field, property] of Object.entries(
      schema.items.properties as Record<string, { description?: string }>,
    )) {
      expect(property.description, field).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]/);
    }
  });

  it('publishes tasks.csv with a BOM, one row per task, the same ids and fields as tasks.json', () => {
    const bytes = readFileSync(join(build.dir, 'data/tasks.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(
      text
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .slice(0, -1)
        .every((line) => line.endsWith('\r')),
    ).toBe(true);
    const tasks = readJson(build, 'data/tasks.json') as Record<string, unknown>[];
    const [header, ...rows] = parseCsv(text);
    expect(rows.map((row) => row[0])).toEqual(tasks.map((task) => task.id));
    // Every leaf field of any task is a column (a column for a field absent from one task is checked on the others).
    const columns = new Set(tasks.flatMap((task) => leafColumns(task)));
    for (const column of columns) expect(header, column).toContain(column);
    for (const [index, row] of rows.entries()) {
      expect(row.length, `row ${index + 1}`).toBe(header!.length);
      for (const [c, column] of header!.entries()) {
        expect(row[c], `${tasks[index]!.id} ${column}`).toBe(expectedCell(tasks[index], column));
      }
    }
  });

  it('lists on /du-lieu/ each download with its real size in bytes', () => {
    // Each size cell follows the link to its file in the same table row.
    const sizes = new Map<string, number>();
    let file = '';
    const $ = page(build, 'du-lieu');
    for (const el of $('a[href], [data-bytes]')) {
      const { href, 'data-bytes': bytes } = el.attribs;
      if (el.tagName === 'a' && href?.startsWith(`${build.base}data/`)) file = href.slice(build.base.length);
      if (bytes && !sizes.has(file)) sizes.set(file, Number(bytes));
    }
    expect([...sizes.keys()].sort()).toEqual([...dataFiles].sort());
    for (const [path, size] of sizes) expect(size, path).toBe(statSync(join(build.dir, path)).size);
  });

  it('cites a plan without a number as "không số", the same on the page and in plans.json', () => {
    const records = readJson(build, 'data/plans.json') as {
      id: string;
      number: string | null;
      citation: { text: string; bibtex: string };
    }[];
    const unnumbered = records.filter((r) => r.number === null);
    expect(unnumbered.map((r) => r.id).sort()).toEqual(
      plans
        .filter((p) => p.data.plan.number === null)
        .map((p) => p.id)
        .sort(),
    );
    for (const record of unnumbered) {
      const $plan = page(build, `ke-hoach/${record.id}`);
      const block = readerText($plan, '#trich-dan');
      expect(block).toContain('Kế hoạch không số');
      expect(block).toContain(collapse(record.citation.text));
      expect(links($plan), 'the plan page links its citation page').toContain(
        `${build.base}ke-hoach/${record.id}/trich-dan/`,
      );
      const $cite = page(build, `ke-hoach/${record.id}/trich-dan`);
      expect(textOf($cite('#trich-dan-trich-dan'))).toBe(collapse(record.citation.text));
      expect(textOf($cite('#trich-dan-bibtex'))).toBe(collapse(record.citation.bibtex));
      expect(textOf($cite('#trich-dan-bibtex'))).toContain('number = {không số}');
      expect(record.citation.bibtex).toMatch(/number\s+= \{không số\}/);
      expect(record.citation.text).toContain(`${build.base}ke-hoach/${record.id}/`);
    }
  });

  it('names every page in the data and the citations by its full address, host included', () => {
    const tasks = readJson(build, 'data/tasks.json') as { url: string; permalink: string }[];
    for (const task of tasks) expect(task.permalink).toBe(`${build.site}${task.url}`);
    const csv = readFileSync(join(build.dir, 'data/tasks.csv'), 'utf8');
    for (const task of tasks) expect(csv, task.permalink).toContain(`,${task.permalink}`);
    const records = readJson(build, 'data/plans.json') as { url: string; citation: { text: string; bibtex: string } }[];
    for (const record of records) {
      expect(record.citation.text.endsWith(`Kế hoạch mở, ${build.site}${record.url}`)).toBe(true);
      expect(record.citation.bibtex).toContain(`url     = {${build.site}${record.url}},`);
      expect(record.citation.bibtex).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\},/);
    }
  });

  it('gives every task a citation and its permalink on the citation page, linked from the task card', () => {
    const tasks = readJson(build, 'data/tasks.json') as {
      id: string;
      ref: string;
      plan: string;
      url: string;
      permalink: string;
    }[];
    for (const plan of plans) {
      const citePath = `ke-hoach/${plan.id}/trich-dan`;
      const planLinks = new Set(links(page(build, `ke-hoach/${plan.id}`)));
      const $ = page(build, citePath);
      const hrefs = new Set(links($));
      const ids = new Set(
        $('[id]')
          .map((_, el) => el.attribs.id)
          .get(),
      );
      const textById = (id: string) => textOf($(`[id="${id}"]`));
      for (const task of tasks.filter((t) => t.plan === plan.id)) {
        const anchor = task.url.split('#')[1]!;
        expect(planLinks.has(`${build.base}${citePath}/#${anchor}`), `${task.id}: the card links its citation`).toBe(
          true,
        );
        expect(ids.has(anchor), `${task.id}: #${anchor} on the citation page`).toBe(true);
        const citation = textById(`${anchor}-trich-dan`);
        expect(citation, task.id).toContain(`Nhiệm vụ ${task.ref} “`);
        expect(citation, task.id).toContain(
          plan.data.plan.number ? `Kế hoạch số ${plan.data.plan.number}` : 'Kế hoạch không số',
        );
        expect(citation.endsWith(task.permalink), task.id).toBe(true);
        expect(hrefs.has(task.url), task.id).toBe(true);
        expect(textById(`${anchor}-bibtex`), task.id).toMatch(/^@misc\{/);
        expect(textById(`${anchor}-bibtex`), task.id).toContain(`{${task.permalink}},`);
      }
    }
  });

  it('has a /van-ban/ page for every legal basis of every plan, linked from the plan and listing it', () => {
    for (const { id, data } of plans) {
      const planLinks = new Set(links(page(build, `ke-hoach/${id}`)));
      for (const basis of data.plan.legalBases) {
        const slug = documentSlug(basis, data.plan.province);
        const path = `van-ban/${slug}`;
        expect(existsSync(join(build.dir, path, 'index.html')), `${id}: ${legalBasisLabel(basis)}`).toBe(true);
        expect(planLinks.has(`${build.base}${path}/`), `${id} → ${path}`).toBe(true);
        const docPage = page(build, path);
        expect(links(docPage), path).toContain(`${build.base}ke-hoach/${id}/#van-ban-lien-quan`);
        expect(readerText(docPage)).toContain(basis.title);
      }
    }
    const index = links(page(build, 'van-ban'));
    const documents = readJson(build, 'data/documents.json') as { url: string }[];
    for (const doc of documents) expect(index).toContain(doc.url);
  });

  it('links each plan page to its raw source files, identical to sources/', () => {
    for (const { id, data } of plans) {
      const hrefs = links(page(build, `ke-hoach/${id}`)).filter((href) => href.includes('/nguon/'));
      for (const source of data.plan.sources) {
        const name = source.file.replace(/^sources\//, '');
        const href = `${build.base}nguon/${name}`;
        expect(hrefs, `${id} → ${name}`).toContain(href);
        const published = readFileSync(join(build.dir, href.slice(build.base.length)));
        expect(published.equals(readFileSync(join(ROOT, source.file))), name).toBe(true);
      }
    }
  });

  it('shows the administrative context beside each plan it concerns, without rewriting its province', () => {
    const records = readJson(build, 'data/plans.json') as {
      id: string;
      province: string;
      administrativeContext: { province: string; summary: string } | null;
    }[];
    for (const { id, data } of plans) {
      const context = administrativeContext(data.plan.province);
      const record = records.find((r) => r.id === id)!;
      expect(record.province, id).toBe(data.plan.province);
      expect(record.administrativeContext?.province ?? null, id).toBe(context?.province ?? null);
      const text = readerText(page(build, `ke-hoach/${id}`));
      // A folded section on the plan page: its title, a hint, then the context itself.
      expect(text, id).toContain('Bối cảnh hành chính');
      if (context) expect(text, id).toContain(context.summary);
    }
  });
});

/**
 * Golden: what the real plans of sources/ show, named on purpose (every test above derives its
 * expectations from the content, so that a new plan breaks none of them).
 */
describe.each(builds)('golden, the real corpus: open data in $name', (build) => {
  it('cites the Quảng Ngãi 2024 plan, which has no number, as "không số"', () => {
    const records = readJson(build, 'data/plans.json') as { id: string; number: string | null }[];
    expect(records.filter((r) => r.number === null).map((r) => r.id)).toContain('quang-ngai-2024');
  });

  it('shows the administrative context beside the Kon Tum plan without rewriting its province', () => {
    const konTum = readerText(page(build, 'ke-hoach/kon-tum-2019-2025'));
    expect(konTum).toContain('Bối cảnh hành chính');
    expect(konTum).toContain('địa bàn tỉnh Kon Tum lúc ban hành kế hoạch nay thuộc tỉnh Quảng Ngãi');
    expect(konTum).toContain('Ủy ban nhân dân tỉnh Kon Tum');
    const province = page(build, 'tinh/quang-ngai');
    expect(readerText(province)).toContain('Nghị quyết 202/2025/QH15');
    expect(links(province)).toContain(`${build.base}tinh/kon-tum/`);
    const record = (
      readJson(build, 'data/plans.json') as {
        id: string;
        province: string;
        administrativeContext: { province: string };
      }[]
    ).find((r) => r.id === 'kon-tum-2019-2025')!;
    expect(record.province).toBe('Kon Tum');
    expect(record.administrativeContext.province).toBe('Quảng Ngãi');
  });

  it('shows the plan hierarchy: the Tây Ninh 2022 plan under the plan it implements, 2721/KH-UBND', () => {
    const $ = page(build, 'ke-hoach/tay-ninh-2022');
    const hierarchy = readerText($, '#thu-bac-ke-hoach');
    expect(hierarchy).toBe('Thứ bậc kế hoạch');
    const text = readerText($);
    expect(text).toMatch(
      /Thứ bậc kế hoạch thực hiện Kế hoạch 2721\/KH-UBND ngày 03\/11\/2020 Kế hoạch 2721\/KH-UBND ngày 03\/11\/2020: .+ Kế hoạch năm 1694\/KH-UBND, Tây Ninh 2022 \(trang này\)/,
    );
  });
});
