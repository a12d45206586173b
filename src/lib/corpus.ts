/**
 * The corpus: every plan of the site in reading order, frozen, with the lookups the pages and
 * data files need (by id, number, province, agency; the plan hierarchy; the cited documents),
 * all built once. Pages get it from getCorpus() (src/lib/collections.ts), once per build; tests
 * build one from fixture plans. Every list it hands out is in reading order, so no caller sorts.
 */
import { activityGroup, type ActivityGroup } from './activities.ts';
import { ACTIVITY_TYPES } from './activity-types.ts';
import { citedDocuments, parentStep, type CitedDocument, type HierarchyStep } from './legal.ts';
import { agencyRoles, sortPlans, type AgencyTaskRole, type PlanEntry } from './plans.ts';
import { slugify } from './vietnamese.ts';

export interface Corpus<E extends PlanEntry = PlanEntry> {
  /** Every plan, in reading order: by province, then period plans before the annual plans under them. */
  readonly plans: readonly E[];
  /** The provinces with a plan, in reading order. */
  readonly provinces: readonly string[];
  plan(id: string): E | undefined;
  /** The plans of a province (as it was when they were issued), in reading order. */
  plansOf(province: string): readonly E[];
  /** The plan with this document number (compared as a slug: "2721/KH-UBND" = "2721/kh-ubnd"), in that province when given. */
  planByNumber(number: string | null | undefined, province?: string | null): E | undefined;
  /** The document a plan implements, and that plan if it is on the site; null when the plan names none. */
  parentOf(id: string): HierarchyStep | null;
  /** The chain of documents above a plan, from the top down to its parent, and the plans that implement it. */
  hierarchy(id: string): { ancestors: HierarchyStep[]; children: readonly E[] };
  /** Each (agency, task, role) link. */
  readonly roles: readonly AgencyTaskRole[];
  rolesOf(agency: string): readonly AgencyTaskRole[];
  /** Every document a plan cites, once, with the plans citing it. */
  readonly documents: readonly CitedDocument[];
  /** The tasks of an activity type, plan by plan (empty for a type no task has). */
  activityGroup(type: string): ActivityGroup<E>;
  /** Each combination of activity types the tasks have, with how many tasks have exactly it. */
  readonly activityTypeSets: readonly { types: readonly string[]; tasks: number }[];
}

const NONE: readonly never[] = Object.freeze([]);

function groupBy<T>(items: readonly T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** The corpus of a set of validated plans, in any order. */
export function buildCorpus<E extends PlanEntry>(entries: readonly E[]): Corpus<E> {
  const plans = Object.freeze(sortPlans(entries));
  const byId = new Map(plans.map((entry) => [entry.id, entry]));
  if (byId.size !== plans.length) throw new Error('Hai kế hoạch cùng mã');
  const byProvince = groupBy(plans, (entry) => [entry.data.plan.province]);
  const byNumber = groupBy(plans, (entry) => (entry.data.plan.number ? [slugify(entry.data.plan.number)] : []));

  const planByNumber = (number: string | null | undefined, province?: string | null) =>
    number
      ? byNumber.get(slugify(number))?.find((entry) => !province || entry.data.plan.province === province)
      : undefined;

  const parents = new Map(plans.map((entry) => [entry.id, parentStep(entry, planByNumber)]));
  const children = groupBy(plans, (entry) => {
    const parent = parents.get(entry.id)?.plan;
    return parent && parent !== entry.id ? [parent] : [];
  });

  const activities = new Map(ACTIVITY_TYPES.map((type) => [type.id, activityGroup(plans, type)]));
  const typeSets = groupBy(
    plans.flatMap((entry) => entry.data.tasks),
    (task) => [[...task.activityTypes].sort().join(' ')],
  );

  const roles = Object.freeze(agencyRoles(plans));
  const rolesByAgency = groupBy(roles, (role) => [role.agency]);

  return {
    plans,
    provinces: Object.freeze([...byProvince.keys()]),
    plan: (id) => byId.get(id),
    plansOf: (province) => byProvince.get(province) ?? NONE,
    planByNumber,
    parentOf: (id) => parents.get(id) ?? null,
    hierarchy(id) {
      const ancestors: HierarchyStep[] = [];
      const seen = new Set([id]);
      let step = parents.get(id);
      while (step) {
        ancestors.unshift({ ...step });
        if (!step.plan || seen.has(step.plan)) break;
        seen.add(step.plan);
        step = parents.get(step.plan);
      }
      return { ancestors, children: children.get(id) ?? NONE };
    },
    roles,
    rolesOf: (agency) => rolesByAgency.get(agency) ?? NONE,
    documents: Object.freeze(citedDocuments(plans, planByNumber)),
    activityGroup(type) {
      const group = activities.get(type);
      if (!group) throw new Error(`Loại hoạt động "${type}" không có trong danh mục (src/lib/activity-types.ts)`);
      return group;
    },
    activityTypeSets: [...typeSets].map(([key, tasks]) => ({ types: key ? key.split(' ') : [], tasks: tasks.length })),
  };
}
