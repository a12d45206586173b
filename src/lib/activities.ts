/**
 * The tasks of the plans by activity type (src/lib/activity-types.ts): which plans do each kind
 * of activity, and for a task, the tasks of the other plans with one of its types ("the same
 * activity elsewhere"). The type pages, the activity matrix, the task cards and
 * /data/activity-types.json all read this one grouping, so they cannot disagree. Pure; plans are
 * given in reading order and kept in it, tasks in document order.
 */
import type { Task } from '../schemas/plan.ts';
import { ACTIVITY_TYPES, type ActivityType } from './activity-types.ts';
import type { Corpus } from './corpus.ts';
import type { PlanEntry } from './plans.ts';

/** A task with the plan it belongs to. */
export interface PlacedTask<E extends PlanEntry = PlanEntry> {
  entry: E;
  task: Task;
}

/** One activity type and the plans that have it, each with its tasks of that type. */
export interface ActivityGroup<E extends PlanEntry = PlanEntry> {
  type: ActivityType;
  plans: { entry: E; tasks: Task[] }[];
  /** Every task of the type, plan by plan. */
  tasks: PlacedTask<E>[];
}

/** The tasks of a type, plan by plan (plans without one left out). */
export function activityGroup<E extends PlanEntry>(plans: readonly E[], type: ActivityType): ActivityGroup<E> {
  const byPlan = plans
    .map((entry) => ({ entry, tasks: entry.data.tasks.filter((task) => task.activityTypes.includes(type.id)) }))
    .filter((plan) => plan.tasks.length > 0);
  return { type, plans: byPlan, tasks: byPlan.flatMap(({ entry, tasks }) => tasks.map((task) => ({ entry, task }))) };
}

/** Every type that at least one task has, in the vocabulary's order (by theme). */
export function activityGroups<E extends PlanEntry>(plans: readonly E[]): ActivityGroup<E>[] {
  return ACTIVITY_TYPES.map((type) => activityGroup(plans, type)).filter((group) => group.tasks.length > 0);
}

/** How many tasks of one type a task card lists before it sends the reader to the type's page. */
export const ELSEWHERE_SHOWN = 8;

/** The tasks of the other plans with one type of a task: some of them, and how many there are. */
export interface ElsewhereOfType<E extends PlanEntry = PlanEntry> {
  type: ActivityType;
  /** At most ELSEWHERE_SHOWN tasks, taken plan by plan in turn so that the first ones come from different plans. */
  tasks: PlacedTask<E>[];
  /** Every task of the type in the other plans, and in how many plans they are. */
  total: number;
  plans: number;
}

/**
 * For each type of a task, the tasks of the other plans with that type: where a reader goes from
 * Tây Ninh's contest to Quảng Ngãi's and Kon Tum's. Types no other plan has are left out. The list
 * is bounded (the type's page holds them all), so a plan page does not grow with the corpus.
 */
export function sameActivityElsewhere<E extends PlanEntry>(
  corpus: Corpus<E>,
  slug: string,
  task: Pick<Task, 'activityTypes'>,
): ElsewhereOfType<E>[] {
  return ACTIVITY_TYPES.filter((type) => task.activityTypes.includes(type.id))
    .map((type) => {
      const group = corpus.activityGroup(type.id);
      const own = group.plans.find((plan) => plan.entry.id === slug);
      // Plan by plan in turn: each plan's first task, then each plan's second…, until enough.
      const picked: { plan: number; turn: number }[] = [];
      for (let turn = 0, more = true; more && picked.length < ELSEWHERE_SHOWN; turn++) {
        more = false;
        for (let plan = 0; plan < group.plans.length && picked.length < ELSEWHERE_SHOWN; plan++) {
          const { tasks } = group.plans[plan]!;
          if (group.plans[plan] === own || turn >= tasks.length) continue;
          picked.push({ plan, turn });
          more = true;
        }
      }
      // Shown in reading order, whatever turn brought them in.
      picked.sort((a, b) => a.plan - b.plan || a.turn - b.turn);
      const tasks = picked.map(({ plan, turn }) => ({
        entry: group.plans[plan]!.entry,
        task: group.plans[plan]!.tasks[turn]!,
      }));
      const total = group.tasks.length - (own?.tasks.length ?? 0);
      return { type, tasks, total, plans: group.plans.length - (own ? 1 : 0) };
    })
    .filter((item) => item.total > 0);
}

/**
 * How many tasks of the other plans share at least one type with a task: each counted once, even
 * when it shares two. Counted from the corpus's combinations of types, less the plan's own tasks.
 */
export function elsewhereCount(corpus: Corpus, slug: string, task: Pick<Task, 'activityTypes'>): number {
  const sharing = (types: readonly string[]) => types.some((type) => task.activityTypes.includes(type));
  const all = corpus.activityTypeSets.reduce((sum, set) => sum + (sharing(set.types) ? set.tasks : 0), 0);
  const own = corpus.plan(slug)?.data.tasks.filter((other) => sharing(other.activityTypes)).length ?? 0;
  return all - own;
}
