/** /data/tasks.json: every task of every plan, in document order (see README, "Dữ liệu mở"). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { taskRecords } from '../../lib/plans.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(taskRecords(await getCollection('plans'), import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
