/**
 * Where things are on the site: the path of every kind of page and file, and the one helper that
 * puts the deployment base in front of a path (BASE_PATH: "/" or "/sub/"). Pages, components and
 * browser code link with `url(path)`; code running outside Vite (build integrations, tools) passes
 * the base to `withBase` itself.
 */
import type { PublicSchemaName } from '../schemas/public-data.ts';
import { slugify } from './vietnamese.ts';

/** Join a site path to a deployment base: withBase('/sub/', '/ke-hoach/') → '/sub/ke-hoach/'. */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

/** A site path with this build's base, for every link a page or a browser script writes. */
export const url = (path: string) => withBase(import.meta.env.BASE_URL, path);

/** The province page slug: "Quảng Ngãi" → "quang-ngai". */
export const provinceSlug = (province: string) => slugify(province);

export const planPath = (slug: string) => `/ke-hoach/${slug}/`;
export const taskPath = (planSlug: string, task: { anchor: string }) => `${planPath(planSlug)}#${task.anchor}`;
/** The page holding the citations of a plan and of each of its tasks (one anchor per task). */
export const citationPath = (slug: string, anchor?: string) =>
  `${planPath(slug)}trich-dan/${anchor ? `#${anchor}` : ''}`;
export const agencyPath = (id: string) => `/co-quan/${id}/`;
export const provincePath = (province: string) => `/tinh/${provinceSlug(province)}/`;
/** The page where a person brings a plan the site does not have: a file read in the browser, the MDX to send. */
export const importPagePath = '/them-ke-hoach/';
/** The page of a cited document. */
export const documentPath = (slug: string) => `/van-ban/${slug}/`;
/** The page of a raw source file: "sources/000_x.txt" → "/nguon/000_x.txt". */
export const sourcePath = (file: string) => `/nguon/${file.replace(/^sources\//, '')}`;
/** Where the JSON Schema of a published file kind is. */
export const schemaPath = (name: PublicSchemaName) => `/data/${name}.schema.json`;
