/**
 * What a page costs a reader, measured on the built files (no browser): the HTML, the stylesheets
 * and scripts it loads, each gzipped (zlib level 9, the most a static host's precompression would
 * give), against the page's visible text gzipped the same way. Used by page-budget.test.ts;
 * `measurePage` can also be called from a script to print the figures.
 *
 * Visible text, the way a reader sees the page without acting on it (the <body> as parsed by cheerio):
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
import type { CheerioAPI } from 'cheerio';
import { collapse, parseHtml } from './dist.ts';

export const GZIP_LEVEL = 9;
export const gz = (data: string | Buffer) => gzipSync(data, { level: GZIP_LEVEL }).length;

/** What a reader does not see without acting (see the definition above). */
const UNSEEN =
  'script, style, template, noscript, head, title, desc, [hidden], .visually-hidden, [data-variant="narrow"]';
/** Inline elements: any other element is a block, whose text does not run into its neighbours'. */
const INLINE =
  'a, span, strong, em, b, i, time, abbr, code, del, ins, mark, small, sub, sup, tspan, label, cite, q, bdi';

/** The visible text of a page (see the definition above), whitespace collapsed. */
export function visibleText($: CheerioAPI): string {
  const body = $('body').first().clone();
  body.find(UNSEEN).remove();
  // A drawing is read by its labels: text outside <text> is only the markup's whitespace.
  body
    .find('svg')
    .find('*')
    .addBack()
    .not('text, text *')
    .contents()
    .filter((_, node) => node.type === 'text')
    .remove();
  body.find('*').not(INLINE).before(' ').after(' ');
  return collapse(body.text());
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
  const $ = parseHtml(html);
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
  // In document order, as the browser meets them.
  for (const el of $('link[href], script')) {
    const $el = $(el);
    const rels = ($el.attr('rel') ?? '').toLowerCase().split(/\s+/);
    const href = $el.attr('href');
    if (el.tagName === 'link' && rels.includes('stylesheet') && href) add(local(href, pageUrl), 'css', undefined);
    if (el.tagName === 'link' && rels.includes('modulepreload') && href)
      add(local(href, pageUrl), 'js', 'modulepreload');
    if (el.tagName === 'script') {
      const type = ($el.attr('type') ?? '').toLowerCase();
      const isJs = type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
      if (!isJs) continue;
      const src = $el.attr('src');
      if (src) add(local(src, pageUrl), 'js', 'script');
      else {
        const code = $el.text();
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
  const text = visibleText(parseHtml(readFileSync(join(dir, file), 'utf8')));
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
