/** The one place pages read the plans collection from: validated entries in reading order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortPlans } from './plans.ts';

// getCollection makes new entry objects on each call, over the same `data` objects while the
// content is unchanged: the plans are sorted once and every page gets the same array, so that the
// lookups built over it (src/lib/legal.ts, agencyRoles: see perPlanList) are built once per build.
let last: { data: unknown[]; digests: unknown[]; plans: CollectionEntry<'plans'>[] } | null = null;

/** The plans in reading order: one shared array while the content is unchanged (frozen: copy it to sort it). */
export async function getPlans(): Promise<CollectionEntry<'plans'>[]> {
  const entries = await getCollection('plans');
  const cached = last;
  if (
    cached &&
    cached.data.length === entries.length &&
    entries.every((entry, i) => entry.data === cached.data[i] && entry.digest === cached.digests[i])
  ) {
    return cached.plans;
  }
  const plans = Object.freeze(sortPlans(entries)) as CollectionEntry<'plans'>[];
  last = { data: entries.map((entry) => entry.data), digests: entries.map((entry) => entry.digest), plans };
  return plans;
}
