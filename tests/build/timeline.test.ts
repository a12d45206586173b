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
import type { CheerioAPI } from 'cheerio';
import { ROOT, loadPage, textOf, type Elements } from './dist.ts';
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
/** The task an element names by its link (itself or the first inside it), as '<slug>/<ref>'. */
const taskOf = (el: Elements): string | undefined => {
  const link = el.is('a') ? el : el.find('a').first();
  const match = /ke-hoach\/([^/]+)\/#(.+)$/.exec(link.attr('href') ?? '');
  return match ? byAnchor.get(`${match[1]}#${match[2]}`) : undefined;
};
/** The tasks of a selection's elements, sorted. */
const tasksOf = ($: CheerioAPI, selection: Elements) =>
  selection
    .toArray()
    .map((el) => taskOf($(el)))
    .sort();
const dated = (items: Item[]) => items.filter((item) => item.task.timing.kind !== 'unspecified');
const undated = (items: Item[]) => items.filter((item) => item.task.timing.kind === 'unspecified');
const idsOf = (items: Item[]) => items.map((item) => item.id).sort();

const page = (path: string) => {
  const file = join(path.replace(/^\//, ''), 'index.html');
  expect(existsSync(join(DIR, file)), `${path} is not built in ${DIR}`).toBe(true);
  return loadPage(DIR, file);
};

const MARK_CLASS: Record<string, string> = {
  window: 'tl-window',
  deadline: 'tl-deadline',
  recurring: 'tl-recurring',
  ongoing: 'tl-ongoing',
};
/** The texts of the axis drawn above a chart's wide drawing (it stays in view as the chart scrolls): its caption, then its labels. */
const wideAxis = ($: CheerioAPI, root: Elements) =>
  root
    .find('div.tl-wide')
    .first()
    .find('.tl-axis-svg')
    .first()
    .find('text')
    .filter((_, el) => /tl-axis-(title|label)/.test(el.attribs.class ?? ''))
    .toArray()
    .map((el) => textOf($(el)));
const yearsOf = (task: Task) => Number(task.timing.end!.slice(0, 4)) - Number(task.timing.start!.slice(0, 4)) + 1;

/** Checks one timeline block against the tasks it should show. */
function checkTimeline($: CheerioAPI, chart: Elements, items: Item[]) {
  const svgs = chart.find('svg.tl-svg');
  expect(svgs.toArray().map((svg) => svg.attribs['data-variant'])).toEqual(['narrow', 'wide']);
  for (const el of svgs) {
    const svg = $(el);
    const title = svg.find('title').first();
    const desc = svg.find('desc').first();
    expect(svg.attr('aria-labelledby')).toBe(title.attr('id'));
    expect(svg.attr('aria-describedby')).toBe(desc.attr('id'));
    expect(textOf(desc)).toContain(`${dated(items).length} nhiệm vụ có thời gian được vẽ`);

    const marks = svg.find('a.tl-task');
    expect(tasksOf($, marks), 'a mark for every dated task, none for the undated').toEqual(idsOf(dated(items)));
    const [, , width] = svg.attr('viewBox')!.split(' ').map(Number);
    for (const mark of marks) {
      const a = $(mark);
      const item = items.find((i) => i.id === taskOf(a))!;
      expect(a.attr('href')).toMatch(new RegExp(`ke-hoach/${item.slug}/#nv-`));
      expect(textOf(a.find('title').first())).toMatch(new RegExp(`^Nhiệm vụ ${item.task.ref.replace(/\./g, '\\.')}: `));
      const kind = item.task.timing.kind;
      const shapes = a.find('.tl-mark');
      expect(shapes, `${item.id}: one mark`).toHaveLength(1);
      expect(shapes.attr('class'), item.id).toContain(MARK_CLASS[kind]);
      if (kind === 'recurring')
        expect(shapes.find('circle'), `${item.id}: a dot per year`).toHaveLength(yearsOf(item.task));
      for (const shape of [...shapes, ...shapes.find('*')]) {
        for (const attr of ['x', 'cx', 'x1', 'x2']) {
          const value = shape.attribs[attr];
          if (value) expect(Number(value)).toBeGreaterThanOrEqual(0);
          if (value) expect(Number(value)).toBeLessThanOrEqual(width!);
        }
      }
    }
  }
  const table = chart.find('.tl-data').first().find('tbody').first();
  expect(tasksOf($, table.find('tr')), 'the data table mirrors the marks').toEqual(idsOf(dated(items)));
  const aside = chart.find('.tl-undated').first();
  expect(tasksOf($, aside.find('li')), 'undated tasks listed beside').toEqual(idsOf(undated(items)));
  expect(textOf(aside.find('h2, h3').first())).toBe(`Không có ngày cụ thể (${undated(items).length})`);
}

describe.each(plans)('plan page $slug: "Tiến độ thực hiện"', ({ slug }) => {
  const $ = page(`/ke-hoach/${slug}/`);
  const items = allTasks.filter((item) => item.slug === slug);

  it('has the section, linked from the table of contents', () => {
    expect(textOf($('#tien-do').first())).toBe('Tiến độ thực hiện');
    expect($('.toc').first().find('[href="#tien-do"]').length).toBeGreaterThan(0);
  });

  it('draws each dated task once per drawing, in the shape of its timing, and lists the undated ones', () => {
    checkTimeline($, $('#bieu-do-tien-do').first(), items);
  });

  it('labels the axis in Vietnamese', () => {
    const labels = wideAxis($, $('#bieu-do-tien-do').first());
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
    const rows = $('#bieu-do-tien-do .tl-data tbody').first().find('tr');
    const tasks = JSON.parse(readFileSync(join(DIR, 'data', `${slug}.json`), 'utf8')).tasks as {
      ref: string;
      timing: { kind: string; start: string | null };
    }[];
    const { plan } = plans.find((p) => p.slug === slug)!.plan;
    const earliest = plan.issued ?? `${plan.period.start}-01-01`;
    for (const el of rows) {
      const row = $(el);
      const ref = taskOf(row)!.split('/')[1]!;
      const task = tasks.find((t) => t.ref === ref)!;
      const from = row.find('[data-label="Từ"]').first().find('time').first();
      expect(from.attr('datetime') ?? null, ref).toBe(task.timing.start);
      if (task.timing.kind === 'recurring' || task.timing.kind === 'ongoing')
        expect(task.timing.start! >= earliest, `${ref} starts ${task.timing.start}`).toBe(true);
    }
  });

  it('adds no script to the plan page, nor the data the script would read', () => {
    expect(readFileSync(join(DIR, 'ke-hoach', slug, 'index.html'), 'utf8')).not.toMatch(/<script[^>]*Timeline/);
    const withData = $('#bieu-do-tien-do')
      .first()
      .find('*')
      .toArray()
      .filter((el) =>
        Object.keys(el.attribs).some(
          (name) => name.startsWith('data-') && name !== 'data-variant' && name !== 'data-label',
        ),
      );
    expect(withData.map((el) => el.tagName)).toEqual([]);
  });

  it('draws a section heading only above tasks it draws', () => {
    for (const svg of $('svg.tl-svg')) {
      const rows = $(svg)
        .find('.tl-rows')
        .first()
        .find('g[transform]')
        .filter((_, g) => g.attribs.class === 'tl-group' || $(g).find('.tl-task').length > 0)
        .toArray()
        .filter((g, i, all) => all.indexOf(g) === i);
      rows.forEach((row, i) => {
        if (row.attribs.class !== 'tl-group') return;
        const next = rows[i + 1];
        expect(next && next.attribs.class !== 'tl-group', `${textOf($(row))}: no task under it`).toBe(true);
      });
    }
  });
});

describe('/dong-thoi-gian/', () => {
  it('draws every plan, its period and its dated tasks on one axis from 2019 (or the first plan), with the 2025 merger', () => {
    const $ = page('/dong-thoi-gian/');
    const chart = $('#dong-thoi-gian').first();
    checkTimeline($, chart, allTasks);
    // What the island reads: each mark, table row and undated item names its task.
    for (const el of [
      ...chart.find('a.tl-task'),
      ...chart.find('tr').slice(1),
      ...chart.find('.tl-undated').first().find('li'),
    ]) {
      expect(el.attribs['data-task'], taskOf($(el))).toBe(taskOf($(el)));
    }
    const wide = chart.find('svg[data-variant="wide"]').first();
    const groups = wide.find('.tl-group');
    expect(
      groups
        .toArray()
        .map((g) => g.attribs['data-plan'])
        .sort(),
    ).toEqual(plans.map((p) => p.slug).sort());
    for (const group of groups)
      expect($(group).find('.tl-period').length, group.attribs['data-plan']).toBeGreaterThan(0);
    const first = Math.min(2019, ...plans.map((p) => p.plan.plan.period.start));
    expect(wideAxis($, chart)[1]).toBe(String(first));
    const axis = chart.find('div.tl-wide').first().find('.tl-axis-svg').first();
    expect(textOf(axis.find('.tl-event').first())).toMatch(/^1\/7\/2025/);
  });

  it.each([...new Set(plans.map((p) => p.plan.plan.province))])('has a page filtered to %s', (province) => {
    const $ = page(`/dong-thoi-gian/tinh/${slugify(province)}/`);
    checkTimeline(
      $,
      $('#dong-thoi-gian').first(),
      allTasks.filter((item) => item.province === province),
    );
    expect($('[data-filter="tinh"][aria-current="page"]').first().attr('data-value')).toBe(slugify(province));
    // Each theme chip counts this province's tasks, and carries every province's count for the island.
    for (const theme of THEMES) {
      const count = $(`[data-filter="chu-de"][data-value="${theme.id}"]`).first().find('.chip-count').first();
      const own = allTasks.filter((item) => item.province === province && item.task.themes.includes(theme.id));
      expect(textOf(count), theme.id).toBe(String(own.length));
      expect(count.attr('data-counts')).toContain(`${slugify(province)}=${own.length}`);
    }
  });

  it.each(THEMES.map((theme) => theme.id))('has a page filtered to the theme %s', (theme) => {
    const $ = page(`/dong-thoi-gian/chu-de/${theme}/`);
    const items = allTasks.filter((item) => item.task.themes.includes(theme));
    checkTimeline($, $('#dong-thoi-gian').first(), items);
  });
});
