/**
 * What the search index is made of. Its records are the tasks (nhiệm vụ) and the passages of a
 * plan's full text outside the tasks (mục), in document order; for each the build writes:
 *   - its tokens (src/lib/search-tokens.ts), into one Pagefind record per plan, each record of the
 *     plan in its own stretch of word positions (planLayout), so that where a token was found says
 *     which task holds it: the index lists a few pages per plan rather than one per task, and a
 *     search loads only the tokens it asks for;
 *   - what a result shows (SearchItem), a small file of its own, loaded for the results shown;
 *   - its filter values (FacetRow), in one table, for filters and counts.
 * Built from the public data files (/data/plans.json, /data/<plan>.json), so the index says exactly
 * what the site says.
 */
import type { TaskRecord } from './plans.ts';
import { periodLabel } from './period.ts';
import { PLAN_KINDS } from './plan-kinds.ts';
import type { RecordText } from './search-tokens.ts';

/** The filters of the index: URL parameter names of /tim-kiem/ and Pagefind filter keys at once. */
export const FILTER_KEYS = {
  province: 'tinh',
  plan: 'ke-hoach',
  theme: 'chu-de',
  /** Any agency named in the task, whatever its role. */
  agency: 'co-quan',
  /** Agencies leading the task (chủ trì). */
  lead: 'chu-tri',
  /** Agencies partnering in the task (phối hợp). */
  partner: 'phoi-hop',
  year: 'nam',
  kind: 'loai',
} as const;

/** The part of a /data/plans.json entry a record needs. */
export interface PlanSummary {
  id: string;
  province: string;
  number: string | null;
  kind: 'giai-doan' | 'hang-nam';
  period: { start: number; end: number };
  title: string;
}

/** "Tây Ninh · Kế hoạch năm 2022 · 1694/KH-UBND": how a result names its plan. */
export function planLabel(plan: PlanSummary): string {
  const period = periodLabel(plan);
  return [plan.province, `${PLAN_KINDS.label(plan.kind)} ${period}`, plan.number].filter(Boolean).join(' · ');
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/**
 * The years a task runs in: those of its dated timing; for a task with no date, the plan's period
 * (the plan covers it, the text gives no narrower time).
 */
export function taskYears(task: Pick<TaskRecord, 'timing'>, plan: PlanSummary): string[] {
  const { start, end } = task.timing;
  if (start) return range(Number(start.slice(0, 4)), Number((end ?? start).slice(0, 4)));
  // A deadline ("Thời gian hoàn thành"): the task runs from the plan's start until then.
  if (end) return range(Math.min(plan.period.start, Number(end.slice(0, 4))), Number(end.slice(0, 4)));
  return range(plan.period.start, plan.period.end);
}

const uniq = (values: string[]) => [...new Set(values)];

/** The plan's words for a task, in reading order: what the index matches and excerpts show. */
export function taskText(task: TaskRecord): string {
  const asWritten = (list: { asWritten: string }[]) => uniq(list.map((a) => a.asWritten)).join('; ');
  return [
    task.title,
    task.group && `${task.group.ref}. ${task.group.title}`,
    task.description,
    task.audience && `Đối tượng: ${task.audience}`,
    task.quantities.length > 0 && `Số lượng: ${task.quantities.map((q) => q.raw).join('; ')}`,
    `Chủ trì: ${asWritten(task.lead)}`,
    task.partners.length > 0 && `Phối hợp: ${asWritten(task.partners)}`,
    task.timing.raw && `${task.timing.label ?? 'Thời gian'}: ${task.timing.raw}`,
    `${task.section.ref}. ${task.section.title}`,
  ]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join('\n');
}

/** Where the search data beside Pagefind's index lives, under the site's base path. */
export const SEARCH_DATA = 'tim-kiem/chi-muc';

/** What a result shows: the plan's words, its place and its facts. Written as <SEARCH_DATA>/<plan>/<n>.json. */
export interface SearchItem {
  url: string;
  kind: 'nhiem-vu' | 'muc';
  /** "plan/ref" for a task (its permanent id), the URL for a passage. */
  id: string;
  title: string;
  ref?: string;
  plan: string;
  planLabel: string;
  /** The text after the title, lines apart (description, agencies, time, section). */
  text: string;
  lead?: string;
  timing?: string;
}

/** A task as a search record: what it shows and what it brings to the index. */
export function taskItem(task: TaskRecord, plan: PlanSummary): { item: SearchItem; index: RecordText } {
  const text = taskText(task);
  const agencies = uniq([...task.lead, ...task.partners].map((a) => a.agency));
  const lead = uniq(task.lead.map((a) => a.agency));
  const body = text.startsWith(task.title) ? text.slice(task.title.length).trim() : text;
  return {
    item: {
      url: task.url,
      kind: 'nhiem-vu',
      id: task.id,
      title: task.title,
      ref: task.ref,
      plan: plan.id,
      planLabel: planLabel(plan),
      text: body,
      lead: uniq(task.lead.map((a) => a.asWritten)).join('; '),
      timing: task.timing.reading,
    },
    index: { title: task.title, body, agencies, lead },
  };
}

/** A passage of a plan's full text outside its tasks: a heading and the text under it. */
export interface Passage {
  /** The heading's id on the plan page. */
  id: string;
  heading: string;
  text: string;
}

/** A passage as a search record, found at `url` (the plan page with the heading's anchor). */
export function passageItem(passage: Passage, plan: PlanSummary, url: string): { item: SearchItem; index: RecordText } {
  return {
    item: {
      url,
      kind: 'muc',
      id: url,
      title: passage.heading,
      plan: plan.id,
      planLabel: planLabel(plan),
      text: passage.text,
    },
    index: { title: passage.heading, body: passage.text },
  };
}

/**
 * A record's filter values, by position in the facets table: [theme ids, first year, last year,
 * lead agency ids, partner agency ids]; a passage has no themes nor agencies.
 */
export type FacetRow = [themes: string[], from: number, to: number, lead: string[], partners: string[]];

export function taskFacets(task: TaskRecord, plan: PlanSummary): FacetRow {
  const years = taskYears(task, plan).map(Number);
  return [
    task.themes,
    years[0]!,
    years[years.length - 1]!,
    uniq(task.lead.map((a) => a.agency)),
    uniq(task.partners.map((a) => a.agency)),
  ];
}

export const passageFacets = (plan: PlanSummary): FacetRow => [[], plan.period.start, plan.period.end, [], []];

/**
 * Word positions per stretch of a plan's Pagefind record: each record of the plan takes one
 * stretch or more, so a position divided by SLOT names the record. A record's title tokens take
 * the first TITLE positions of its stretch (a longer title's last words count as text), so where a
 * hit stands also says whether it is in the title. Short stretches keep the fillers few (Pagefind
 * reads each) and the distances between places small (the index stores them in fewer bytes).
 */
export const SLOT = 128;
export const TITLE = 64;

/** A filler between tokens: Pagefind counts it as a position but indexes nothing for it. */
const FILLER = '-';

/** How many stretches a record takes, one character each: 1–9, a–z, A–Z. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The content of a plan's Pagefind record, its records' tokens each in stretches of their own,
 * and how many stretches each record took, one character per record ("1121…", see DIGITS).
 */
export function planLayout(records: { title: string[]; rest: string[] }[]): { content: string; slots: string } {
  const parts: string[] = [];
  let slots = '';
  records.forEach(({ title, rest }, i) => {
    const tokens = [...title.slice(0, TITLE), ...Array<string>(Math.max(0, TITLE - title.length)).fill(FILLER)];
    tokens.push(...title.slice(TITLE), ...rest);
    const count = Math.ceil(tokens.length / SLOT);
    if (count >= DIGITS.length)
      throw new Error(
        `search index: a record of ${tokens.length} words and word pairs is more than ${(DIGITS.length - 1) * SLOT}: cut its text into passages`,
      );
    slots += DIGITS[count];
    parts.push(...tokens);
    if (i < records.length - 1) for (let k = tokens.length; k < count * SLOT; k++) parts.push(FILLER);
  });
  return { content: parts.join(' '), slots };
}

/** Where a word position is: the record (its index in the plan), and whether in its title. */
export function recordAt(slots: string, position: number): { record: number; title: boolean } {
  const slot = Math.floor(position / SLOT);
  let seen = 0;
  for (let i = 0; i < slots.length; i++) {
    const start = seen;
    seen += DIGITS.indexOf(slots[i]!);
    if (slot < seen) return { record: i, title: position - start * SLOT < TITLE };
  }
  return { record: slots.length - 1, title: false };
}

/** The plans of the index in order, and the entities a query can name: <SEARCH_DATA>/catalog.json. */
export interface Catalog {
  /**
   * Per plan, in document order: [id, Pagefind page id, stretch counts (one character per record),
   * province slug, number of tasks (its first records; passages follow)].
   */
  plans: [id: string, page: string, slots: string, province: string, tasks: number][];
  /** Provinces with a page: [name, url]. */
  provinces: [name: string, url: string][];
  /** Agencies with a page: [registry id, url]. */
  agencies: [id: string, url: string][];
  /** Activity types with a page: [label, how readers name it (src/lib/activity-types.ts), url]. */
  activities: [label: string, names: string[], url: string][];
}

/**
 * Documents with a page (cited documents, the plans themselves, known documents of the catalogue)
 * by number: [number, label, url]. A file of their own, fetched only for a query with a digit in
 * it (a number cannot be named without one), so that most searches do not load them.
 */
export type DocumentEntities = [number: string, label: string, url: string][];
