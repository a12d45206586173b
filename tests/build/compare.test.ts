/**
 * /so-sanh/ as built: every task of the content sits in the theme table under each of its themes,
 * counts equal the tasks listed, every pre-rendered selection has exactly its columns, the picker
 * links lead to real pages, pinned copies exist for the no-JavaScript pin, and each table's CSV
 * file (UTF-8 with BOM) holds exactly the table shown. Reads DIST_DIR (default dist/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';
import { parseCsv } from '../helpers/parse-csv.ts';
import { formulaSafe } from '../../src/lib/csv.ts';
import type { CheerioAPI } from 'cheerio';
import { ROOT, loadPage, textOf, type Elements } from './dist.ts';
import { taskAnchor } from '../../src/lib/task-ref.ts';
import { THEMES } from '../../src/lib/themes.ts';
import { TABLE_IDS } from '../../src/lib/selection.ts';

const DIR = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const BASE = process.env.DIST_BASE ?? '/';
const plans = readPlanFiles()
  .map((file) => ({ slug: file.slug, plan: parsePlan(file) }))
  .sort((a, b) => a.plan.plan.province.localeCompare(b.plan.plan.province, 'vi'));
const slugs = plans.map((p) => p.slug);
const taskHref = (slug: string, ref: string) => `${BASE}ke-hoach/${slug}/#${taskAnchor(ref)}`;

const page = (path: string) => {
  const file = join(path.replace(/^\//, ''), 'index.html');
  expect(existsSync(join(DIR, file)), `${path} is not built in ${DIR}`).toBe(true);
  return loadPage(DIR, file);
};
const table = ($: CheerioAPI, id: string) => $(`table[data-matrix="${id}"]`).first();
const bodyRows = (tbl: Elements) => tbl.find('.matrix-body tr');
const columnsOf = (tbl: Elements) =>
  tbl
    .find('thead th[data-plan]')
    .map((_, th) => th.attribs['data-plan']!)
    .get();
const hrefsIn = (cells: Elements) =>
  cells
    .find('a')
    .map((_, a) => a.attribs.href)
    .get();

/** The lines of a cell as the page shows them (the island's rule): count or value, then each listed item. */
function cellText($: CheerioAPI, cell: Elements): string {
  if (cell.is('th')) return cell.attr('data-csv')!;
  const head = cell.find('.cell-count, .cell-value, .cell-empty').first();
  const items = cell
    .find('li')
    .toArray()
    .map((li) => textOf($(li)));
  return [...(head.length ? [textOf(head)] : []), ...items].join('\n');
}

/** The table as rows of text, header first, exactly as shown without JavaScript. */
function shownRows($: CheerioAPI, tbl: Elements): string[][] {
  const texts = (cells: Elements) => cells.toArray().map((cell) => cellText($, $(cell)));
  const head = [cellText($, tbl.find('.matrix-corner').first()), ...texts(tbl.find('thead th[data-plan]'))];
  return [
    head,
    ...bodyRows(tbl)
      .toArray()
      .map((tr) => texts($(tr).children())),
  ];
}

/** Every non-empty combination of the plans, in reading order. */
const subsets = (all: string[]) =>
  Array.from({ length: (1 << all.length) - 1 }, (_, i) => all.filter((_, j) => (i + 1) & (1 << j)));
const pathOf = (selection: string[]) =>
  selection.length === slugs.length ? '/so-sanh/' : `/so-sanh/${selection.join('+')}/`;

describe('/so-sanh/: the theme table', () => {
  const $ = page('/so-sanh/');
  const themes = table($, 'chu-de');

  it('has one column per plan, in reading order, with its task count', () => {
    expect(columnsOf(themes)).toEqual(slugs);
    for (const { slug, plan } of plans) {
      expect(textOf(themes.find(`th[data-plan="${slug}"]`).first())).toContain(`${plan.tasks.length} nhiệm vụ`);
    }
  });

  it('has one row per theme', () => {
    expect(
      bodyRows(themes)
        .toArray()
        .map((row) => row.attribs['data-row']),
    ).toEqual(THEMES.map((theme) => theme.id));
  });

  it('shows in each cell the number of tasks it lists', () => {
    for (const row of bodyRows(themes)) {
      for (const cell of $(row).find('td')) {
        expect(
          textOf($(cell).find('.cell-count').first()),
          `${row.attribs['data-row']} ${cell.attribs['data-plan']}`,
        ).toBe(String($(cell).find('li').length));
      }
    }
  });

  it.each(plans)('places every task of $slug under each of its themes, linked to its anchor', ({ slug, plan }) => {
    for (const task of plan.tasks) {
      const rows = bodyRows(themes)
        .toArray()
        .filter((row) => hrefsIn($(row).find(`td[data-plan="${slug}"]`).first()).includes(taskHref(slug, task.ref)))
        .map((row) => row.attribs['data-row']);
      expect(rows.length, `${slug} ${task.ref} is in no cell`).toBeGreaterThan(0);
      expect(rows, `${slug} ${task.ref}`).toEqual(THEMES.map((t) => t.id).filter((id) => task.themes.includes(id)));
    }
  });

  it('offers a pinned copy of every row for readers without JavaScript', () => {
    for (const row of bodyRows(themes)) {
      const id = row.attribs['data-row']!;
      expect($(row).find('.pin-link').first().attr('href')).toBe(`#ghim-${id}`);
      const copy = themes.find('.matrix-pin-copies').first().find(`[id="ghim-${id}"]`).first();
      expect(copy.length, id).toBe(1);
      const cells = (tr: Elements) =>
        tr
          .find('td')
          .toArray()
          .map((td) => cellText($, $(td)));
      expect(cells(copy)).toEqual(cells($(row)));
    }
  });
});

describe('/so-sanh/: the other tables', () => {
  const $ = page('/so-sanh/');

  it('puts every task in at least one target group row', () => {
    const groups = table($, 'doi-tuong');
    for (const { slug, plan } of plans) {
      const hrefs = new Set(hrefsIn(groups.find(`td[data-plan="${slug}"]`)));
      for (const task of plan.tasks) expect(hrefs.has(taskHref(slug, task.ref)), `${slug} ${task.ref}`).toBe(true);
    }
  });

  it('counts the tasks each agency type leads, and no agency leads nothing', () => {
    const leads = table($, 'co-quan-chu-tri');
    for (const row of bodyRows(leads)) {
      const agency = row.attribs['data-row'];
      const counts = $(row)
        .find('td')
        .map((_, td) => Number(td.attribs['data-count']))
        .get();
      expect(
        counts.some((count) => count > 0),
        agency,
      ).toBe(true);
      for (const { slug, plan } of plans) {
        const expected = plan.tasks.filter((task) => task.lead.some((m) => m.agency === agency)).length;
        expect(Number($(row).find(`td[data-plan="${slug}"]`).first().attr('data-count')), `${agency} ${slug}`).toBe(
          expected,
        );
      }
    }
  });

  it('gives the Sở KH&CN share of every plan', () => {
    const share = bodyRows(table($, 'so-khcn')).filter('[data-row="ty-le"]').first();
    for (const { slug, plan } of plans) {
      const led = plan.tasks.filter((task) => task.lead.some((m) => m.agency === 'so-khoa-hoc-va-cong-nghe')).length;
      expect(textOf(share.find(`td[data-plan="${slug}"]`).first())).toBe(
        `${led}/${plan.tasks.length} (${Math.round((100 * led) / plan.tasks.length)} %)`,
      );
    }
  });

  it('sets the quantified targets side by side', () => {
    const targets = table($, 'chi-tieu');
    for (const { slug, plan } of plans) {
      const listed = bodyRows(targets)
        .not('[data-row="so-luong-nhiem-vu"]')
        .toArray()
        .flatMap((row) => $(row).find(`td[data-plan="${slug}"]`).first().find('li').toArray())
        .filter((li) => !$(li).text().includes('cộng từ các nhiệm vụ'));
      expect(listed, slug).toHaveLength(plan.targets.length);
    }
  });

  it('has sticky-ready tables: a caption, a header row, row headers and a focusable scroll box', () => {
    for (const el of $('table[data-matrix]')) {
      const tbl = $(el);
      expect(textOf(tbl.find('caption').first()).length).toBeGreaterThan(20);
      expect(tbl.find('.matrix-body th[scope="row"]').length).toBe(bodyRows(tbl).length);
      expect(tbl.find('thead tr')).toHaveLength(2);
      expect(tbl.parents('.matrix-scroll').first().attr('tabindex')).toBe('0');
    }
  });
});

describe('pre-rendered selections', () => {
  const selections = subsets(slugs);

  it(`exist for every one of the ${selections.length} combinations of plans`, () => {
    for (const selection of selections) {
      const $ = page(pathOf(selection));
      for (const el of $('table[data-matrix]')) {
        expect(columnsOf($(el)), pathOf(selection)).toEqual(selection);
        for (const row of bodyRows($(el)))
          expect(
            $(row)
              .find('td')
              .toArray()
              .map((td) => td.attribs['data-plan']),
          ).toEqual(selection);
      }
    }
  });

  it('link every plan toggle to the page of the toggled selection', () => {
    for (const selection of selections) {
      const $ = page(pathOf(selection));
      for (const slug of slugs) {
        const toggle = $(`[data-toggle-plan="${slug}"]`).first();
        const next = selection.includes(slug)
          ? selection.filter((s) => s !== slug)
          : slugs.filter((s) => s === slug || selection.includes(s));
        if (next.length === 0) expect(toggle.get(0)?.tagName, 'the only plan shown cannot be removed').toBe('span');
        else expect(toggle.attr('href'), `${pathOf(selection)} ± ${slug}`).toBe(BASE + pathOf(next).slice(1));
      }
    }
  });

  it('list only the agencies that lead a task in the plans shown', () => {
    for (const { slug, plan } of plans) {
      const rows = bodyRows(table(page(`/so-sanh/${slug}/`), 'co-quan-chu-tri'))
        .toArray()
        .map((row) => row.attribs['data-row'])
        .sort();
      expect(rows).toEqual([...new Set(plan.tasks.flatMap((task) => task.lead.map((m) => m.agency)))].sort());
    }
  });
});

describe('CSV of each table', () => {
  const pages = subsets(slugs).map(pathOf);

  it.each(pages)('%s: each "Tải bảng (CSV)" file holds exactly the table shown, UTF-8 with BOM', (path) => {
    const $ = page(path);
    const tables = $('table[data-matrix]');
    expect(tables).toHaveLength(TABLE_IDS.length);
    for (const el of tables) {
      const id = el.attribs['data-matrix']!;
      const link = $(`[data-csv-for="${id}"]`).first();
      expect(textOf(link)).toBe('Tải bảng (CSV)');
      expect(link.attr('href')).toBe(`${BASE}${path.slice(1)}${id}.csv`);
      const bytes = readFileSync(join(DIR, path.slice(1), `${id}.csv`));
      expect([...bytes.subarray(0, 3)], `${path}${id}.csv starts with the BOM`).toEqual([0xef, 0xbb, 0xbf]);
      // A cell a spreadsheet would run as a formula is written with a leading ' (src/lib/csv.ts).
      expect(parseCsv(bytes.toString('utf8')), `${path}${id}.csv`).toEqual(
        shownRows($, $(el)).map((row) => row.map(formulaSafe)),
      );
    }
  });
});
