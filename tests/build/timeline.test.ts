/**
 * The timelines as built: on each plan page and on /dong-thoi-gian/ (and its filter pages), each
 * drawing has a title and a description, every dated task has exactly one mark of the shape of its
 * timing kind (one dot per year for yearly tasks), no undated task is drawn and each is listed
 * beside the chart, the data table after the chart mirrors the marks. Tasks are recognised by the
 * link each mark, row and list item has to the task's anchor; on /dong-thoi-gian/ the marks also
 * carry the data-task attributes its island reads (plan pages, without the island, carry none).
 * Reads DIST_DIR (default dist/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';
import { ROOT } from './dist.ts';
import { and, byAttr, byClass, byTag, findAll, findOne, text, tree, type Node } from './tree.ts';
import { THEMES } from '../../src/lib/themes.ts';
import { slugify } from '../../src/lib/vietnamese.ts';
import type { Task } from '../../src/schemas/plan.ts';

const DIR = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const plans = readPlanFiles().map((file) => ({ slug: file.slug, plan: parsePlan(file) }));
const allTasks = plans.flatMap(({ slug, plan }) =>
  plan.tasks.map((task) => ({ id: `${slug}/${task.ref}`, slug, province: plan.plan.province, task })),
);
type Item = (typeof allTasks)[number];
/** The task a link points to ('…/ke-hoach/<slug>/#<anchor>'), as '<slug>/<ref>'. */
const byAnchor = new Map(
  plans.flatMap(({ slug, plan }) =>
    plan.tasks.map((task) => [`${slug}#${task.anchor}`, `${slug}/${task.ref}`] as const),
  ),
);
const taskOf = (node: Node | undefined): string | undefined => {
  const link = node && (node.tag === 'a' ? node : findOne(node, byTag('a')));
  const match = /ke-hoach\/([^/]+)\/#(.+)$/.exec(link?.attrs.href ?? '');
  return match ? byAnchor.get(`${match[1]}#${match[2]}`) : undefined;
};
const dated = (items: Item[]) => items.filter((item) => item.task.timing.kind !== 'unspecified');
const undated = (items: Item[]) => items.filter((item) => item.task.timing.kind === 'unspecified');

const page = (path: string) => {
  const file = join(DIR, path.replace(/^\//, ''), 'index.html');
  expect(existsSync(file), `${path} is not built in ${DIR}`).toBe(true);
  return { html: readFileSync(file, 'utf8'), doc: tree(readFileSync(file, 'utf8')) };
};

const MARK_CLASS: Record<string, string> = {
  window: 'tl-window',
  deadline: 'tl-deadline',
  recurring: 'tl-recurring',
  ongoing: 'tl-ongoing',
};
/** The texts of the axis drawn above a chart's wide drawing: its caption, then its labels. */
const wideAxis = (root: Node) =>
  findAll(
    findOne(findOne(root, and(byTag('div'), byClass('tl-wide')))!, byClass('tl-axis-svg'))!,
    (n) => n.tag === 'text' && /tl-axis-(title|label)/.test(n.attrs.class ?? ''),
  ).map(text);
const yearsOf = (task: Task) => Number(task.timing.end!.slice(0, 4)) - Number(task.timing.start!.slice(0, 4)) + 1;

/** Checks one timeline block against the tasks it should show. */
function checkTimeline(chart: Node, items: Item[]) {
  const svgs = findAll(chart, and(byTag('svg'), byClass('tl-svg')));
  expect(svgs.map((svg) => svg.attrs['data-variant'])).toEqual(['narrow', 'wide']);
  for (const svg of svgs) {
    const title = findOne(svg, byTag('title'))!;
    const desc = findOne(svg, byTag('desc'))!;
    expect(svg.attrs['aria-labelledby']).toBe(title.attrs.id);
    expect(svg.attrs['aria-describedby']).toBe(desc.attrs.id);
    expect(text(desc)).toContain(`${dated(items).length} nhiệm vụ có thời gian được vẽ`);

    const marks = findAll(svg, and(byTag('a'), byClass('tl-task')));
    expect(marks.map(taskOf).sort(), 'a mark for every dated task, none for the undated').toEqual(
      dated(items)
        .map((i) => i.id)
        .sort(),
    );
    const [, , width] = svg.attrs.viewBox!.split(' ').map(Number);
    for (const a of marks) {
      const item = items.find((i) => i.id === taskOf(a))!;
      expect(a.attrs.href).toMatch(new RegExp(`ke-hoach/${item.slug}/#nv-`));
      expect(text(findOne(a, byTag('title'))!)).toMatch(
        new RegExp(`^Nhiệm vụ ${item.task.ref.replace(/\./g, '\\.')}: `),
      );
      const kind = item.task.timing.kind;
      const shapes = findAll(a, byClass('tl-mark'));
      expect(shapes, `${item.id}: one mark`).toHaveLength(1);
      expect(shapes[0]!.attrs.class, item.id).toContain(MARK_CLASS[kind]);
      if (kind === 'recurring')
        expect(findAll(shapes[0]!, byTag('circle')), `${item.id}: a dot per year`).toHaveLength(yearsOf(item.task));
      for (const el of [shapes[0]!, ...findAll(shapes[0]!, () => true)]) {
        for (const attr of ['x', 'cx', 'x1', 'x2']) {
          if (el.attrs[attr]) expect(Number(el.attrs[attr])).toBeGreaterThanOrEqual(0);
          if (el.attrs[attr]) expect(Number(el.attrs[attr])).toBeLessThanOrEqual(width!);
        }
      }
    }
  }
  const table = findOne(findOne(chart, byClass('tl-data'))!, byTag('tbody'))!;
  expect(findAll(table, byTag('tr')).map(taskOf).sort(), 'the data table mirrors the marks').toEqual(
    dated(items)
      .map((i) => i.id)
      .sort(),
  );
  const aside = findOne(chart, byClass('tl-undated'))!;
  expect(findAll(aside, byTag('li')).map(taskOf).sort(), 'undated tasks listed beside').toEqual(
    undated(items)
      .map((i) => i.id)
      .sort(),
  );
  expect(text(findOne(aside, (n) => /^h[23]$/.test(n.tag))!)).toBe(`Không có ngày cụ thể (${undated(items).length})`);
}

describe.each(plans)('plan page $slug: "Tiến độ thực hiện"', ({ slug }) => {
  const { doc, html } = page(`/ke-hoach/${slug}/`);
  const items = allTasks.filter((item) => item.slug === slug);

  it('has the section, linked from the table of contents', () => {
    expect(text(findOne(doc, byAttr('id', 'tien-do'))!)).toBe('Tiến độ thực hiện');
    expect(findOne(findOne(doc, byClass('toc'))!, byAttr('href', '#tien-do'))).toBeDefined();
  });

  it('draws each dated task once per drawing, in the shape of its timing, and lists the undated ones', () => {
    checkTimeline(findOne(doc, byAttr('id', 'bieu-do-tien-do'))!, items);
  });

  it('labels the axis in Vietnamese', () => {
    const labels = wideAxis(findOne(doc, byAttr('id', 'bieu-do-tien-do'))!);
    const { start, end } = plans.find((p) => p.slug === slug)!.plan.plan.period;
    if (start === end)
      expect(labels).toEqual([`Năm ${start}`, ...['I', 'II', 'III', 'IV'].map((q) => `Quý ${q}/${start}`)]);
    else
      expect(labels).toEqual([
        `${start}–${end}`,
        ...Array.from({ length: end - start + 1 }, (_, i) => String(start + i)),
      ]);
  });

  it('dates each drawn task as the published data does, none before the plan was issued', () => {
    const rows = findAll(findOne(findOne(doc, byClass('tl-data'))!, byTag('tbody'))!, byTag('tr'));
    const tasks = JSON.parse(readFileSync(join(DIR, 'data', `${slug}.json`), 'utf8')).tasks as {
      ref: string;
      timing: { kind: string; start: string | null };
    }[];
    const { plan } = plans.find((p) => p.slug === slug)!.plan;
    const earliest = plan.issued ?? `${plan.period.start}-01-01`;
    for (const row of rows) {
      const ref = taskOf(row)!.split('/')[1]!;
      const task = tasks.find((t) => t.ref === ref)!;
      const from = findOne(findOne(row, byAttr('data-label', 'Từ'))!, byTag('time'));
      expect(from?.attrs.datetime ?? null, ref).toBe(task.timing.start);
      if (task.timing.kind === 'recurring' || task.timing.kind === 'ongoing')
        expect(task.timing.start! >= earliest, `${ref} starts ${task.timing.start}`).toBe(true);
    }
  });

  it('adds no script to the plan page, nor the data the script would read', () => {
    expect(html).not.toMatch(/<script[^>]*Timeline/);
    expect(
      findAll(findOne(doc, byAttr('id', 'bieu-do-tien-do'))!, (n) =>
        Object.keys(n.attrs).some(
          (name) => name.startsWith('data-') && name !== 'data-variant' && name !== 'data-label',
        ),
      ),
    ).toEqual([]);
  });
});

describe.each(plans)('plan page $slug: no empty heading on the chart', ({ slug }) => {
  it('draws a section heading only above tasks it draws', () => {
    const { doc } = page(`/ke-hoach/${slug}/`);
    for (const svg of findAll(doc, and(byTag('svg'), byClass('tl-svg')))) {
      const rows = findAll(findOne(svg, byClass('tl-rows'))!, (n) => n.tag === 'g' && n.attrs.transform !== undefined)
        .filter((n) => n.attrs.class === 'tl-group' || findOne(n, byClass('tl-task')) !== undefined)
        .filter((n, i, all) => all.indexOf(n) === i);
      rows.forEach((row, i) => {
        if (row.attrs.class !== 'tl-group') return;
        const next = rows[i + 1];
        expect(next && next.attrs.class !== 'tl-group', `${text(row)}: no task under it`).toBe(true);
      });
    }
  });
});

describe('/dong-thoi-gian/', () => {
  it('draws every plan, its period and its dated tasks on one axis from 2019, with the 2025 merger', () => {
    const { doc } = page('/dong-thoi-gian/');
    const chart = findOne(doc, byAttr('id', 'dong-thoi-gian'))!;
    checkTimeline(chart, allTasks);
    // What the island reads: each mark, table row and undated item names its task.
    for (const el of [
      ...findAll(chart, and(byTag('a'), byClass('tl-task'))),
      ...findAll(chart, byTag('tr')).slice(1),
      ...findAll(findOne(chart, byClass('tl-undated'))!, byTag('li')),
    ]) {
      expect(el.attrs['data-task'], taskOf(el)).toBe(taskOf(el));
    }
    const wide = findOne(chart, and(byTag('svg'), byAttr('data-variant', 'wide')))!;
    const groups = findAll(wide, byClass('tl-group'));
    expect(groups.map((g) => g.attrs['data-plan']).sort()).toEqual(plans.map((p) => p.slug).sort());
    for (const group of groups) expect(findOne(group, byClass('tl-period')), group.attrs['data-plan']).toBeDefined();
    expect(wideAxis(chart)[1]).toBe('2019');
    const axis = findOne(findOne(chart, and(byTag('div'), byClass('tl-wide')))!, byClass('tl-axis-svg'))!;
    expect(text(findOne(axis, byClass('tl-event'))!)).toMatch(/^1\/7\/2025/);
  });

  it.each([...new Set(plans.map((p) => p.plan.plan.province))])('has a page filtered to %s', (province) => {
    const { doc } = page(`/dong-thoi-gian/tinh/${slugify(province)}/`);
    checkTimeline(
      findOne(doc, byAttr('id', 'dong-thoi-gian'))!,
      allTasks.filter((item) => item.province === province),
    );
    expect(findOne(doc, and(byAttr('data-filter', 'tinh'), byAttr('aria-current', 'page')))!.attrs['data-value']).toBe(
      slugify(province),
    );
    // Each theme chip counts this province's tasks, and carries every province's count for the island.
    for (const theme of THEMES) {
      const chip = findOne(doc, and(byAttr('data-filter', 'chu-de'), byAttr('data-value', theme.id)))!;
      const count = findOne(chip, byClass('chip-count'))!;
      const own = allTasks.filter((item) => item.province === province && item.task.themes.includes(theme.id));
      expect(text(count), theme.id).toBe(String(own.length));
      expect(count.attrs['data-counts']).toContain(`${slugify(province)}=${own.length}`);
    }
  });

  it.each(THEMES.map((theme) => theme.id))('has a page filtered to the theme %s', (theme) => {
    const { doc } = page(`/dong-thoi-gian/chu-de/${theme}/`);
    const items = allTasks.filter((item) => item.task.themes.includes(theme));
    checkTimeline(findOne(doc, byAttr('id', 'dong-thoi-gian'))!, items);
  });
});
