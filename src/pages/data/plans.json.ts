/** /data/plans.json: one record per plan: metadata, legal bases, sources, corrections, goals, targets, citation. */
import type { APIRoute } from 'astro';
import { getPlans } from '../../lib/collections.ts';
import { planRecords, toJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toJson(planRecords(await getPlans(), { base: import.meta.env.BASE_URL, site })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
