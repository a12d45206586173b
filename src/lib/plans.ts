/**
 * Derived views of the plans, shared by pages and the public data files: the flat task list
 * (tasks.json), plan records (plans.json), provinces, and per-agency roles. Pure functions over
 * the validated collection entries; no Astro imports, so they are unit-tested directly.
 */
import type { Plan, Task } from '../schemas/plan.ts';
import { slugify, vietnameseCollator } from './vietnamese.ts';
import { taskId } from './task-ref.ts';
import type { TaskRecord } from '../schemas/public-data.ts';

/** A collection entry: the file's slug and its validated frontmatter. */
export interface PlanEntry {
  id: string;
  data: Plan;
}

export const PLAN_KIND_LABEL: Record<Plan['plan']['kind'], string> = {
  'giai-doan': 'Kế hoạch giai đoạn',
  'hang-nam': 'Kế hoạch năm',
};

/** "2019–2025" or "2022". */
export function periodLabel(plan: Plan['plan']): string {
  const { start, end } = plan.period;
  return start === end ? String(start) : `${start}–${end}`;
}

/** "03/11/2020" from an ISO date. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The province page slug: "Quảng Ngãi" → "quang-ngai". */
export const provinceSlug = (province: string) => slugify(province);

/** Join a site-relative path to the deployment base ("/" or "/sub/"). */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

export const planPath = (slug: string) => `/ke-hoach/${slug}/`;
export const agencyPath = (id: string) => `/co-quan/${id}/`;
export const provincePath = (province: string) => `/tinh/${provinceSlug(province)}/`;
export const taskPath = (planSlug: string, task: Pick<Task, 'anchor'>) => `${planPath(planSlug)}#${task.anchor}`;

/**
 * A view derived from a list of plans, computed once per list: `make` runs again only for another
 * array, or for the same array once its entries or their data have changed. Pages call the
 * collection once per page, but getPlans() hands every page the same array, so lookups over every
 * plan (by number, by parent, by agency) are built once per build instead of once per page; the
 * check costs one pass over pointers. The value is shared: callers must not mutate it.
 */
export function perPlanList<V>(make: (entries: PlanEntry[]) => V): (entries: PlanEntry[]) => V {
  const cache = new WeakMap<PlanEntry[], { entries: PlanEntry[]; data: Plan[]; value: V }>();
  return (entries) => {
    const hit = cache.get(entries);
    if (
      hit &&
      hit.entries.length === entries.length &&
      entries.every((entry, i) => entry === hit.entries[i] && entry.data === hit.data[i])
    )
      return hit.value;
    const value = make(entries);
    cache.set(entries, { entries: [...entries], data: entries.map((entry) => entry.data), value });
    return value;
  };
}

/** Plans in reading order: by province, then period plans before the annual plans under them. */
export function sortPlans<T extends PlanEntry>(entries: T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      vietnameseCollator.compare(a.data.plan.province, b.data.plan.province) ||
      a.data.plan.period.start - b.data.plan.period.start ||
      b.data.plan.period.end - a.data.plan.period.end,
  );
}

/** One row of /data/tasks.json: the public shape of a task, defined (and described) by its zod schema. */
export type { TaskRecord };

/** Every task of every plan, plans in `sortPlans` order and tasks in document order. */
export function taskRecords(entries: PlanEntry[], base = '/'): TaskRecord[] {
  return sortPlans(entries).flatMap(({ id: slug, data }) =>
    data.tasks.map((task) => ({
      id: taskId(slug, task.ref),
      plan: slug,
      province: data.plan.province,
      ref: task.ref,
      section: task.section,
      group: task.group ?? null,
      title: task.title,
      description: task.description ?? null,
      lead: task.lead,
      partners: task.partners,
      timing: {
        label: task.timing.label,
        raw: task.timing.raw,
        kind: task.timing.kind,
        start: task.timing.start,
        end: task.timing.end,
        recurrence: task.timing.recurrence,
        reading: task.timing.reading,
      },
      quantities: task.quantities,
      audience: task.audience ?? null,
      targetGroups: task.targetGroups,
      themes: task.themes,
      inherited: task.inherited,
      url: withBase(base, taskPath(slug, task)),
    })),
  );
}

/** One object of /data/plans.json: a plan's metadata, goals and targets, without its tasks. */
export function planRecord({ id: slug, data }: PlanEntry, base = '/') {
  return {
    id: slug,
    ...data.plan,
    provinceSlug: provinceSlug(data.plan.province),
    taskCount: data.tasks.length,
    goals: data.goals,
    targets: data.targets,
    url: withBase(base, planPath(slug)),
  };
}

export type AgencyRole = 'lead' | 'partner';

const rolesOf = /* @__PURE__ */ perPlanList((entries) =>
  sortPlans(entries).flatMap(({ id: slug, data }) =>
    data.tasks.flatMap((task) => {
      const seen = new Set<string>();
      const rows: {
        agency: string;
        plan: string;
        province: string;
        task: Task;
        role: AgencyRole;
        asWritten: string;
      }[] = [];
      for (const [role, mentions] of [
        ['lead', task.lead],
        ['partner', task.partners],
      ] as const) {
        for (const mention of mentions) {
          // An agency named twice in one task (as lead and partner, or once per sub-event) counts once per role.
          const key = `${mention.agency}:${role}`;
          if (seen.has(key)) continue;
          seen.add(key);
          rows.push({
            agency: mention.agency,
            plan: slug,
            province: data.plan.province,
            task,
            role,
            asWritten: mention.asWritten,
          });
        }
      }
      return rows;
    }),
  ),
);

/** Each (agency, task, role) link, for the agency pages and the agency index counts (built once per list of plans). */
export const agencyRoles = (entries: PlanEntry[]) => [...rolesOf(entries)];
