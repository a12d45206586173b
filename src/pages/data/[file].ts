/**
 * Every file of /data/ (tasks.json, tasks.csv, plans.json, agencies.json, documents.json, one
 * <plan>.json per plan and the JSON Schemas), as src/lib/open-data.ts makes them: serialised once
 * per build (getPublishedFiles), the same bodies /du-lieu/ lists with their sizes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedFiles, publishedFile } from '../../lib/collections.ts';
import type { Download } from '../../lib/open-data.ts';

const CONTENT_TYPE: Record<Download['format'], string> = {
  JSON: 'application/json; charset=utf-8',
  CSV: 'text/csv; charset=utf-8',
  'JSON Schema': 'application/schema+json; charset=utf-8',
};

export const getStaticPaths = (async () =>
  (await getPublishedFiles()).map((file) => ({
    params: { file: file.path.replace(/^\/data\//, '') },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = await publishedFile(`/data/${params.file}`);
  return new Response(file.body, { headers: { 'Content-Type': CONTENT_TYPE[file.format] } });
};
