/**
 * The built site as the tests see it: the two builds (dist/ at the root, dist-base/ under a
 * sub-path), their HTML pages discovered from the folder rather than hard-coded, each page's URL,
 * and a tiny parse5 walk to read elements and attributes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'parse5';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The base path the sub-path build is made with (BASE_PATH=/ke-hoach-mo/ in scripts/test.mjs). */
export const SUB_BASE = '/ke-hoach-mo/';
/** The site URL the sub-path build is made with (SITE_URL in scripts/test.mjs); dist/ has none. */
export const SUB_SITE = 'https://example.org';

export interface Build {
  name: string;
  dir: string;
  /** Always starts and ends with '/'. */
  base: string;
  /** The SITE_URL of the build, if it had one: canonical URLs and a sitemap. */
  site?: string;
}

export const BUILDS: Build[] = [
  { name: 'dist', dir: join(ROOT, 'dist'), base: '/' },
  { name: 'dist-base', dir: join(ROOT, 'dist-base'), base: SUB_BASE, site: SUB_SITE },
];

/** Every file of a folder, as '/'-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

export const listHtml = (dir: string) => listFiles(dir).filter((file) => file.endsWith('.html'));

/** The URL path a built file is served at: 'ke-hoach/x/index.html' -> '/ke-hoach/x/'. */
export function urlOf(file: string, base = '/'): string {
  const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return base + path;
}

/**
 * The kind of a page, to test one page of each: '/' is 'home', '/ke-hoach/' is 'ke-hoach',
 * '/ke-hoach/<slug>/' is 'ke-hoach/*', '/ke-hoach/sap-xep/<key>/' is 'ke-hoach/sap-xep/*',
 * the citation pages of the plans ('/ke-hoach/<slug>/trich-dan/') are one kind, 'ke-hoach/…/trich-dan',
 * '/404.html' is '404.html'.
 */
export function kindOf(url: string): string {
  const parts = url.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 3 && parts[0] === 'ke-hoach' && parts[2] === 'trich-dan') return 'ke-hoach/…/trich-dan';
  return `${parts.slice(0, -1).join('/')}/*`;
}

/** One page (URL path, without base) of every kind the build holds, the first in sorted order. */
export function onePagePerKind(dir: string): { kind: string; url: string }[] {
  const seen = new Map<string, string>();
  for (const file of listHtml(dir)) {
    const url = urlOf(file);
    const kind = kindOf(url);
    if (!seen.has(kind)) seen.set(kind, url);
  }
  return [...seen].map(([kind, url]) => ({ kind, url }));
}

// ---- a minimal DOM walk over parse5's tree ----

export interface El {
  tag: string;
  attrs: Record<string, string>;
  /** Source line, for messages. */
  line?: number;
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  sourceCodeLocation?: { startLine: number };
}

/** Every element of an HTML document, in document order (template contents included). */
export function elements(html: string): El[] {
  const doc = parse(html, { sourceCodeLocationInfo: true }) as unknown as P5Node;
  const out: El[] = [];
  const walk = (node: P5Node) => {
    if (node.tagName) {
      out.push({
        tag: node.tagName,
        attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])),
        line: node.sourceCodeLocation?.startLine,
      });
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(doc);
  return out;
}

export const readText = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
