/**
 * The built site as the tests see it: the two builds (dist/ at the root, dist-base/ under a
 * sub-path), their HTML pages discovered from the folder rather than hard-coded, each page's URL,
 * and one way to read a page: cheerio's selectors, and the text a reader reads.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
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

import { listHtml, urlOf } from '../../scripts/lib/built-site.ts';
export { kindOf, listFiles, listHtml, onePagePerKind, urlOf } from '../../scripts/lib/built-site.ts';

// ---- reading a page: cheerio, CSS selectors over the HTML as a browser parses it (parse5) ----

/**
 * An HTML document as a cheerio root: `$('table[data-matrix] th[scope=row]')`. Elements keep their
 * source line (lineOf). Every element of a page: `$.root().find('*')`, which cheerio types as
 * elements (`$('*')` is typed as any node).
 */
export const parseHtml = (html: string): CheerioAPI => load(html, { sourceCodeLocationInfo: true });

/** A selection of elements, as `$('…')` and `.find('…')` return it. */
export type Elements = ReturnType<Cheerio<unknown>['children']>;

/** A built page of a build folder (`file` relative to it, e.g. 'ke-hoach/index.html'). */
export const loadPage = (dir: string, file: string) => parseHtml(readText(dir, file));

/** The line an element starts on in its file, for messages (none for an element the parser implied). */
export const lineOf = (el: { sourceCodeLocation?: { startLine: number } | null }) => el.sourceCodeLocation?.startLine;

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** All the text of a selection (scripts included, as the DOM's textContent), whitespace collapsed. */
export const textOf = (selection: { text(): string }) => collapse(selection.text());

/** Inline elements: any other element is a block, whose text does not run into its neighbours'. */
const INLINE = 'a, span, strong, em, b, i, time, abbr, code, del, ins, mark';

/**
 * The text a reader reads in the first element `selector` matches (<main> by default), whitespace
 * collapsed: no script, style or template, a space between blocks. Hidden text counts: for what a
 * reader sees without acting, see page-weight.ts.
 */
export function readerText($: CheerioAPI, selector = 'main'): string {
  const copy = $(selector).first().clone();
  copy.find('script, style, template, head').remove();
  copy.find('*').not(INLINE).before(' ').after(' ');
  return collapse(copy.text());
}

export const readText = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/**
 * Province pages worth a look beyond the first of their kind, found in the build: one with a plan
 * read in full (its plans table and theme counts), one with sources in conflict, one with a
 * document known only from a weak source.
 */
export function provincePagesToCheck(dir: string): string[] {
  const pages = listHtml(dir).filter((file) => /^tinh\/[^/]+\/index\.html$/.test(file));
  const first = (marker: string) => pages.find((file) => readText(dir, file).includes(marker));
  return [...new Set([first('class="plan-table'), first('class="kd-conflicts'), first('class="kd kd-weak')])]
    .filter((file): file is string => file !== undefined)
    .map((file) => urlOf(file));
}
