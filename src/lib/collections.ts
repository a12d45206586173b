/** The one place pages read the plans collection from: validated entries in reading order. */
import { getCollection } from 'astro:content';
import { sortPlans } from './plans.ts';

export async function getPlans() {
  return sortPlans(await getCollection('plans'));
}
