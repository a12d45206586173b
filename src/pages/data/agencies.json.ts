/** /data/agencies.json: the agency registry, with how the plans write each agency and its task counts. */
import type { APIRoute } from 'astro';
import { getPlans } from '../../lib/collections.ts';
import { agencyRecords, toJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toJson(agencyRecords(await getPlans(), { base: import.meta.env.BASE_URL, site })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
