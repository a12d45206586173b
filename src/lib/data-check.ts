/**
 * What a finished build publishes, checked once it is written: run by the build itself
 * (src/integrations/data-check.ts, so that a site that builds is a site that is right) and by the
 * tests of the built site (tests/build/), the same functions in both.
 *
 * - `checkData`: every JSON file of /data/ validates against the JSON Schema published beside it
 *   (/data/<name>.schema.json, generated from src/schemas/public-data.ts).
 * - `checkLinks`: every internal href/src/action of every page resolves to a file of the build,
 *   under its base path, with the trailing slash of the URL contract; every #fragment names an
 *   element of its target page; no page repeats an id; no page loads anything from another
 *   origin. One pass over the pages (a tag scanner, not a DOM), each distinct URL resolved once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PUBLIC_SCHEMAS } from '../schemas/public-data.ts';

/** The origin internal URLs are resolved against; any other origin is external. */
const ORIGIN = 'http://site.test';

/** Problems listed per kind, at most this many (the count says how many more). */
const SHOWN = 20;

/** Every file of a folder, as '/'-separated paths relative to it. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

// ---- published data ----

/** The published schema a file of /data/ follows: its own name for the lists, "plan" for one plan's file. */
const LIST_FILES: string[] = Object.keys(PUBLIC_SCHEMAS).filter((name) => name !== 'plan');

/** Every JSON file of `dir`/data/ against its published JSON Schema: one line per invalid file. */
export function checkData(dir: string, files = filesOf(dir)): { files: number; problems: string[] } {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validators = new Map<string, ReturnType<typeof ajv.compile>>();
  const problems: string[] = [];
  const data = files.filter((file) => /^data\/[^/]+\.json$/.test(file) && !file.endsWith('.schema.json'));
  for (const file of data) {
    const name = file.slice('data/'.length, -'.json'.length);
    const schemaFile = `data/${LIST_FILES.includes(name) ? name : 'plan'}.schema.json`;
    if (!files.includes(schemaFile)) {
      problems.push(`${file}: JSON Schema ${schemaFile} không được xuất bản`);
      continue;
    }
    let validate = validators.get(schemaFile);
    if (!validate) {
      validate = ajv.compile(JSON.parse(readFileSync(join(dir, schemaFile), 'utf8')));
      validators.set(schemaFile, validate);
    }
    if (!validate(JSON.parse(readFileSync(join(dir, file), 'utf8')))) {
      const errors = validate.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`);
      problems.push(
        `${file}: không khớp ${schemaFile}: ${errors.slice(0, 5).join('; ')}${errors.length > 5 ? ` (và ${errors.length - 5} lỗi khác)` : ''}`,
      );
    }
  }
  return { files: data.length, problems };
}

// ---- HTML ----

/** An element's start tag as written in a page: its name, attributes (values decoded) and offset. */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  index: number;
}

// A start tag, a comment, or a script/style element skipped whole (its content is not markup).
const TAG =
  /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Elements whose content is text up to their closing tag. */
const RAW_TEXT: Record<string, RegExp> = Object.fromEntries(
  ['script', 'style', 'textarea', 'title'].map((name) => [name, new RegExp(`</${name}`, 'gi')]),
);

const decode = (value: string) =>
  value.includes('&')
    ? value.replace(ENTITY, (_, dec, hex, name) =>
        dec
          ? String.fromCodePoint(Number(dec))
          : hex
            ? String.fromCodePoint(parseInt(hex, 16))
            : NAMED[name.toLowerCase()]!,
      )
    : value;

/**
 * The start tags of an HTML page, in order (those inside <template> included); with `having`, only
 * the tags whose attributes match it (the others are not decoded: most tags of a page only carry a
 * class). Built pages are well-formed, quoted output: a scanner reads them many times faster than
 * a parser that builds a tree.
 */
export function* tagsOf(html: string, having?: RegExp): Generator<Tag> {
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (!match[1]) continue;
    const name = match[1].toLowerCase();
    const close = RAW_TEXT[name];
    const index = match.index;
    const text = match[2] ?? '';
    if (close) {
      // Raw text up to the closing tag: nothing in it is a tag.
      close.lastIndex = TAG.lastIndex;
      TAG.lastIndex = close.exec(html)?.index ?? html.length;
    }
    if (having && !having.test(text)) continue;
    const attrs: Record<string, string> = {};
    for (const attr of text.matchAll(ATTR)) attrs[attr[1]!.toLowerCase()] = decode(attr[2] ?? attr[3] ?? attr[4] ?? '');
    // The caller may run other scans between two tags.
    const resume = TAG.lastIndex;
    yield { name, attrs, index };
    TAG.lastIndex = resume;
  }
}

/** 1-based line of an offset, for messages. */
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

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

/** Tags the link check reads: those with an id, a name or an attribute holding a URL. */
const LINK_ATTRS = /\s(?:id|name|href|src|srcset|action|data|poster|xlink:href)\s*=/i;

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

function loadsResource(tag: Tag): boolean {
  if (tag.name === 'a' || tag.name === 'area' || tag.name === 'form') return false;
  if (tag.name === 'link') {
    const rels = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return rels.some((rel) => !NON_LOADING_RELS.has(rel));
  }
  return true;
}

/** The URL path a built page is served at: 'ke-hoach/x/index.html' → '<base>ke-hoach/x/'. */
const pageUrl = (file: string, base: string) =>
  base + (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file);

export interface LinkReport {
  pages: number;
  /** Distinct internal URLs (with their fragment) resolved. */
  urls: number;
  /** Distinct external URLs linked to (listed, not followed). */
  external: string[];
  externalResources: string[];
  outsideBase: string[];
  missing: string[];
  noTrailingSlash: string[];
  badFragments: string[];
  duplicateIds: string[];
}

/** The first place a URL is referenced from, for messages. */
interface Reference {
  page: string;
  index: number;
  tag: string;
  attr: string;
  value: string;
}

/** Check every link of the build in `dir`, served under `base` (starting and ending with '/'). */
export function checkLinks(dir: string, base: string, files = filesOf(dir)): LinkReport {
  const fileSet = new Set(files);
  const pages = files.filter((file) => file.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const internal = new Map<string, Reference>();
  const external = new Set<string>();
  // Pages are read again for the line of a problem only: problems are rare, pages many.
  const describe = ({ page, index, tag, attr, value }: Reference) =>
    `${page}:${lineAt(readFileSync(join(dir, page), 'utf8'), index)} <${tag} ${attr}="${value}">`;
  const report: LinkReport = {
    pages: pages.length,
    urls: 0,
    external: [],
    externalResources: [],
    outsideBase: [],
    missing: [],
    noTrailingSlash: [],
    badFragments: [],
    duplicateIds: [],
  };

  for (const page of pages) {
    const html = readFileSync(join(dir, page), 'utf8');
    const own = new Set<string>();
    ids.set(page, own);
    const here = new URL(pageUrl(page, base), ORIGIN);
    let baseHref = here;
    for (const tag of tagsOf(html, LINK_ATTRS)) {
      const id = tag.attrs.id;
      if (id !== undefined) {
        if (own.has(id)) report.duplicateIds.push(`${page}:${lineAt(html, tag.index)} id="${id}" xuất hiện hai lần`);
        own.add(id);
      }
      if (tag.name === 'a' && tag.attrs.name !== undefined) own.add(tag.attrs.name);
      if (tag.name === 'base' && tag.attrs.href) baseHref = new URL(tag.attrs.href, here);
      for (const attr of URL_ATTRS[tag.name] ?? []) {
        const raw = tag.attrs[attr];
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
          if (tag.name === 'form' && value === '') continue;
          const url = new URL(value, baseHref);
          const reference = { page, index: tag.index, tag: tag.name, attr, value };
          if (url.origin !== ORIGIN) {
            external.add(url.href);
            if (loadsResource(tag))
              report.externalResources.push(`${describe(reference)}: tải tài nguyên từ nguồn ngoài`);
            continue;
          }
          const key = url.pathname + url.hash;
          if (!internal.has(key)) internal.set(key, reference);
        }
      }
    }
  }

  report.urls = internal.size;
  report.external = [...external].sort();
  for (const [key, reference] of internal) {
    const url = new URL(key, ORIGIN);
    const where = () => describe(reference);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      report.missing.push(`${where()}: mã hóa phần trăm sai`);
      continue;
    }
    if (!path.startsWith(base)) {
      report.outsideBase.push(`${where()}: trỏ tới ${path}, ngoài đường dẫn gốc ${base}`);
      continue;
    }
    const rel = path.slice(base.length);
    let target: string | undefined;
    if (rel === '' || rel.endsWith('/')) {
      if (fileSet.has(`${rel}index.html`)) target = `${rel}index.html`;
    } else if (fileSet.has(rel)) {
      target = rel;
    } else if (fileSet.has(`${rel}/index.html`)) {
      target = `${rel}/index.html`;
      report.noTrailingSlash.push(`${where()}: đường dẫn trang phải kết thúc bằng / (${path}/)`);
    }
    if (!target) {
      report.missing.push(`${where()}: không có tệp cho ${path}`);
      continue;
    }
    const fragment = url.hash.slice(1);
    if (fragment && target.endsWith('.html')) {
      let id = fragment;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        /* kept as written */
      }
      if (!ids.get(target)!.has(id)) report.badFragments.push(`${where()}: ${target} không có phần tử id="${id}"`);
    }
  }
  return report;
}

/** The problems of a link report, grouped by kind, at most SHOWN of each. */
export function linkProblems(report: LinkReport): string[] {
  const kinds: [string, string[]][] = [
    ['liên kết hỏng', report.missing],
    ['neo # không có trên trang đích', report.badFragments],
    ['id lặp lại trên một trang', report.duplicateIds],
    ['liên kết ra ngoài đường dẫn gốc', report.outsideBase],
    ['đường dẫn trang thiếu / cuối', report.noTrailingSlash],
    ['tài nguyên tải từ nguồn ngoài', report.externalResources],
  ];
  return kinds.flatMap(([kind, list]) =>
    list.length
      ? [
          `${kind} (${list.length}):`,
          ...list.slice(0, SHOWN).map((line) => `  ${line}`),
          ...(list.length > SHOWN ? [`  … và ${list.length - SHOWN} chỗ khác`] : []),
        ]
      : [],
  );
}

export interface BuildCheck {
  dataFiles: number;
  pages: number;
  urls: number;
  problems: string[];
}

/** Every check of a finished build in `dir`, served under `base`. */
export function checkBuild(dir: string, base: string): BuildCheck {
  const files = filesOf(dir);
  const data = checkData(dir, files);
  const links = checkLinks(dir, base, files);
  return {
    dataFiles: data.files,
    pages: links.pages,
    urls: links.urls,
    problems: [
      ...(data.problems.length ? ['dữ liệu mở:', ...data.problems.map((p) => `  ${p}`)] : []),
      ...linkProblems(links),
    ],
  };
}
