/** /data/tasks.json: every task of every plan, in document order (fields: /du-lieu/, schema: tasks.schema.json). */
import type { APIRoute } from 'astro';
import { getPlans } from '../../lib/collections.ts';
import { taskRecords } from '../../lib/plans.ts';
import { toJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(toJson(taskRecords(await getPlans(), import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
