/** /data/<kind>.schema.json: the JSON Schema of each published JSON file, generated from its zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemaOf, PUBLIC_SCHEMAS, type PublicSchemaName } from '../../schemas/public-data.ts';
import { toJson } from '../../lib/open-data.ts';

export const getStaticPaths = (() =>
  Object.keys(PUBLIC_SCHEMAS).map((schema) => ({ params: { schema } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(toJson(jsonSchemaOf(params.schema as PublicSchemaName)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
