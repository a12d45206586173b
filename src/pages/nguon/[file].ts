/** The raw source texts, published as they were collected, so every page can link its evidence. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';

const SOURCES = new URL('../../../sources/', import.meta.url);

export const getStaticPaths = (() =>
  readdirSync(SOURCES)
    .filter((name) => name.endsWith('.txt'))
    .map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(new URL(params.file!, SOURCES), 'utf8'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
