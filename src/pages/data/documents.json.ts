/** /data/documents.json: the documents the plans cite, each with the plans that cite it and how. */
import type { APIRoute } from 'astro';
import { getPlans } from '../../lib/collections.ts';
import { documentRecords, toJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toJson(documentRecords(await getPlans(), { base: import.meta.env.BASE_URL, site })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
