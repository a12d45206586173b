/** /data/tasks.csv: tasks.json as a spreadsheet (UTF-8 with BOM, one row per task, lists joined with "; "). */
import type { APIRoute } from 'astro';
import { getPlans } from '../../lib/collections.ts';
import { taskRecords } from '../../lib/plans.ts';
import { tasksCsv } from '../../lib/tasks-csv.ts';
import { jsonSchemaOf } from '../../schemas/public-data.ts';

export const GET: APIRoute = async () =>
  new Response(tasksCsv(taskRecords(await getPlans(), import.meta.env.BASE_URL), jsonSchemaOf('tasks')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
