/**
 * The comparison matrix (ma trận so sánh): pivots of the plans' tasks (themes, activity types, target groups,
 * lead agency types, the Sở KH&CN's share) and of their quantified targets, one column per plan,
 * and each table as CSV rows. Which plans a view compares is src/lib/selection.ts. Pure: no Astro imports;
 * every function takes plans in reading order (the corpus, or a selection of it) and keeps that order.
 */
import type { Task } from '../schemas/plan.ts';
import { TARGET_METRICS } from './target-metrics.ts';
import { PLAN_KINDS } from './plan-kinds.ts';
import { AGENCY_KINDS, getAgency, type AgencyKind } from './agencies.ts';
import { normaliseSpace } from './csv.ts';
import { periodLabel, type PlanEntry } from './plans.ts';
import { activityTypePath, taskPath } from './paths.ts';
import { formatQuantity, type Quantity } from './quantity.ts';
import { TARGET_GROUPS } from './target-groups.ts';
import { getTheme, THEMES } from './themes.ts';
import { ACTIVITY_TYPES } from './activity-types.ts';
import { fold, vietnameseCollator } from './vietnamese.ts';
import type { TableId } from './selection.ts';
import { percent, themeCoverageOf, type PlanFacts, type ThemeCoverage } from './glance.ts';

/** A plan as a column of the matrix. */
export interface PlanColumn {
  slug: string;
  province: string;
  /** "Kế hoạch năm", "Kế hoạch giai đoạn". */
  kindLabel: string;
  /** "2022", "2019–2025". */
  period: string;
  /** "Tây Ninh · Kế hoạch năm 2022": the column's name in CSV and for screen readers. */
  label: string;
  taskCount: number;
}

/** One line of a cell: a task (ref linked to its anchor) or a figure. */
export interface CellItem {
  ref?: string;
  /** Site path (without base) of the task. */
  href?: string;
  text: string;
  /** Shown in brackets after the text: the lead agencies of a task, the deadline of a target. */
  note?: string;
}

export interface MatrixCell {
  plan: string;
  /** The number shown first in a counting cell; null in a cell that lists figures. */
  count: number | null;
  /** A single computed value ("21/34 (62 %)") instead of a count. */
  value?: string;
  items: CellItem[];
}

export interface MatrixRow {
  id: string;
  label: string;
  /** A muted line under the label (the kind of agency, a definition). */
  hint?: string;
  /** Sort key before the count, for tables re-sorted when columns change (the kind of agency). */
  rank?: number;
  /** Site path (without base) of the row's own page (an activity type's), linked from its label. */
  href?: string;
  /** A warning shown with the label: an activity type only one of the plans compared has. */
  flag?: string;
  cells: MatrixCell[];
}

export interface Matrix {
  id: TableId;
  /** The section heading. */
  title: string;
  /** What the table compares, for <caption>. */
  caption: string;
  /** The header of the first column. */
  rowHeader: string;
  columns: PlanColumn[];
  rows: MatrixRow[];
  /** Shown in a cell with nothing to list and no count. */
  emptyText: string;
}

/** The columns of a set of plans, in reading order (grouped by province). */
export function planColumns(plans: readonly PlanEntry[]): PlanColumn[] {
  return plans.map(({ id, data }) => {
    const kindLabel = PLAN_KINDS.label(data.plan.kind);
    const period = periodLabel(data.plan);
    return {
      slug: id,
      province: data.plan.province,
      kindLabel,
      period,
      label: `${data.plan.province} · ${kindLabel} ${period}`,
      taskCount: data.tasks.length,
    };
  });
}

/** Consecutive columns of the same province, for the grouped header row. */
export function provinceGroups(columns: PlanColumn[]): { province: string; columns: PlanColumn[] }[] {
  const groups: { province: string; columns: PlanColumn[] }[] = [];
  for (const column of columns) {
    const last = groups.at(-1);
    if (last && last.province === column.province) last.columns.push(column);
    else groups.push({ province: column.province, columns: [column] });
  }
  return groups;
}

/** A title cut at a word boundary to about `max` characters, with "…" when cut. */
export function shortTitle(title: string, max = 80): string {
  const text = normaliseSpace(title).replace(/[.;:]+$/, '');
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : text.slice(0, max)).replace(/[,;:.\s]+$/, '')}…`;
}

/** The short names of the agency types that lead a task, each once: "Sở KH&CN, Tỉnh đoàn". */
export function leadLabel(task: Pick<Task, 'lead'>): string {
  return [...new Set(task.lead.map((mention) => getAgency(mention.agency)))]
    .map((agency) => agency.short ?? agency.name)
    .join(', ');
}

/** A task as a line of a cell: ref, short title, lead agencies. */
export function taskItem(slug: string, task: Task): CellItem {
  return { ref: task.ref, href: taskPath(slug, task), text: shortTitle(task.title), note: leadLabel(task) };
}

/** The text of one line, exactly as the page shows it (and the CSV holds it). */
export function itemText(item: CellItem): string {
  return normaliseSpace([item.ref ?? '', item.text, item.note ? `(${item.note})` : ''].join(' '));
}

/** The lines of a cell: the count or value first, then one per item; the empty text if nothing. */
export function cellLines(cell: MatrixCell, emptyText: string): string[] {
  const head = cell.value !== undefined ? [cell.value] : cell.count !== null ? [String(cell.count)] : [];
  const lines = [...head, ...cell.items.map(itemText)];
  return lines.length > 0 ? lines : [emptyText];
}

/** The table as CSV rows: header, then one row per matrix row; multi-line cells joined by "\n". */
export function matrixCsvRows(matrix: Matrix): string[][] {
  return [
    [matrix.rowHeader, ...matrix.columns.map((column) => column.label)],
    ...matrix.rows.map((row) => [row.label, ...row.cells.map((cell) => cellLines(cell, matrix.emptyText).join('\n'))]),
  ];
}

interface RowSpec {
  id: string;
  label: string;
  hint?: string;
  rank?: number;
  href?: string;
}

/** Count and list the tasks of each plan under each row, a task going under every row `keysOf` gives it. */
function pivot(
  plans: readonly PlanEntry[],
  specs: RowSpec[],
  keysOf: (task: Task) => string[],
  item: (slug: string, task: Task, row: string) => CellItem = taskItem,
): MatrixRow[] {
  return specs.map((spec) => ({
    ...spec,
    cells: plans.map(({ id: slug, data }) => {
      const tasks = data.tasks.filter((task) => keysOf(task).includes(spec.id));
      return { plan: slug, count: tasks.length, items: tasks.map((task) => item(slug, task, spec.id)) };
    }),
  }));
}

/** A task under an agency's row: its other lead agencies, if any, in the note ("cùng Sở GD&ĐT"). */
function coLeadItem(slug: string, task: Task, agency: string): CellItem {
  const others = [...new Set(task.lead.filter((m) => m.agency !== agency).map((m) => getAgency(m.agency)))];
  const note = others.length > 0 ? `cùng ${others.map((a) => a.short ?? a.name).join(', ')}` : undefined;
  return { ...taskItem(slug, task), note };
}

const rowTotal = (row: MatrixRow) => row.cells.reduce((sum, cell) => sum + (cell.count ?? 0), 0);

/** Activity themes × plans: every task sits under each of its themes (at least one). */
export function themeMatrix(plans: readonly PlanEntry[]): Matrix {
  return {
    id: 'chu-de',
    title: 'Chủ đề hoạt động',
    caption:
      'Số nhiệm vụ của mỗi kế hoạch theo chủ đề hoạt động, kèm danh sách nhiệm vụ (số thứ tự, tên, cơ quan chủ trì)',
    rowHeader: 'Chủ đề',
    columns: planColumns(plans),
    rows: pivot(
      plans,
      THEMES.map(({ id, label }) => ({ id, label })),
      (task) => task.themes,
    ),
    emptyText: '0',
  };
}

/** The flag of an activity type that only one of the plans compared has (the island writes the same). */
export const SINGLE_PLAN_FLAG = 'Chỉ một kế hoạch có';

/** When a task is done, short, for a cell: the plan's wording cut to a few words. */
const timeNote = (task: Task) => (task.timing.raw ? shortTitle(task.timing.raw, 40) : 'không nêu thời gian');

/** A task under an activity type: ref, short title, then its lead agencies and its time. */
function activityItem(slug: string, task: Task): CellItem {
  return { ...taskItem(slug, task), note: `${leadLabel(task)}; ${timeNote(task)}` };
}

/**
 * Activity types × plans: which plans run a provincial contest, fund a co-working space, train
 * trainers… Only the types some task of these plans has are rows, in the vocabulary's order
 * (grouped by theme); each links to its page, and a type only one plan has is flagged.
 */
export function activityMatrix(plans: readonly PlanEntry[]): Matrix {
  const rows = pivot(
    plans,
    ACTIVITY_TYPES.map(({ id, label, theme }, rank) => ({
      id,
      label,
      hint: getTheme(theme).label,
      rank,
      href: activityTypePath(id),
    })),
    (task) => task.activityTypes,
    activityItem,
  )
    .filter((row) => rowTotal(row) > 0)
    .map((row) => {
      const planCount = row.cells.filter((cell) => (cell.count ?? 0) > 0).length;
      return plans.length > 1 && planCount === 1 ? { ...row, flag: SINGLE_PLAN_FLAG } : row;
    });
  return {
    id: 'hoat-dong',
    title: 'Loại hoạt động',
    caption:
      'Số nhiệm vụ của mỗi kế hoạch theo loại hoạt động, kèm danh sách nhiệm vụ (số thứ tự, tên, cơ quan chủ trì, thời gian)',
    rowHeader: 'Loại hoạt động',
    columns: planColumns(plans),
    rows,
    emptyText: '0',
  };
}

/** The row for tasks whose plan names no target group. */
export const NO_TARGET_GROUP = {
  id: 'khong-neu',
  label: 'Không nêu đối tượng',
  hint: 'Văn bản không nói nhiệm vụ dành cho ai.',
};

/** Target groups × plans: who the tasks are for; tasks without a target group get their own row. */
export function targetGroupMatrix(plans: readonly PlanEntry[]): Matrix {
  return {
    id: 'doi-tuong',
    title: 'Đối tượng',
    caption: 'Số nhiệm vụ của mỗi kế hoạch theo đối tượng được hỗ trợ, kèm danh sách nhiệm vụ',
    rowHeader: 'Đối tượng',
    columns: planColumns(plans),
    rows: pivot(plans, [...TARGET_GROUPS.map(({ id, label }) => ({ id, label })), NO_TARGET_GROUP], (task) =>
      task.targetGroups.length > 0 ? task.targetGroups : [NO_TARGET_GROUP.id],
    ),
    emptyText: '0',
  };
}

const KIND_ORDER: readonly AgencyKind[] = AGENCY_KINDS.ids;

/**
 * Lead agency types × plans: who leads what where. Only agency types that lead at least one task
 * of these plans are rows, by kind of body, then by how many tasks they lead.
 */
export function leadAgencyMatrix(plans: readonly PlanEntry[]): Matrix {
  const leads = (task: Task) => [...new Set(task.lead.map((mention) => mention.agency))];
  const ids = [...new Set(plans.flatMap(({ data }) => data.tasks.flatMap(leads)))];
  const rows = pivot(
    plans,
    ids.map((id) => {
      const agency = getAgency(id);
      return { id, label: agency.name, hint: AGENCY_KINDS.label(agency.kind), rank: KIND_ORDER.indexOf(agency.kind) };
    }),
    leads,
    coLeadItem,
  );
  // The comparison island sorts the same way when columns are hidden (src/client/compare.ts).
  rows.sort((a, b) => a.rank! - b.rank! || rowTotal(b) - rowTotal(a) || vietnameseCollator.compare(a.label, b.label));
  return {
    id: 'co-quan-chu-tri',
    title: 'Cơ quan chủ trì',
    caption:
      'Số nhiệm vụ mỗi loại cơ quan chủ trì trong từng kế hoạch; nhiệm vụ có nhiều cơ quan chủ trì được tính ở mỗi cơ quan',
    rowHeader: 'Cơ quan chủ trì',
    columns: planColumns(plans),
    rows,
    emptyText: '0',
  };
}

/** The registry id of the Department of Science and Technology, the usual lead. */
export const SCIENCE_DEPARTMENT = 'so-khoa-hoc-va-cong-nghe';

/** How the Sở KH&CN takes part in leading a task. */
export function scienceRole(task: Pick<Task, 'lead'>): 'mot-minh' | 'cung' | 'khong' {
  const ids = new Set(task.lead.map((mention) => mention.agency));
  if (!ids.has(SCIENCE_DEPARTMENT)) return 'khong';
  return ids.size === 1 ? 'mot-minh' : 'cung';
}

/** How often the Sở KH&CN leads: alone, jointly, not at all (every task in exactly one row), and the share. */
export function scienceLeadMatrix(plans: readonly PlanEntry[]): Matrix {
  const rows = pivot(
    plans,
    [
      { id: 'mot-minh', label: 'Sở KH&CN chủ trì một mình' },
      { id: 'cung', label: 'Sở KH&CN cùng chủ trì với cơ quan khác' },
      { id: 'khong', label: 'Cơ quan khác chủ trì' },
    ],
    (task) => [scienceRole(task)],
    (slug, task, row) => (row === 'khong' ? taskItem(slug, task) : coLeadItem(slug, task, SCIENCE_DEPARTMENT)),
  );
  const share: MatrixRow = {
    id: 'ty-le',
    label: 'Tỷ lệ nhiệm vụ có Sở KH&CN chủ trì',
    hint: 'Một mình hoặc cùng cơ quan khác, trên tổng số nhiệm vụ.',
    cells: plans.map(({ id, data }) => {
      const led = data.tasks.filter((task) => scienceRole(task) !== 'khong').length;
      return {
        plan: id,
        count: null,
        value: `${led}/${data.tasks.length} (${percent(led, data.tasks.length)})`,
        items: [],
      };
    }),
  };
  return {
    id: 'so-khcn',
    title: 'Vai trò của Sở Khoa học và Công nghệ',
    caption: 'Số nhiệm vụ do Sở Khoa học và Công nghệ chủ trì (một mình hoặc cùng cơ quan khác) trong từng kế hoạch',
    rowHeader: 'Vai trò chủ trì',
    columns: planColumns(plans),
    rows: [...rows, share],
    emptyText: '0',
  };
}

/** "khóa/năm" and "Khóa/năm" are one unit. */
const unitKey = (unit: string) => fold(unit);

/** Per-year figures written in tasks ("từ 02 - 05 khóa/năm"), summed by unit: events and courses a year. */
export function perYearSums(tasks: Task[]): { unit: string; min: number; max: number; refs: string[] }[] {
  const sums = new Map<string, { unit: string; min: number; max: number; refs: string[] }>();
  for (const task of tasks) {
    for (const quantity of task.quantities) {
      if (!/\/\s*nam$/.test(unitKey(quantity.unit))) continue;
      const key = unitKey(quantity.unit);
      const sum = sums.get(key) ?? { unit: quantity.unit.toLowerCase(), min: 0, max: 0, refs: [] };
      sum.min += quantity.min;
      sum.max += quantity.max;
      if (!sum.refs.includes(task.ref)) sum.refs.push(task.ref);
      sums.set(key, sum);
    }
  }
  return [...sums.values()];
}

const figure = (min: number, max: number, unit: string) =>
  formatQuantity({ raw: '', min, max, unit, approximate: false, atLeast: false } satisfies Quantity);

/** The metric under which the per-year figures of tasks ("từ 02 - 05 khóa/năm") are summed. */
export const PER_YEAR_METRIC = 'su-kien';

/**
 * Quantified targets side by side: one row per kind of figure (people trained, projects and
 * startups supported, money raised, incubators, events and courses a year…), holding what each
 * plan's goals promise, and under events and courses a year also the per-year figures its tasks
 * write down, summed and marked as such; then every figure written in a task.
 */
export function targetsMatrix(plans: readonly PlanEntry[]): Matrix {
  const metricRows: MatrixRow[] = TARGET_METRICS.terms.map(({ id: metric, label }) => ({
    id: metric,
    label,
    hint:
      metric === PER_YEAR_METRIC
        ? 'Chỉ tiêu ở phần mục tiêu, và tổng các con số “…/năm” ghi trong nhiệm vụ, theo đơn vị.'
        : undefined,
    cells: plans.map(({ id, data }) => ({
      plan: id,
      count: null,
      items: [
        ...data.targets
          .filter((target) => target.metric === metric)
          .map((target) => ({
            text: `${formatQuantity(target.parsed)}${target.perYear ? ' mỗi năm' : ''}: ${normaliseSpace(target.subject)}`,
            note: target.by ? `đến năm ${target.by}` : undefined,
          })),
        ...(metric === PER_YEAR_METRIC ? perYearSums(data.tasks) : []).map((sum) => ({
          text: `${figure(sum.min, sum.max, sum.unit)}: cộng từ các nhiệm vụ`,
          note: `nhiệm vụ ${sum.refs.join(', ')}`,
        })),
      ],
    })),
  }));
  const written: MatrixRow = {
    id: 'so-luong-nhiem-vu',
    label: 'Mọi con số ghi trong từng nhiệm vụ',
    hint: 'Không phải chỉ tiêu: số lượng nêu trong nhiệm vụ, từng nhiệm vụ một.',
    cells: plans.map(({ id, data }) => ({
      plan: id,
      count: null,
      items: data.tasks
        .filter((task) => task.quantities.length > 0)
        .map((task) => ({
          ref: task.ref,
          href: taskPath(id, task),
          text: task.quantities.map(formatQuantity).join('; '),
          note: shortTitle(task.title, 50),
        })),
    })),
  };
  return {
    id: 'chi-tieu',
    title: 'Chỉ tiêu định lượng',
    caption:
      'Các con số mỗi kế hoạch đặt ra: mỗi loại chỉ tiêu một dòng (chỉ tiêu trong phần mục tiêu; sự kiện, khóa học mỗi năm gồm cả tổng từ các nhiệm vụ), rồi số lượng ghi trong từng nhiệm vụ',
    rowHeader: 'Chỉ tiêu',
    columns: planColumns(plans),
    rows: [...metricRows, written],
    emptyText: 'Không nêu',
  };
}

/** Every table of the comparison page, in page order. */
export function comparisonTables(plans: readonly PlanEntry[]): Matrix[] {
  return [
    themeMatrix(plans),
    activityMatrix(plans),
    targetGroupMatrix(plans),
    leadAgencyMatrix(plans),
    scienceLeadMatrix(plans),
    targetsMatrix(plans),
  ];
}

/** Keep the plans of a selection, in the order given (reading order). */
export const selectEntries = <T extends PlanEntry>(plans: readonly T[], selection: string[]) =>
  plans.filter((entry) => selection.includes(entry.id));

// ---- What the matrix shows, in words (src/lib/glance.ts) ----

/** The facts of a plan the summary of a comparison reads. */
export function planFacts({ id, data }: PlanEntry): PlanFacts {
  const themes: Record<string, number> = {};
  for (const task of data.tasks) for (const theme of task.themes) themes[theme] = (themes[theme] ?? 0) + 1;
  return {
    slug: id,
    province: data.plan.province,
    tasks: data.tasks.length,
    themes,
    scienceLed: data.tasks.filter((task) => scienceRole(task) !== 'khong').length,
  };
}

/** For each theme, which provinces' plans have tasks under it: the basis of "only one province covers…". */
export const themeCoverage = (plans: readonly PlanEntry[]): ThemeCoverage[] => themeCoverageOf(plans.map(planFacts));
