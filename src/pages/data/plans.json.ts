/** /data/plans.json: one object per plan with its metadata, goals and targets. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { planRecord, sortPlans } from '../../lib/plans.ts';

export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      sortPlans(await getCollection('plans')).map((entry) => planRecord(entry, import.meta.env.BASE_URL)),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
