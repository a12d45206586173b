/**
 * What the search index holds: one record per task (nhiệm vụ) and one per passage of a plan's
 * full text outside the tasks (mục), each with the plan's original wording, the hidden normalised
 * terms that let any typed form find it (search-normalize.ts), the metadata a result shows, and
 * the filters (province, plan, theme, agency and role, year). Built from the public data files
 * (/data/tasks.json, /data/plans.json), so the index says exactly what the site says.
 */
import type { TaskRecord } from './plans.ts';
import { periodLabel } from './plans.ts';
import { PLAN_KINDS } from './plan-kinds.ts';
import { provinceSlug } from './paths.ts';
import { agencyToken, indexTerms } from './search-normalize.ts';

/** Between a record's original text and its hidden terms; the page shows only what comes before. */
export const TERMS_SEPARATOR = '⁂';

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

/** A record as the Pagefind Node API's addCustomRecord takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

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
  // periodLabel reads only the period.
  const period = periodLabel({ period: plan.period } as Parameters<typeof periodLabel>[0]);
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

/** The index record of a task. `order` keeps document order when results are listed unranked. */
export function taskRecord(task: TaskRecord, plan: PlanSummary, order: number): SearchRecord {
  const text = taskText(task);
  const agencies = uniq([...task.lead, ...task.partners].map((a) => a.agency));
  return {
    url: task.url,
    content: `${text}\n${TERMS_SEPARATOR}\n${indexTerms(text, agencies)}`,
    language: 'vi',
    meta: {
      title: task.title,
      // The title's normalised words, so that "dao tao" earns the title boost as "đào tạo" does.
      title_terms: indexTerms(task.title),
      kind: 'nhiem-vu',
      ref: task.ref,
      plan: plan.id,
      plan_label: planLabel(plan),
      lead: uniq(task.lead.map((a) => a.asWritten)).join('; '),
      // The lead agencies' tokens: a query naming an agency ranks the tasks it leads first.
      lead_terms: uniq(task.lead.map((a) => agencyToken(a.agency))).join(' '),
      timing: task.timing.reading,
    },
    filters: {
      [FILTER_KEYS.province]: [provinceSlug(plan.province)],
      [FILTER_KEYS.plan]: [plan.id],
      [FILTER_KEYS.theme]: task.themes,
      [FILTER_KEYS.agency]: agencies,
      [FILTER_KEYS.lead]: uniq(task.lead.map((a) => a.agency)),
      [FILTER_KEYS.partner]: uniq(task.partners.map((a) => a.agency)),
      [FILTER_KEYS.year]: taskYears(task, plan),
      [FILTER_KEYS.kind]: ['nhiem-vu'],
    },
    sort: { order: String(order).padStart(5, '0') },
  };
}

/** A passage of a plan's full text outside its tasks: a heading and the text under it. */
export interface Passage {
  /** The heading's id on the plan page. */
  id: string;
  heading: string;
  text: string;
}

/** The index record of a passage, found at `url` (the plan page with the heading's anchor). */
export function passageRecord(passage: Passage, plan: PlanSummary, url: string, order: number): SearchRecord {
  const text = `${passage.heading}\n${passage.text}`;
  return {
    url,
    content: `${text}\n${TERMS_SEPARATOR}\n${indexTerms(text)}`,
    language: 'vi',
    meta: {
      title: passage.heading,
      title_terms: indexTerms(passage.heading),
      kind: 'muc',
      plan: plan.id,
      plan_label: planLabel(plan),
    },
    filters: {
      [FILTER_KEYS.province]: [provinceSlug(plan.province)],
      [FILTER_KEYS.plan]: [plan.id],
      [FILTER_KEYS.year]: range(plan.period.start, plan.period.end),
      [FILTER_KEYS.kind]: ['muc'],
    },
    sort: { order: String(order).padStart(5, '0') },
  };
}
