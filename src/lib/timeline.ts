/**
 * Timeline layout (dòng thời gian): D3 scales computed at build time turn tasks' parsed timings
 * into SVG coordinates for a Gantt-like chart, one shape per timing kind: a dated window is a
 * bar, a deadline a diamond, a yearly task one dot per year, an ongoing task a faint dashed band.
 * Undated tasks get no position at all: they are returned apart, to be listed beside the chart.
 * Axis labels are Vietnamese ("Quý III/2022") and are shortened or thinned so that none overlap,
 * down to a 360 px wide chart. A wide chart names each task in a column left of the plot; a
 * narrow one (a phone) writes the name on a line of its own above the mark, across the whole
 * width, so that it says more than the task's number. Pure: no DOM, no Astro.
 */
import { scaleUtc, symbol, symbolDiamond, utcDay, utcMonth, utcYear } from 'd3';
import type { Task } from '../schemas/plan.ts';
import { leadLabel, shortTitle } from './matrix.ts';
import { periodLabel, type PlanEntry } from './plans.ts';
import { PLAN_KINDS } from './plan-kinds.ts';
import { REORGANISATION } from './admin-context.ts';
import { taskPath } from './paths.ts';
import type { Timing, TimingKind } from './timing.ts';

/** A task as the chart needs it. */
export interface TimelineTask {
  /** "<plan>/<ref>", unique on a page. */
  id: string;
  ref: string;
  title: string;
  /** Site path (without base) of the task's anchor. */
  href: string;
  timing: Pick<Timing, 'kind' | 'start' | 'end' | 'raw' | 'reading'>;
  /** Lead agencies, short names. */
  lead: string;
  plan: string;
  province: string;
  themes: string[];
}

/** Rows under one heading: a section of a plan, or a whole plan on the all-plans chart. */
export interface TimelineGroup {
  id: string;
  label: string;
  /** A plan group draws the plan's period as a bracket in its heading row. */
  period?: { start: number; end: number };
  plan?: string;
  province?: string;
  tasks: TimelineTask[];
}

/** A dated moment drawn as a vertical rule across the chart (e.g. the 2025 merger of provinces). */
export interface TimelineEvent {
  date: string;
  /** Longest first: the first that fits is used. */
  labels: string[];
}

export interface TimelineOptions {
  /** Chart width in px (the SVG's user units). */
  width: number;
  /** First and last year shown (whole years). */
  from: number;
  to: number;
  events?: TimelineEvent[];
}

export type Mark =
  | { kind: 'window'; x0: number; x1: number }
  | { kind: 'deadline'; x: number; path: string }
  | { kind: 'recurring'; xs: number[]; years: number[] }
  | { kind: 'ongoing'; x0: number; x1: number };

export interface TaskRow {
  type: 'task';
  y: number;
  height: number;
  task: TimelineTask;
  /** The label drawn in the label column: the ref, plus as much of the title as fits. */
  label: string;
  mark: Mark;
}

export interface GroupRow {
  type: 'group';
  y: number;
  height: number;
  group: TimelineGroup;
  label: string;
  /** The plan's period, for a plan group. */
  band?: { x0: number; x1: number };
  /** Tasks of the group drawn below it. */
  drawn: number;
}

export interface AxisLabel {
  x: number;
  text: string;
  /** Estimated width, for the overlap checks. */
  width: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The plot area, between the label column (none on a narrow chart) and the right margin. */
  plot: { x0: number; x1: number; y0: number };
  fontSize: number;
  /** Where a task row draws its name and its mark, from the row's top; the room for the name. */
  taskRow: { labelY: number; markY: number; labelWidth: number };
  /** Caption over the label column: "Năm 2022", "2019–2025". */
  axisTitle: string;
  /** The caption as drawn: cut to the label column, "" when it does not fit. */
  axisTitleShown: string;
  /** Baselines of the axis: its caption (a line of its own on a narrow chart) and its labels. */
  axis: { titleX: number; titleY: number; labelY: number };
  /** Year boundaries (strong rules) and quarter boundaries (faint rules). */
  yearLines: number[];
  quarterLines: number[];
  labels: AxisLabel[];
  events: { x: number; label: AxisLabel; y: number }[];
  rows: (TaskRow | GroupRow)[];
  /** Tasks with no date: never drawn, listed beside the chart, by group. */
  undated: { group: TimelineGroup; tasks: TimelineTask[] }[];
}

// ---- Vietnamese labels ----

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Quý III/2022" for a date in July–September 2022. */
export function quarterLabel(date: Date): string {
  return `Quý ${ROMAN[Math.floor(date.getUTCMonth() / 3)]}/${date.getUTCFullYear()}`;
}

/** What each timing kind looks like on the chart, in words (legend, data table, screen readers). */
export const TIMING_KIND_LABEL: Record<TimingKind, string> = {
  window: 'Trong khoảng thời gian',
  deadline: 'Hạn hoàn thành',
  recurring: 'Lặp lại hằng năm',
  ongoing: 'Thường xuyên',
  unspecified: 'Không có ngày cụ thể',
};

/** How long a task's title may be where the page also holds the task in full (a plan page). */
export const BRIEF_TITLE = 120;

/** A task's title as a timeline names it: in full, or `brief`ly where the page holds the full text. */
export function timelineTitle(task: Pick<TimelineTask, 'title'>, brief = false): string {
  return brief ? shortTitle(task.title, BRIEF_TITLE) : task.title;
}

/**
 * The accessible name of a task's mark: ref, title, time as written and as read, lead. `brief`
 * shortens the title, for a plan page, where the task's full text follows the chart.
 */
export function taskMarkName(task: TimelineTask, brief = false): string {
  const time = task.timing.raw ? `${task.timing.raw} (${task.timing.reading})` : task.timing.reading;
  // Titles often end with their own full stop: do not double it; nor put one after an ellipsis.
  const name = timelineTitle(task, brief).replace(/[.\s]+$/, '');
  return `Nhiệm vụ ${task.ref}: ${name}${name.endsWith('…') ? '' : '.'} Thời gian: ${time}. Chủ trì: ${task.lead}.`;
}

// ---- Text measure ----

/**
 * Estimated rendered width of a text in px: a per-character table for Noto Sans, rounded up,
 * so that labels judged not to overlap do not overlap on screen either.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text.normalize('NFC')) em += charEm(char);
  return Math.ceil(em * fontSize);
}

/** Width of each character met so far, in em: labels are measured many times over while they are fitted. */
const CHAR_EM = new Map<string, number>();

function charEm(char: string): number {
  let em = CHAR_EM.get(char);
  if (em !== undefined) return em;
  // The base letter carries the width: "ý" is as wide as "y"; Unicode does not decompose đ/Đ.
  const base = char === 'Đ' ? 'D' : char === 'đ' ? 'd' : char.normalize('NFD')[0]!;
  if (/[ilIjtf.,:;'|!/()\s]/.test(base)) em = 0.34;
  else if (/[0-9]/.test(base)) em = 0.59;
  else if (/[mwMW]/.test(base)) em = 0.92;
  else if (/[A-Z]/.test(base)) em = 0.76;
  else if (base === '…') em = 1;
  else em = 0.62;
  CHAR_EM.set(char, em);
  return em;
}

/**
 * The text cut with "…" to fit `max` px: after a whole word when one fits (so that what is shown
 * stays a part of the mark's accessible name), else after as many letters as fit; the whole text
 * when it fits, "" when not even "…" does.
 */
export function fitText(text: string, max: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= max) return text;
  const chars = [...text.normalize('NFC')];
  // Widths of every prefix, summed in reading order as textWidth sums them: each cut is measured
  // in constant time (a long title is tried at every word).
  const prefix = [0];
  for (const char of chars) prefix.push(prefix[prefix.length - 1]! + charEm(char));
  const ellipsis = charEm('…');
  /** Where a cut after n characters ends once trailing spaces, then trailing punctuation, are dropped. */
  const end = (n: number) => {
    let m = n;
    while (m > 0 && /\s/.test(chars[m - 1]!)) m--;
    while (m > 0 && ',;:.“"('.includes(chars[m - 1]!)) m--;
    return m;
  };
  const fits = (n: number) => Math.ceil((prefix[end(n)]! + ellipsis) * fontSize) <= max;
  const cut = (n: number) => `${chars.slice(0, end(n)).join('')}…`;
  for (let n = chars.length - 1; n > 0; n--) if (chars[n] === ' ' && fits(n)) return cut(n);
  for (let n = chars.length - 1; n > 0; n--) if (fits(n)) return cut(n);
  return '';
}

/** Minimum free space between two axis labels, px. */
export const LABEL_GAP = 6;

/**
 * Place one label per slot, centred: use the longest variant that every label fits with
 * (level by level, so the axis reads uniformly), and if even the shortest overlaps, keep every
 * second, third… label. Labels never leave [min, max] and never overlap.
 */
export function fitAxisLabels(
  slots: { center: number; variants: string[] }[],
  min: number,
  max: number,
  fontSize: number,
): AxisLabel[] {
  const levels = Math.max(0, ...slots.map((slot) => slot.variants.length));
  const place = (level: number, every: number): AxisLabel[] | null => {
    const out: AxisLabel[] = [];
    for (let i = 0; i < slots.length; i += every) {
      const slot = slots[i]!;
      const text = slot.variants[Math.min(level, slot.variants.length - 1)]!;
      const width = textWidth(text, fontSize);
      const x = Math.min(Math.max(slot.center, min + width / 2), max - width / 2);
      const previous = out.at(-1);
      if (width > max - min) return null;
      if (previous && previous.x + previous.width / 2 + LABEL_GAP > x - width / 2) return null;
      out.push({ x, text, width });
    }
    return out;
  };
  for (let every = 1; every <= Math.max(1, slots.length); every++) {
    for (let level = 0; level < levels; level++) {
      const placed = place(level, every);
      if (placed) return placed;
    }
  }
  return [];
}

// ---- Layout ----

const DAY = 24 * 60 * 60 * 1000;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Row heights, px: a task beside its name (wide), a task under its name (narrow), the headings. */
export const ROW = { task: 22, taskNarrow: 36, group: 30, planGroup: 40 } as const;

/** Lay out groups of tasks on a time axis from `from` to `to` (inclusive years). */
export function layoutTimeline(groups: TimelineGroup[], options: TimelineOptions): TimelineLayout {
  const { width, from, to } = options;
  const narrow = width < 480;
  const fontSize = narrow ? 11 : 12;
  const labelColumn = narrow ? 0 : Math.round(width * 0.34);
  const plot = { x0: narrow ? 10 : labelColumn + 8, x1: width - 10, y0: 0 };
  // A narrow row: the name on the first line, the mark on the second; a wide one: side by side.
  const taskRow = narrow
    ? { height: ROW.taskNarrow, labelY: fontSize + 2, markY: 25, labelWidth: width - 8 }
    : { height: ROW.task, labelY: 11 + fontSize / 2 - 1, markY: 11, labelWidth: labelColumn - 4 };
  const domain: [Date, Date] = [new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to + 1, 0, 1))];
  const x = scaleUtc(domain, [plot.x0, plot.x1]);
  const single = from === to;
  const axisTitle = single ? `Năm ${from}` : `${from}–${to}`;

  // Axis: one label per year, or per quarter when the chart spans a single year.
  const years = utcYear.range(domain[0], domain[1]);
  const quarters = utcMonth.every(3)!.range(domain[0], domain[1]);
  const slots = single
    ? quarters.map((q) => {
        const label = quarterLabel(q);
        return {
          center: (x(q) + x(utcMonth.offset(q, 3))) / 2,
          variants: [label, label.replace(/\/\d+$/, ''), label.replace(/^Quý /, 'Q').replace(/\/\d+$/, '')],
        };
      })
    : years.map((y) => ({
        center: (x(y) + x(utcYear.offset(y, 1))) / 2,
        variants: [String(y.getUTCFullYear()), `’${String(y.getUTCFullYear()).slice(2)}`],
      }));
  // A narrow chart has no label column to hold the axis caption: the caption gets a line above.
  const axis = narrow
    ? { titleX: plot.x0, titleY: fontSize + 2, labelY: 2 * fontSize + 8 }
    : { titleX: 2, titleY: fontSize + 4, labelY: fontSize + 4 };
  const axisLabelY = axis.labelY;
  const labels = fitAxisLabels(slots, plot.x0, plot.x1, fontSize);

  // Dated events (rules across the chart), their label on a line of its own under the axis.
  let top = axisLabelY + 8;
  const events = (options.events ?? [])
    .filter((event) => utc(event.date) >= domain[0] && utc(event.date) < domain[1])
    .map((event) => {
      const ex = x(utc(event.date));
      const text =
        event.labels.find((candidate) => textWidth(candidate, fontSize) <= plot.x1 - plot.x0) ??
        fitText(event.labels.at(-1)!, plot.x1 - plot.x0, fontSize);
      const w = textWidth(text, fontSize);
      // Right of the rule when it fits, else left of it, never outside the plot.
      const left = ex + 4 + w <= plot.x1 ? ex + 4 : Math.max(plot.x0, ex - 4 - w);
      top += fontSize + 6;
      return { x: ex, y: top, label: { x: left + w / 2, text, width: w } };
    });
  top += 8;
  plot.y0 = top;

  const clampX = (value: number) => Math.min(Math.max(value, plot.x0), plot.x1);
  const endX = (iso: string) => clampX(x(new Date(utc(iso).getTime() + DAY)));
  const startX = (iso: string) => clampX(x(utc(iso)));
  const diamond = symbol(symbolDiamond, 90)()!;

  const markOf = (timing: TimelineTask['timing']): Mark | null => {
    switch (timing.kind) {
      case 'window':
        return timing.start && timing.end
          ? { kind: 'window', x0: startX(timing.start), x1: Math.max(endX(timing.end), startX(timing.start) + 3) }
          : null;
      case 'ongoing':
        return timing.start && timing.end ? { kind: 'ongoing', x0: startX(timing.start), x1: endX(timing.end) } : null;
      case 'deadline':
        return timing.end ? { kind: 'deadline', x: endX(timing.end), path: diamond } : null;
      case 'recurring': {
        if (!timing.start || !timing.end) return null;
        const first = utc(timing.start);
        const last = utc(timing.end);
        const occurrences = utcYear.range(utcYear.floor(first), utcDay.offset(last, 1));
        const xs = occurrences.map((year) => {
          const begin = year < first ? first : year;
          const finish = utcYear.offset(year, 1) < last ? utcYear.offset(year, 1) : utcDay.offset(last, 1);
          return clampX((x(begin) + x(finish)) / 2);
        });
        return { kind: 'recurring', xs, years: occurrences.map((year) => year.getUTCFullYear()) };
      }
      default:
        return null;
    }
  };

  const rows: (TaskRow | GroupRow)[] = [];
  const undated: TimelineLayout['undated'] = [];
  let y = top;
  for (const group of groups) {
    const dated = group.tasks.map((task) => ({ task, mark: markOf(task.timing) }));
    const drawn = dated.filter((d): d is { task: TimelineTask; mark: Mark } => d.mark !== null);
    const height = group.period ? ROW.planGroup : ROW.group;
    const band = group.period
      ? {
          x0: clampX(x(new Date(Date.UTC(group.period.start, 0, 1)))),
          x1: clampX(x(new Date(Date.UTC(group.period.end + 1, 0, 1)))),
        }
      : undefined;
    // A heading with nothing under it is left out, unless it draws its plan's period.
    if (drawn.length > 0 || band) {
      rows.push({
        type: 'group',
        y,
        height,
        group,
        label: fitText(group.label, width - 4, fontSize + 1),
        band,
        drawn: drawn.length,
      });
      y += height;
    }
    for (const { task, mark } of drawn) {
      const label = fitText(`${task.ref} ${task.title}`, taskRow.labelWidth, fontSize);
      rows.push({ type: 'task', y, height: taskRow.height, task, label, mark });
      y += taskRow.height;
    }
    const without = dated.filter((d) => d.mark === null).map((d) => d.task);
    if (without.length > 0) undated.push({ group, tasks: without });
  }

  const yearLines = years.slice(1).map((year) => x(year));
  const quarterLines = quarters.filter((q) => q.getUTCMonth() !== 0).map((q) => x(q));
  return {
    width,
    height: y + 6,
    plot,
    fontSize,
    taskRow: { labelY: taskRow.labelY, markY: taskRow.markY, labelWidth: taskRow.labelWidth },
    axisTitle,
    axisTitleShown: narrow || textWidth(axisTitle, fontSize) <= labelColumn ? axisTitle : '',
    axis,
    yearLines,
    quarterLines,
    labels: labels.map((label) => ({ ...label })),
    events,
    rows,
    undated,
  };
}

/** How many tasks a layout draws, and of which kind: for the chart's description. */
export function countMarks(layout: Pick<TimelineLayout, 'rows' | 'undated'>): Record<TimingKind, number> {
  const counts: Record<TimingKind, number> = { window: 0, deadline: 0, recurring: 0, ongoing: 0, unspecified: 0 };
  for (const row of layout.rows) if (row.type === 'task') counts[row.mark.kind]++;
  for (const { tasks } of layout.undated) counts.unspecified += tasks.length;
  return counts;
}

/** The chart's <desc>: what is drawn, how, and what is listed apart. */
export function describeTimeline(layout: Pick<TimelineLayout, 'rows' | 'undated' | 'axisTitle'>, what: string): string {
  const counts = countMarks(layout);
  const drawn = counts.window + counts.deadline + counts.recurring + counts.ongoing;
  const parts = [
    counts.window && `${counts.window} nhiệm vụ trong khoảng thời gian (thanh)`,
    counts.deadline && `${counts.deadline} có hạn hoàn thành (hình thoi)`,
    counts.recurring && `${counts.recurring} lặp lại hằng năm (mỗi năm một chấm)`,
    counts.ongoing && `${counts.ongoing} thường xuyên (dải nhạt viền đứt)`,
  ].filter(Boolean);
  const undated = counts.unspecified
    ? ` ${counts.unspecified} nhiệm vụ không có ngày cụ thể không được vẽ, mà liệt kê riêng.`
    : '';
  return `${what}, ${layout.axisTitle}: ${drawn} nhiệm vụ có thời gian được vẽ${parts.length ? `: ${parts.join('; ')}` : ''}.${undated}`;
}

// ---- From plans to groups ----

/** A task of a plan as the chart needs it. */
export function timelineTask(entry: PlanEntry, task: Task): TimelineTask {
  return {
    id: `${entry.id}/${task.ref}`,
    ref: task.ref,
    title: task.title,
    href: taskPath(entry.id, task),
    timing: task.timing,
    lead: leadLabel(task),
    plan: entry.id,
    province: entry.data.plan.province,
    themes: task.themes,
  };
}

/** A plan's tasks grouped by the section of the plan they sit in, in document order. */
export function sectionGroups(entry: PlanEntry): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const task of entry.data.tasks) {
    const id = `${entry.id}/${task.section.ref}`;
    let group = groups.find((g) => g.id === id);
    if (!group) {
      group = {
        id,
        label: `${task.section.ref}. ${task.section.title}`,
        plan: entry.id,
        province: entry.data.plan.province,
        tasks: [],
      };
      groups.push(group);
    }
    group.tasks.push(timelineTask(entry, task));
  }
  return groups;
}

/** The name of a plan on the all-plans chart: "Tây Ninh · Kế hoạch năm 2022". */
export const planGroupLabel = (entry: PlanEntry) =>
  `${entry.data.plan.province} · ${PLAN_KINDS.label(entry.data.plan.kind)} ${periodLabel(entry.data.plan)}`;

/** One group per plan, in reading order, each with its period, keeping only the tasks `keep` accepts. */
export function planGroups(entries: readonly PlanEntry[], keep: (task: Task) => boolean = () => true): TimelineGroup[] {
  return entries.map((entry) => ({
    id: entry.id,
    label: planGroupLabel(entry),
    period: entry.data.plan.period,
    plan: entry.id,
    province: entry.data.plan.province,
    tasks: entry.data.tasks.filter(keep).map((task) => timelineTask(entry, task)),
  }));
}

/** The years the all-plans chart spans: 2019 (or the earliest plan) to the last plan's end. */
export function yearsOf(entries: readonly PlanEntry[]): { from: number; to: number } {
  const starts = entries.map((entry) => entry.data.plan.period.start);
  const ends = entries.map((entry) => entry.data.plan.period.end);
  return { from: Math.min(2019, ...starts), to: Math.max(2019, ...ends) };
}

/** "1/7/2025": a date as a chart label, without leading zeros. */
const shortDate = REORGANISATION.effective.split('-').reverse().map(Number).join('/');

/** Context a 2026 reader needs: from 1 July 2025 two tiers of local government and merged provinces (labels from longest to shortest). */
export const MERGER_2025: TimelineEvent = {
  date: REORGANISATION.effective,
  labels: [`${shortDate}: sáp nhập tỉnh, bỏ cấp huyện`, `${shortDate}: sáp nhập tỉnh`, shortDate],
};
