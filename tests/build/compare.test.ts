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
import { ROOT } from './dist.ts';
import { and, byAttr, byClass, byTag, closest, elementsOf, findAll, findOne, text, tree, type Node } from './tree.ts';
import { taskAnchor } from '../../src/lib/task-ref.ts';
import { THEMES } from '../../src/lib/themes.ts';

const DIR = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const BASE = process.env.DIST_BASE ?? '/';
const plans = readPlanFiles()
  .map((file) => ({ slug: file.slug, plan: parsePlan(file) }))
  .sort((a, b) => a.plan.plan.province.localeCompare(b.plan.plan.province, 'vi'));
const slugs = plans.map((p) => p.slug);
const taskHref = (slug: string, ref: string) => `${BASE}ke-hoach/${slug}/#${taskAnchor(ref)}`;

const page = (path: string) => {
  const file = join(DIR, path.replace(/^\//, ''), 'index.html');
  expect(existsSync(file), `${path} is not built in ${DIR}`).toBe(true);
  return tree(readFileSync(file, 'utf8'));
};
const table = (doc: Node, id: string) => findOne(doc, and(byTag('table'), byAttr('data-matrix', id)))!;
const bodyRows = (tbl: Node) => findAll(findOne(tbl, byClass('matrix-body'))!, byTag('tr'));
const columnsOf = (tbl: Node) =>
  findAll(findOne(tbl, byTag('thead'))!, and(byTag('th'), byAttr('data-plan'))).map((th) => th.attrs['data-plan']!);

/** The lines of a cell as the page shows them (the island's rule): count or value, then each listed item. */
function cellText(cell: Node): string {
  if (cell.tag === 'th') return cell.attrs['data-csv']!;
  const head = findOne(cell, (n) => byClass('cell-count')(n) || byClass('cell-value')(n) || byClass('cell-empty')(n));
  return [...(head ? [text(head)] : []), ...findAll(cell, byTag('li')).map(text)].join('\n');
}

/** The table as rows of text, header first, exactly as shown without JavaScript. */
function shownRows(tbl: Node): string[][] {
  const head = [
    findOne(tbl, byClass('matrix-corner'))!,
    ...findAll(findOne(tbl, byTag('thead'))!, and(byTag('th'), byAttr('data-plan'))),
  ].map(cellText);
  return [head, ...bodyRows(tbl).map((row) => elementsOf(row).map(cellText))];
}

/** Every non-empty combination of the plans, in reading order. */
const subsets = (all: string[]) =>
  Array.from({ length: (1 << all.length) - 1 }, (_, i) => all.filter((_, j) => (i + 1) & (1 << j)));
const pathOf = (selection: string[]) =>
  selection.length === slugs.length ? '/so-sanh/' : `/so-sanh/${selection.join('+')}/`;

describe('/so-sanh/: the theme table', () => {
  const doc = page('/so-sanh/');
  const themes = table(doc, 'chu-de');

  it('has one column per plan, in reading order, with its task count', () => {
    expect(columnsOf(themes)).toEqual(slugs);
    for (const { slug, plan } of plans) {
      const th = findOne(themes, and(byTag('th'), byAttr('data-plan', slug)))!;
      expect(text(th)).toContain(`${plan.tasks.length} nhiệm vụ`);
    }
  });

  it('has one row per theme', () => {
    expect(bodyRows(themes).map((row) => row.attrs['data-row'])).toEqual(THEMES.map((theme) => theme.id));
  });

  it('shows in each cell the number of tasks it lists', () => {
    for (const row of bodyRows(themes)) {
      for (const cell of findAll(row, byTag('td'))) {
        expect(text(findOne(cell, byClass('cell-count'))!), `${row.attrs['data-row']} ${cell.attrs['data-plan']}`).toBe(
          String(findAll(cell, byTag('li')).length),
        );
      }
    }
  });

  it.each(plans)('places every task of $slug under each of its themes, linked to its anchor', ({ slug, plan }) => {
    for (const task of plan.tasks) {
      const rows = bodyRows(themes)
        .filter((row) =>
          findAll(findOne(row, and(byTag('td'), byAttr('data-plan', slug)))!, byTag('a')).some(
            (a) => a.attrs.href === taskHref(slug, task.ref),
          ),
        )
        .map((row) => row.attrs['data-row']);
      expect(rows.length, `${slug} ${task.ref} is in no cell`).toBeGreaterThan(0);
      expect(rows, `${slug} ${task.ref}`).toEqual(THEMES.map((t) => t.id).filter((id) => task.themes.includes(id)));
    }
  });

  it('offers a pinned copy of every row for readers without JavaScript', () => {
    for (const row of bodyRows(themes)) {
      const id = row.attrs['data-row']!;
      expect(findOne(row, byClass('pin-link'))!.attrs.href).toBe(`#ghim-${id}`);
      const copy = findOne(findOne(themes, byClass('matrix-pin-copies'))!, byAttr('id', `ghim-${id}`))!;
      expect(copy, id).toBeDefined();
      expect(findAll(copy, byTag('td')).map(cellText)).toEqual(findAll(row, byTag('td')).map(cellText));
    }
  });
});

describe('/so-sanh/: the other tables', () => {
  const doc = page('/so-sanh/');

  it('puts every task in at least one target group row', () => {
    const groups = table(doc, 'doi-tuong');
    for (const { slug, plan } of plans) {
      const hrefs = new Set(
        findAll(groups, and(byTag('td'), byAttr('data-plan', slug))).flatMap((td) =>
          findAll(td, byTag('a')).map((a) => a.attrs.href),
        ),
      );
      for (const task of plan.tasks) expect(hrefs.has(taskHref(slug, task.ref)), `${slug} ${task.ref}`).toBe(true);
    }
  });

  it('counts the tasks each agency type leads, and no agency leads nothing', () => {
    const leads = table(doc, 'co-quan-chu-tri');
    for (const row of bodyRows(leads)) {
      const counts = findAll(row, byTag('td')).map((td) => Number(td.attrs['data-count']));
      expect(
        counts.some((count) => count > 0),
        row.attrs['data-row'],
      ).toBe(true);
      for (const { slug, plan } of plans) {
        const expected = plan.tasks.filter((task) => task.lead.some((m) => m.agency === row.attrs['data-row'])).length;
        expect(
          Number(findOne(row, and(byTag('td'), byAttr('data-plan', slug)))!.attrs['data-count']),
          `${row.attrs['data-row']} ${slug}`,
        ).toBe(expected);
      }
    }
  });

  it('gives the Sở KH&CN share of every plan', () => {
    const science = table(doc, 'so-khcn');
    const share = bodyRows(science).find((row) => row.attrs['data-row'] === 'ty-le')!;
    for (const { slug, plan } of plans) {
      const led = plan.tasks.filter((task) => task.lead.some((m) => m.agency === 'so-khoa-hoc-va-cong-nghe')).length;
      expect(text(findOne(share, and(byTag('td'), byAttr('data-plan', slug)))!)).toBe(
        `${led}/${plan.tasks.length} (${Math.round((100 * led) / plan.tasks.length)} %)`,
      );
    }
  });

  it('sets the quantified targets side by side', () => {
    const targets = table(doc, 'chi-tieu');
    for (const { slug, plan } of plans) {
      const listed = bodyRows(targets)
        .filter((row) => row.attrs['data-row'] !== 'so-luong-nhiem-vu')
        .flatMap((row) => findAll(findOne(row, and(byTag('td'), byAttr('data-plan', slug)))!, byTag('li')))
        .filter((li) => !text(li).includes('cộng từ các nhiệm vụ'));
      expect(listed, slug).toHaveLength(plan.targets.length);
    }
  });

  it('has sticky-ready tables: a caption, a header row, row headers and a focusable scroll box', () => {
    for (const tbl of findAll(doc, and(byTag('table'), byAttr('data-matrix')))) {
      expect(text(findOne(tbl, byTag('caption'))!).length).toBeGreaterThan(20);
      expect(findAll(findOne(tbl, byClass('matrix-body'))!, and(byTag('th'), byAttr('scope', 'row'))).length).toBe(
        bodyRows(tbl).length,
      );
      expect(findAll(findOne(tbl, byTag('thead'))!, byTag('tr'))).toHaveLength(2);
      expect(closest(tbl, byClass('matrix-scroll'))!.attrs.tabindex).toBe('0');
    }
  });
});

describe('pre-rendered selections', () => {
  const selections = subsets(slugs);

  it(`exist for every one of the ${selections.length} combinations of plans`, () => {
    for (const selection of selections) {
      const doc = page(pathOf(selection));
      for (const tbl of findAll(doc, and(byTag('table'), byAttr('data-matrix'))))
        expect(columnsOf(tbl), pathOf(selection)).toEqual(selection);
      for (const tbl of findAll(doc, and(byTag('table'), byAttr('data-matrix')))) {
        for (const row of bodyRows(tbl))
          expect(findAll(row, byTag('td')).map((td) => td.attrs['data-plan'])).toEqual(selection);
      }
    }
  });

  it('link every plan toggle to the page of the toggled selection', () => {
    for (const selection of selections) {
      const doc = page(pathOf(selection));
      for (const slug of slugs) {
        const toggle = findOne(doc, byAttr('data-toggle-plan', slug))!;
        const next = selection.includes(slug)
          ? selection.filter((s) => s !== slug)
          : slugs.filter((s) => s === slug || selection.includes(s));
        if (next.length === 0) expect(toggle.tag, 'the only plan shown cannot be removed').toBe('span');
        else expect(toggle.attrs.href, `${pathOf(selection)} ± ${slug}`).toBe(BASE + pathOf(next).slice(1));
      }
    }
  });

  it('list only the agencies that lead a task in the plans shown', () => {
    for (const { slug, plan } of plans) {
      const rows = bodyRows(table(page(`/so-sanh/${slug}/`), 'co-quan-chu-tri'))
        .map((row) => row.attrs['data-row'])
        .sort();
      expect(rows).toEqual([...new Set(plan.tasks.flatMap((task) => task.lead.map((m) => m.agency)))].sort());
    }
  });
});

describe('CSV of each table', () => {
  const pages = subsets(slugs).map(pathOf);

  it.each(pages)('%s: each "Tải bảng (CSV)" file holds exactly the table shown, UTF-8 with BOM', (path) => {
    const doc = page(path);
    const tables = findAll(doc, and(byTag('table'), byAttr('data-matrix')));
    expect(tables).toHaveLength(5);
    for (const tbl of tables) {
      const id = tbl.attrs['data-matrix']!;
      const link = findOne(doc, byAttr('data-csv-for', id))!;
      expect(text(link)).toBe('Tải bảng (CSV)');
      expect(link.attrs.href).toBe(`${BASE}${path.slice(1)}${id}.csv`);
      const bytes = readFileSync(join(DIR, path.slice(1), `${id}.csv`));
      expect([...bytes.subarray(0, 3)], `${path}${id}.csv starts with the BOM`).toEqual([0xef, 0xbb, 0xbf]);
      // A cell a spreadsheet would run as a formula is written with a leading ' (src/lib/csv.ts).
      expect(parseCsv(bytes.toString('utf8')), `${path}${id}.csv`).toEqual(
        shownRows(tbl).map((row) => row.map(formulaSafe)),
      );
    }
  });
});
