/**
 * The built site as the tests see it: the two builds (dist/ at the root, dist-base/ under a
 * sub-path), their HTML pages discovered from the folder rather than hard-coded, each page's URL,
 * and a tiny parse5 walk to read elements and attributes.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'parse5';
import { CANONICAL_SITE } from '../../src/lib/site.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The base path the sub-path build is made with (BASE_PATH=/ke-hoach-mo/ in scripts/test.mjs). */
export const SUB_BASE = '/ke-hoach-mo/';
/** The site URL the sub-path build is made with (SITE_URL in scripts/test.mjs); dist/ has the canonical one. */
export const SUB_SITE = 'https://example.org';

export interface Build {
  name: string;
  dir: string;
  /** Always starts and ends with '/'. */
  base: string;
  /** The address of the build (SITE_URL, or the canonical one): canonical URLs, sitemap, permalinks. */
  site: string;
}

export const BUILDS: Build[] = [
  { name: 'dist', dir: join(ROOT, 'dist'), base: '/', site: CANONICAL_SITE },
  { name: 'dist-base', dir: join(ROOT, 'dist-base'), base: SUB_BASE, site: SUB_SITE },
];

export { kindOf, listFiles, listHtml, onePagePerKind, urlOf } from '../../scripts/lib/built-site.ts';

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
