/**
 * Derived views of the plans, shared by pages and the public data files: the flat task list
 * (tasks.json), plan records (plans.json), and per-agency roles. Pure functions over validated
 * plans in reading order (src/lib/corpus.ts sorts them once); no Astro imports.
 */
import type { Plan, Task } from '../schemas/plan.ts';
import type { TaskRecord } from '../schemas/public-data.ts';
import { CANONICAL_SITE } from './site.ts';
import { TARGET_GROUP_VOCABULARY } from './target-groups.ts';
import { THEME_VOCABULARY } from './themes.ts';
import { ACTIVITY_TYPE_VOCABULARY } from './activity-types.ts';
import { permalinkOf, planPath, provinceSlug, taskPath, withBase, type Publication } from './paths.ts';
import { taskId } from './task-ref.ts';
import { vietnameseCollator } from './vietnamese.ts';

/** A collection entry: the file's slug and its validated frontmatter. */
export interface PlanEntry {
  id: string;
  data: Plan;
}

export { periodLabel } from './period.ts';

/** What a task card says of attributes stated once for a group: "cơ quan chủ trì, thời gian: nêu chung …". */
export function inheritedLabel(task: Pick<Task, 'inherited' | 'inheritedNote'>): string | null {
  if (task.inherited.length === 0) return null;
  const INHERITED = {
    lead: 'cơ quan chủ trì',
    partners: 'cơ quan phối hợp',
    timing: 'thời gian',
    quantities: 'số lượng',
  };
  return `${task.inherited.map((field) => INHERITED[field]).join(', ')}: ${task.inheritedNote ?? 'nêu chung cho cả nhóm'}`;
}

/** "03/11/2020" from an ISO date. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Text as a reader sees it, for comparing wordings: Markdown escapes and entities read, spaces collapsed. */
function readable(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!<>&|~"'])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The goals a plan's full text does not quote word for word: a plan page shows its goals in the
 * full text and lists apart only these (usually none), so that none is shown twice or lost.
 */
export function goalsOutsideText<G extends { text: string }>(goals: readonly G[], body: string): G[] {
  const text = readable(body);
  return goals.filter((goal) => !text.includes(readable(goal.text)));
}

/** How long the bold part of a task's heading may be: about two lines on a phone. */
export const TITLE_LEAD = 110;

/**
 * A task's title as its heading shows it: a lead in bold (the whole title when short; else up to
 * the last sentence or clause break that keeps it within `max` characters, or the last word that
 * does) and the rest in plain weight. Together they are the title, character for character.
 */
export function splitTitle(title: string, max = TITLE_LEAD): { lead: string; rest: string } {
  if (title.length <= max) return { lead: title, rest: '' };
  const min = 30;
  for (const breaks of [/[.;:](?=\s)/g, /,(?=\s)/g]) {
    const ends = [...title.matchAll(breaks)].map((m) => m.index + 1).filter((end) => end >= min && end <= max);
    if (ends.length > 0) return { lead: title.slice(0, ends.at(-1)), rest: title.slice(ends.at(-1)) };
  }
  const space = title.lastIndexOf(' ', max);
  return space >= min ? { lead: title.slice(0, space), rest: title.slice(space) } : { lead: title, rest: '' };
}

/** Plans in reading order: by province, then period plans before the annual plans under them. */
export function sortPlans<T extends PlanEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      vietnameseCollator.compare(a.data.plan.province, b.data.plan.province) ||
      a.data.plan.period.start - b.data.plan.period.start ||
      b.data.plan.period.end - a.data.plan.period.end,
  );
}

/** One row of /data/tasks.json: the public shape of a task, defined (and described) by its zod schema. */
export type { TaskRecord };

/** Where records name pages when no build says otherwise (the importer's preview): the canonical site. */
export const CANONICAL_PUBLICATION: Publication = { base: '/', site: CANONICAL_SITE };

/** Every task of the plans (given in reading order), tasks in document order. */
export function taskRecords(
  plans: readonly PlanEntry[],
  publication: Publication = CANONICAL_PUBLICATION,
): TaskRecord[] {
  return plans.flatMap(({ id: slug, data }) =>
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
      targetGroupLabels: task.targetGroups.map(TARGET_GROUP_VOCABULARY.label),
      themes: task.themes,
      themeLabels: task.themes.map(THEME_VOCABULARY.label),
      activityTypes: task.activityTypes,
      activityTypeLabels: task.activityTypes.map(ACTIVITY_TYPE_VOCABULARY.label),
      inherited: task.inherited,
      url: withBase(publication.base, taskPath(slug, task)),
      permalink: permalinkOf(taskPath(slug, task), publication),
    })),
  );
}

/** One object of /data/plans.json: a plan's metadata, goals and targets, without its tasks. */
export function planRecord({ id: slug, data }: PlanEntry, publication: Publication = CANONICAL_PUBLICATION) {
  return {
    id: slug,
    ...data.plan,
    provinceSlug: provinceSlug(data.plan.province),
    taskCount: data.tasks.length,
    goals: data.goals,
    targets: data.targets,
    url: withBase(publication.base, planPath(slug)),
    permalink: permalinkOf(planPath(slug), publication),
  };
}

export type AgencyRole = 'lead' | 'partner';

/** One (agency, task, role) link: an agency leading or partnering in a task. */
export interface AgencyTaskRole {
  agency: string;
  plan: string;
  province: string;
  task: Task;
  role: AgencyRole;
  asWritten: string;
}

/** Each (agency, task, role) link of the plans (given in reading order), for the agency pages and counts. */
export function agencyRoles(plans: readonly PlanEntry[]): AgencyTaskRole[] {
  return plans.flatMap(({ id: slug, data }) =>
    data.tasks.flatMap((task) => {
      const seen = new Set<string>();
      const rows: AgencyTaskRole[] = [];
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
  );
}
