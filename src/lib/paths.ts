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

/** Where and when a build is published: its base path ("/" or "/sub/"), its address ("https://…"), its date. */
export interface Publication {
  base: string;
  site: URL | string;
  /** The build's date (ISO): the access date citations give, until the reader puts their own. */
  accessed?: string;
}

/** The full address of a site path in a publication: what citations and data files give. */
export const permalinkOf = (path: string, { base, site }: Publication) => new URL(withBase(base, path), site).href;

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
/** Every activity type (loại hoạt động) with its tasks across plans. */
export const ACTIVITY_TYPES_PATH = '/hoat-dong/';
/** The page of one activity type: its definition, its tasks in every plan, when each province does it. */
export const activityTypePath = (id: string) => `${ACTIVITY_TYPES_PATH}${id}/`;
export const provincePath = (province: string) => `/tinh/${provinceSlug(province)}/`;
/** The page where a person brings a plan the site does not have: a file read in the browser, the MDX to send. */
export const importPagePath = '/them-ke-hoach/';
/** The page of a cited document. */
export const documentPath = (slug: string) => `/van-ban/${slug}/`;
/** The page of a raw source file: "sources/000_x.txt" → "/nguon/000_x.txt". */
export const sourcePath = (file: string) => `/nguon/${file.replace(/^sources\//, '')}`;
/** The picture a shared link shows (Open Graph card, src/lib/social-image.ts): of a plan, a province, the site. */
export const socialImagePath = {
  plan: (slug: string) => `/anh/ke-hoach/${slug}.png`,
  province: (province: string) => `/anh/tinh/${provinceSlug(province)}.png`,
  site: '/anh/ke-hoach-mo.png',
} as const;
/**
 * The card of a page (its path without the base): a plan's page and its citation page show the
 * plan's, a province's page the province's when it has plans, every other page the site's.
 */
export function socialImageFor(path: string, plans: readonly string[], provinces: readonly string[]): string {
  const plan = /^\/ke-hoach\/([^/]+)\/(?:trich-dan\/)?$/.exec(path)?.[1];
  if (plan && plans.includes(plan)) return socialImagePath.plan(plan);
  const province = /^\/tinh\/([^/]+)\/$/.exec(path)?.[1];
  const name = province && provinces.find((p) => provinceSlug(p) === province);
  return name ? socialImagePath.province(name) : socialImagePath.site;
}
/** The feed of new plans and data releases. */
export const FEED_PATH = '/rss.xml';
/** Where the JSON Schema of a published file kind is. */
export const schemaPath = (name: PublicSchemaName) => `/data/${name}.schema.json`;
/** The provinces index: the map and every province before 1 July 2025 with what is known of it. */
export const PROVINCES_PATH = '/tinh/';
/** The catalogue of known provincial documents: diffusion over time and every entry. */
export const CATALOGUE_PATH = '/danh-muc/';
/** A known document on its province's page (one card per document, its id as anchor). */
export const knownDocumentPath = (province: string, id: string) => `${provincePath(province)}#${id}`;
/** The row of a province in the provinces index (the map's link for a province with no page). */
export const provinceRowPath = (slug: string) => `${PROVINCES_PATH}#${slug}`;
/** How to add the full text of a known document to the site (the importer and the README's "Thêm một kế hoạch"). */
export const CONTRIBUTE_PATH = '/gioi-thieu/#them-ke-hoach';
