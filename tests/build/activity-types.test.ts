/**
 * Activity types as built, against /data/ (what the site publishes is what it shows): every task
 * appears under each of its types and nowhere else, on the type pages (/hoat-dong/<type>/), in
 * the activity matrix of every pre-rendered comparison, and in the "same activity elsewhere" part
 * of every other plan's task cards; each type page gives its definition and draws its timeline
 * with a data table; the index lists every type with its count. Reads DIST_DIR (default dist/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { ROOT, loadPage, textOf, type Elements } from './dist.ts';
import { SINGLE_PLAN_FLAG } from '../../src/lib/matrix.ts';
import { ELSEWHERE_SHOWN } from '../../src/lib/activities.ts';

const DIR = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const BASE = process.env.DIST_BASE ?? '/';

interface TaskRecord {
  id: string;
  plan: string;
  province: string;
  ref: string;
  title: string;
  url: string;
  activityTypes: string[];
  activityTypeLabels: string[];
}
interface TypeRecord {
  id: string;
  label: string;
  description: string;
  taskCount: number;
  plans: { plan: string; province: string; tasks: string[] }[];
  url: string | null;
}
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as T;
const tasks = readJson<TaskRecord[]>('data/tasks.json');
const types = readJson<TypeRecord[]>('data/activity-types.json');
const shown = types.filter((type) => type.taskCount > 0);
const plans = [...new Set(tasks.map((task) => task.plan))];

const page = (path: string): CheerioAPI => {
  const file = join(path.replace(/^\//, ''), 'index.html');
  expect(existsSync(join(DIR, file)), `${path} is not built in ${DIR}`).toBe(true);
  return loadPage(DIR, file);
};
/** The task ids a set of links leads to ("/ke-hoach/<plan>/#nv-…" → the task with that url). */
const byUrl = new Map(tasks.map((task) => [task.url, task.id]));
/** The tasks the links of a selection lead to. */
const taskIdsOf = (links: Elements) =>
  links.toArray().map((a) => byUrl.get(a.attribs.href!) ?? `(không phải nhiệm vụ: ${a.attribs.href})`);
const ofType = (type: string, keep: (task: TaskRecord) => boolean = () => true) =>
  tasks.filter((task) => task.activityTypes.includes(type) && keep(task)).map((task) => task.id);

describe('/data/', () => {
  it('types every task, and activity-types.json names exactly the tasks of each type', () => {
    for (const task of tasks) expect(task.activityTypes.length, task.id).toBeGreaterThan(0);
    for (const type of types) {
      expect(
        type.plans.flatMap((plan) => plan.tasks),
        type.id,
      ).toEqual(ofType(type.id));
      expect(type.url, type.id).toBe(type.taskCount > 0 ? `${BASE}hoat-dong/${type.id}/` : null);
    }
  });
});

describe('/hoat-dong/<type>/', () => {
  it.each(shown)('$id: its definition, and every task of the type, plan by plan, nothing else', (type) => {
    const $ = page(`/hoat-dong/${type.id}/`);
    expect(textOf($('h1'))).toBe(type.label);
    expect(textOf($('[data-definition]'))).toBe(type.description);
    expect(taskIdsOf($('main').find('.activity-tasks li > a'))).toEqual(ofType(type.id));
    expect(
      $('.activity-plan')
        .toArray()
        .map((section) => section.attribs['data-plan']),
    ).toEqual(type.plans.map((plan) => plan.plan));
    expect(textOf($('[data-activity-count]'))).toContain(
      `${type.taskCount} nhiệm vụ trong ${type.plans.length} kế hoạch`,
    );
  });

  it.each(shown)('$id: a timeline drawn as SVG, with a data table of every dated task', (type) => {
    const $ = page(`/hoat-dong/${type.id}/`);
    const chart = $('#dong-thoi-gian-hoat-dong');
    expect(chart.find('svg.tl-svg').length, type.id).toBeGreaterThan(0);
    // Each task of the type is named once: in the data table when it has a date, else in the list of undated tasks.
    const named = chart.find('table tbody tr, .tl-undated li').length;
    expect(named, type.id).toBe(type.taskCount);
  });
});

describe('/hoat-dong/', () => {
  it('lists every type with tasks, with its count and definition, each linked to its page', () => {
    const $ = page('/hoat-dong/');
    const items = $('li[data-type]').toArray();
    expect(items.map((li) => li.attribs['data-type'])).toEqual(shown.map((type) => type.id));
    for (const li of items) {
      const type = shown.find((t) => t.id === li.attribs['data-type'])!;
      expect($(li).find('a').first().attr('href')).toBe(`${BASE}hoat-dong/${type.id}/`);
      expect(textOf($(li))).toContain(`${type.taskCount} nhiệm vụ`);
      expect(textOf($(li))).toContain(type.description);
    }
  });
});

describe('/so-sanh/: the activity matrix', () => {
  /** Every pre-rendered comparison page. */
  const comparisons = ['/so-sanh/'];
  const $index = page('/so-sanh/');
  for (const a of $index('a[data-toggle-plan]').toArray()) {
    const href = a.attribs.href!.slice(BASE.length - 1);
    if (!comparisons.includes(href)) comparisons.push(href);
  }

  it.each(comparisons)('%s: every task of its plans under each of its types and nowhere else', (path) => {
    const $ = page(path);
    const table = $('table[data-matrix="hoat-dong"]');
    const columns = table
      .find('thead th[data-plan]')
      .toArray()
      .map((th) => th.attribs['data-plan']!);
    const rows = table.find('.matrix-body tr').toArray();
    // Rows: the types these plans have, in the vocabulary's order.
    expect(rows.map((tr) => tr.attribs['data-row'])).toEqual(
      types.filter((type) => ofType(type.id, (task) => columns.includes(task.plan)).length > 0).map((type) => type.id),
    );
    for (const tr of rows) {
      const id = tr.attribs['data-row']!;
      for (const plan of columns) {
        const cell = $(tr).find(`td[data-plan="${plan}"]`);
        const own = ofType(id, (task) => task.plan === plan);
        expect(Number(cell.attr('data-count')), `${path} ${id} ${plan}`).toBe(own.length);
        expect(
          cell
            .find('li > a')
            .toArray()
            .map((a) => byUrl.get(a.attribs.href!)),
          `${path} ${id} ${plan}`,
        ).toEqual(own);
      }
      const having = columns.filter((plan) => ofType(id, (task) => task.plan === plan).length > 0);
      const flag = $(tr).find('.row-flag');
      expect(flag.attr('hidden') === undefined, `${path} ${id}: flagged iff one plan of several`).toBe(
        columns.length > 1 && having.length === 1,
      );
      expect(textOf(flag)).toBe(SINGLE_PLAN_FLAG);
      expect($(tr).find('th a').attr('href')).toBe(`${BASE}hoat-dong/${id}/`);
    }
  });
});

describe('task cards: the same activity elsewhere', () => {
  it.each(plans)(
    '%s: each card lists tasks of the other plans with one of its types, a bounded number per type and a link to all',
    (plan) => {
      const $ = page(`/ke-hoach/${plan}/`);
      for (const task of tasks.filter((t) => t.plan === plan)) {
        const card = $(`section.task[id="${task.url.split('#')[1]}"]`);
        expect(card.length, task.id).toBe(1);
        // The type chips: each type linked to its page.
        expect(
          card
            .find('.activity-chips a')
            .toArray()
            .map((a) => a.attribs.href),
          task.id,
        ).toEqual(task.activityTypes.map((type) => `${BASE}hoat-dong/${type}/`));
        const elsewhere = (type: string) => ofType(type, (other) => other.plan !== plan);
        const expected = new Set(task.activityTypes.flatMap(elsewhere));
        if (expected.size === 0) {
          expect(card.find('.elsewhere').length, task.id).toBe(0);
          continue;
        }
        // Counted once each, even a task sharing two types.
        expect(textOf(card.find('.elsewhere summary')), task.id).toBe(
          `Cùng loại hoạt động ở kế hoạch khác (${expected.size} nhiệm vụ)`,
        );
        const withOthers = types.filter((type) => task.activityTypes.includes(type.id) && elsewhere(type.id).length);
        const headings = card.find('.elsewhere-type').toArray();
        expect(
          headings.map((h) => $(h).find('a').attr('href')),
          task.id,
        ).toEqual(withOthers.map((type) => `${BASE}hoat-dong/${type.id}/`));
        withOthers.forEach((type, index) => {
          const all = elsewhere(type.id);
          const list = $(headings[index]!).next('ul');
          const listed = taskIdsOf(list.find('li > a'));
          expect(new Set(listed).size, `${task.id} ${type.id}`).toBe(Math.min(all.length, ELSEWHERE_SHOWN));
          expect(
            listed.filter((id) => !all.includes(id)),
            `${task.id} ${type.id}`,
          ).toEqual([]);
          const more = list.next('.elsewhere-more');
          if (all.length <= ELSEWHERE_SHOWN) expect(more.length, `${task.id} ${type.id}`).toBe(0);
          else {
            const planCount = new Set(tasks.filter((t) => all.includes(t.id)).map((t) => t.plan)).size;
            expect(textOf(more)).toBe(`Xem tất cả ${all.length} nhiệm vụ «${type.label}» ở ${planCount} kế hoạch khác`);
            expect(more.find('a').attr('href')).toBe(`${BASE}hoat-dong/${type.id}/`);
          }
        });
      }
    },
  );
});
