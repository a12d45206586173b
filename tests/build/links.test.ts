/**
 * Link checker over every HTML page of both builds (dist/ at '/', dist-base/ under the sub-path):
 * every internal href/src/action resolves to a file of the same build, stays under the build's
 * base path, keeps the trailing-slash URL contract, and every #fragment names an element of the
 * target page. External links are listed; none may load a resource (script, style, image, font).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILDS, lineOf, listFiles, listHtml, loadPage, urlOf, type Build } from './dist.ts';

const ORIGIN = 'http://site.test';

/** Attributes that hold a URL, per element. */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** link rel values that do not load anything into the page. */
const NON_LOADING_RELS = new Set([
  'canonical',
  'alternate',
  'author',
  'help',
  'license',
  'next',
  'prev',
  'search',
  'me',
  'bookmark',
  'external',
  'nofollow',
  'noopener',
  'noreferrer',
]);

interface Ref {
  page: string; // file of the page, relative to the build folder
  tag: string;
  /** Source line of the element, for messages. */
  line?: number;
  /** The element's rel, for <link>. */
  rel?: string;
  attr: string;
  value: string;
  url: URL;
}

/** The references of one page, resolved against its URL. */
function refsOf(build: Build, file: string): Ref[] {
  const pageUrl = new URL(urlOf(file, build.base), ORIGIN);
  const out: Ref[] = [];
  let baseHref = pageUrl;
  const $ = loadPage(build.dir, file);
  for (const el of $.root().find('*')) {
    const tag = el.tagName;
    if (tag === 'base' && el.attribs.href) baseHref = new URL(el.attribs.href, pageUrl);
    for (const attr of URL_ATTRS[tag] ?? []) {
      const raw = el.attribs[attr];
      if (raw === undefined) continue;
      const values =
        attr === 'srcset'
          ? raw
              .split(',')
              .map((part) => part.trim().split(/\s+/)[0]!)
              .filter(Boolean)
          : [raw.trim()];
      for (const value of values) {
        if (/^(mailto|tel|javascript|data|blob|sms):/i.test(value)) continue;
        // A form without action submits to the page itself: nothing to check.
        if (tag === 'form' && value === '') continue;
        out.push({
          page: file,
          tag,
          line: lineOf(el),
          rel: el.attribs.rel,
          attr,
          value,
          url: new URL(value, baseHref),
        });
      }
    }
  }
  return out;
}

const describeRef = (ref: Ref) =>
  `${ref.page}${ref.line && ref.line > 1 ? `:${ref.line}` : ''} <${ref.tag} ${ref.attr}="${ref.value}">`;

function loadsResource(ref: Ref): boolean {
  if (ref.tag === 'a' || ref.tag === 'area' || ref.tag === 'form') return false;
  if (ref.tag === 'link') {
    const rels = (ref.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return rels.some((rel) => !NON_LOADING_RELS.has(rel));
  }
  return true;
}

/** Everything a build's pages reference, computed once per build. */
function analyse(build: Build) {
  const files = new Set(listFiles(build.dir));
  const pages = listHtml(build.dir);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set<string>();
      const $ = loadPage(build.dir, file);
      for (const el of $('[id]')) ids.add(el.attribs.id!);
      for (const el of $('a[name]')) ids.add(el.attribs.name!);
      idCache.set(file, ids);
    }
    return ids;
  };

  const external: Ref[] = [];
  const externalResources: string[] = [];
  const outsideBase: string[] = [];
  const missing: string[] = [];
  const noTrailingSlash: string[] = [];
  const badFragments: string[] = [];

  for (const page of pages) {
    for (const ref of refsOf(build, page)) {
      if (ref.url.origin !== ORIGIN) {
        external.push(ref);
        if (loadsResource(ref)) externalResources.push(`${describeRef(ref)}: loads a resource from another origin`);
        continue;
      }
      let path: string;
      try {
        path = decodeURIComponent(ref.url.pathname);
      } catch {
        missing.push(`${describeRef(ref)}: malformed percent-encoding`);
        continue;
      }
      if (!path.startsWith(build.base)) {
        outsideBase.push(`${describeRef(ref)}: resolves to ${path}, outside the base path ${build.base}`);
        continue;
      }
      const rel = path.slice(build.base.length);
      let target: string | undefined;
      if (rel === '' || rel.endsWith('/')) {
        if (files.has(`${rel}index.html`)) target = `${rel}index.html`;
      } else if (files.has(rel)) {
        target = rel;
      } else if (files.has(`${rel}/index.html`)) {
        target = `${rel}/index.html`;
        noTrailingSlash.push(`${describeRef(ref)}: the URL contract wants a trailing slash (${path}/)`);
      }
      if (!target) {
        missing.push(`${describeRef(ref)}: no file for ${path}`);
        continue;
      }
      const fragment = ref.url.hash.slice(1);
      if (fragment && target.endsWith('.html')) {
        let id = fragment;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          /* keep raw */
        }
        if (!idsOf(target).has(id)) badFragments.push(`${describeRef(ref)}: no element with id="${id}" on ${target}`);
      }
    }
  }
  return { pages, external, externalResources, outsideBase, missing, noTrailingSlash, badFragments };
}

describe.each(BUILDS)('$name', (build) => {
  const built = existsSync(build.dir);
  const result = built ? analyse(build) : undefined;

  it('exists and has HTML pages', () => {
    expect(built, `${build.dir} is missing: build it first (npm test does)`).toBe(true);
    expect(result!.pages.length).toBeGreaterThan(0);
  });

  it.runIf(built)('every internal link resolves to a file of the build', () => {
    expect(result!.missing, `broken links in ${build.name}:\n${result!.missing.join('\n')}`).toEqual([]);
  });

  it.runIf(built)(`every internal link stays under the base path ${build.base}`, () => {
    expect(result!.outsideBase, `links outside the base in ${build.name}:\n${result!.outsideBase.join('\n')}`).toEqual(
      [],
    );
  });

  it.runIf(built)('links to pages end with a slash (URL contract)', () => {
    expect(result!.noTrailingSlash, result!.noTrailingSlash.join('\n')).toEqual([]);
  });

  it.runIf(built)('every #fragment names an element of the target page', () => {
    expect(result!.badFragments, `broken fragments in ${build.name}:\n${result!.badFragments.join('\n')}`).toEqual([]);
  });

  it.runIf(built)('loads no resource from another origin', () => {
    const links = [...new Set(result!.external.map((ref) => ref.url.href))].sort();
    if (links.length) console.log(`${build.name}: ${links.length} external link(s):\n  ${links.join('\n  ')}`);
    expect(result!.externalResources, result!.externalResources.join('\n')).toEqual([]);
  });
});
