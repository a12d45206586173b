/** /data/<plan>.json: one plan with its tasks (schema: plan.schema.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlans } from '../../lib/collections.ts';
import { planFile, toJson } from '../../lib/open-data.ts';

export const getStaticPaths = (async () =>
  (await getPlans()).map((entry) => ({ params: { plan: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(toJson(planFile(await getPlans(), params.plan!, { base: import.meta.env.BASE_URL, site })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
