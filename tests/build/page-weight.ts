/**
 * What a page costs a reader, measured on the built files (no browser): the HTML, the stylesheets
 * and scripts it loads, each gzipped (zlib level 9, the most a static host's precompression would
 * give), against the page's visible text gzipped the same way. Used by page-budget.test.ts;
 * `measurePage` can also be called from a script to print the figures.
 *
 * Visible text, the way a reader sees the page without acting on it (parse5 over <body>):
 *  - text nodes, whitespace runs collapsed to one space, block elements separated by a space;
 *  - not counted: <script>, <style>, <template>, <noscript>, elements with the `hidden` attribute,
 *    screen-reader-only text (class "visually-hidden");
 *  - inside <svg>: only <text>/<tspan> (labels drawn on screen, aria-hidden or not); <title> and
 *    <desc> are tooltips and text alternatives, shapes carry no text;
 *  - a closed <details> counts whole: what it folds is on the page, one tap away, without another
 *    request (plan pages fold their secondary sections and each task's original wording, so
 *    that a phone shows the tasks first; the text is still what the page brings);
 *  - of elements drawn in two variants of which CSS shows one by width (data-variant="narrow" /
 *    "wide", the timeline drawings), only the wide one counts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findAll, findOne, byTag, tree, type Node } from './tree.ts';

export const GZIP_LEVEL = 9;
export const gz = (data: string | Buffer) => gzipSync(data, { level: GZIP_LEVEL }).length;

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'desc']);
const INLINE = new Set([
  'a',
  'span',
  'strong',
  'em',
  'b',
  'i',
  'time',
  'abbr',
  'code',
  'del',
  'ins',
  'mark',
  'small',
  'sub',
  'sup',
  'tspan',
  'label',
  'cite',
  'q',
  'bdi',
]);

/** The visible text of an element (see the definition above), whitespace not yet collapsed. */
function visible(node: Node, inSvg = false): string {
  if (node.tag === '#text') return inSvg ? '' : node.value;
  if (SKIP.has(node.tag) || 'hidden' in node.attrs) return '';
  if ((node.attrs.class ?? '').split(/\s+/).includes('visually-hidden')) return '';
  if (node.attrs['data-variant'] === 'narrow') return '';
  if (node.tag === 'text' && inSvg)
    return ` ${node.children.map((child) => (child.tag === '#text' ? child.value : visible(child, false))).join('')} `;
  const svg = inSvg || node.tag === 'svg';
  const inner = node.children.map((child) => visible(child, svg)).join('');
  return INLINE.has(node.tag) ? inner : ` ${inner} `;
}

export function visibleText(html: string): string {
  const body = findOne(tree(html), byTag('body'));
  return body ? visible(body).replace(/\s+/g, ' ').trim() : '';
}

export interface Resource {
  /** Path relative to the build folder, or 'inline #n' for an inline script. */
  path: string;
  kind: 'html' | 'css' | 'js';
  bytes: number;
  gzip: number;
  /** For scripts: how the page loads it. */
  via?: 'script' | 'modulepreload' | 'import' | 'inline';
}

export interface PageWeight {
  file: string;
  resources: Resource[];
  html: number;
  css: number;
  js: number;
  total: number;
  text: string;
  textBytes: number;
  textGzip: number;
  ratio: number;
}

/** Static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`, `export … from`), not dynamic `import()`. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g))
    out.push(match[1]!);
  return out;
}

/**
 * The resources a built page loads on arrival: <link rel=stylesheet>, <script src>, <link
 * rel=modulepreload>, inline scripts, and the static imports of every module script (followed
 * recursively; dynamic imports, fetched only on use, are not counted). `base` is the build's base
 * path. Fonts and images are not counted (the budget is HTML + CSS + JS; fonts have their own test).
 */
export function pageResources(dir: string, file: string, base = '/'): Resource[] {
  const html = readFileSync(join(dir, file), 'utf8');
  const doc = tree(html);
  const pageUrl = new URL(`http://site.test${base}${file}`);
  const seen = new Set<string>();
  const out: Resource[] = [{ path: file, kind: 'html', bytes: Buffer.byteLength(html), gzip: gz(html) }];
  const local = (href: string, from: URL): string | undefined => {
    const url = new URL(href, from);
    if (url.origin !== pageUrl.origin || !url.pathname.startsWith(base)) return undefined;
    return decodeURIComponent(url.pathname.slice(base.length));
  };
  const add = (path: string | undefined, kind: 'css' | 'js', via: Resource['via']) => {
    if (!path || seen.has(path)) return;
    seen.add(path);
    const full = join(dir, path);
    if (!existsSync(full)) throw new Error(`${file}: loads ${path}, which is not in ${dir}`);
    const content = readFileSync(full);
    out.push({ path, kind, bytes: content.length, gzip: gz(content), via });
    if (kind === 'js') {
      const from = new URL(`http://site.test${base}${path}`);
      for (const spec of staticImports(content.toString('utf8'))) add(local(spec, from), 'js', 'import');
    }
  };
  let inline = 0;
  for (const el of findAll(doc, () => true)) {
    const rels = (el.attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (el.tag === 'link' && rels.includes('stylesheet') && el.attrs.href)
      add(local(el.attrs.href, pageUrl), 'css', undefined);
    if (el.tag === 'link' && rels.includes('modulepreload') && el.attrs.href)
      add(local(el.attrs.href, pageUrl), 'js', 'modulepreload');
    if (el.tag === 'script') {
      const type = (el.attrs.type ?? '').toLowerCase();
      const isJs = type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
      if (!isJs) continue;
      if (el.attrs.src) add(local(el.attrs.src, pageUrl), 'js', 'script');
      else {
        const code = el.children.map((child) => child.value).join('');
        if (!code.trim()) continue;
        inline++;
        out.push({
          path: `inline #${inline}`,
          kind: 'js',
          bytes: Buffer.byteLength(code),
          gzip: gz(code),
          via: 'inline',
        });
        if (type === 'module') for (const spec of staticImports(code)) add(local(spec, pageUrl), 'js', 'import');
      }
    }
  }
  return out;
}

/** Weight of a built page against its visible text. */
export function measurePage(dir: string, file: string, base = '/'): PageWeight {
  const resources = pageResources(dir, file, base);
  // Inline scripts are listed as JavaScript (for the no-script rule) but their bytes are the HTML's.
  const sum = (kind: Resource['kind']) =>
    resources.filter((r) => r.kind === kind && r.via !== 'inline').reduce((total, r) => total + r.gzip, 0);
  const text = visibleText(readFileSync(join(dir, file), 'utf8'));
  const textGzip = gz(text);
  const [html, css, js] = [sum('html'), sum('css'), sum('js')];
  return {
    file,
    resources,
    html,
    css,
    js,
    total: html + css + js,
    text,
    textBytes: Buffer.byteLength(text),
    textGzip,
    ratio: (html + css + js) / textGzip,
  };
}
