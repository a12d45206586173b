/**
 * The tasks of the plans by activity type (src/lib/activity-types.ts): which plans do each kind
 * of activity, and for a task, the tasks of the other plans with one of its types ("the same
 * activity elsewhere"). The type pages, the activity matrix, the task cards and
 * /data/activity-types.json all read this one grouping, so they cannot disagree. Pure; plans are
 * given in reading order and kept in it, tasks in document order.
 */
import type { Task } from '../schemas/plan.ts';
import { ACTIVITY_TYPES, type ActivityType } from './activity-types.ts';
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

/**
 * For each type of a task, the tasks of the other plans with that type: where a reader goes from
 * Tây Ninh's contest to Quảng Ngãi's and Kon Tum's. Types no other plan has are left out.
 */
export function sameActivityElsewhere<E extends PlanEntry>(
  plans: readonly E[],
  slug: string,
  task: Pick<Task, 'activityTypes'>,
): { type: ActivityType; tasks: PlacedTask<E>[] }[] {
  const others = plans.filter((entry) => entry.id !== slug);
  return ACTIVITY_TYPES.filter((type) => task.activityTypes.includes(type.id))
    .map((type) => ({ type, tasks: activityGroup(others, type).tasks }))
    .filter((item) => item.tasks.length > 0);
}
