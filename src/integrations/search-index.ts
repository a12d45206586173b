/**
 * Builds the site's search index after `astro build`, as src/lib/search-records.ts lays it out:
 * Pagefind's index of the records' tokens in <dist>/pagefind/ (one Pagefind record per plan), and
 * in <dist>/tim-kiem/chi-muc/ what each result shows, the filter values of every record, and the
 * catalog (plans in order, with their Pagefind page ids, and the entities a query can name). Runs
 * as an Astro integration (astro.config.mjs), so every `astro build`, whatever its --outDir and
 * base path, gets its index, made with the base path of Astro's config. Plans are read and sent a
 * few at a time, each from its own data file, so memory does not grow with the corpus. Pagefind's ready-made
 * search interfaces are not used (the page has its own, src/client/search.ts) and are removed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { getActivityType } from '../lib/activity-types.ts';
import {
  passageFacets,
  passageItem,
  planLayout,
  taskFacets,
  taskItem,
  SEARCH_DATA,
  type Catalog,
  type DocumentEntities,
  type FacetRow,
  type Passage,
  type SearchItem,
} from '../lib/search-records.ts';
import { recordTokens, type RecordText } from '../lib/search-tokens.ts';
import { planPath, withBase } from '../lib/paths.ts';
import type { CatalogueRecord, PlanFile, PlanRecord, ProvinceRecord } from '../schemas/public-data.ts';
import { catalogueSearchEntities } from '../lib/catalogue-search.ts';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Index chunks of about this many word places (Pagefind's default is larger). A search loads the
 * chunk of each token it asks for, and a few tokens per query is the rule here: smaller chunks
 * cost a little more in the chunk list every search loads and much less per token. Pagefind reads
 * it from its environment (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, marked unstable by Pagefind: the
 * index works, chunks are only larger, if a version ignores it).
 */
const INDEX_CHUNK_SIZE = 4000;

/** Plans sent to Pagefind before waiting for its answers. */
const IN_FLIGHT = 8;

/** Pagefind's ready-made interfaces (UI, modular UI, components, highlighter): not used here. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Text of a parse5 node, blocks and table cells on their own lines. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  const inner = ('childNodes' in node ? node.childNodes : []).map(textOf).join('');
  const tag = 'tagName' in node ? node.tagName : '';
  // Every block and table cell on a line of its own: a result's excerpt parts lines with " · ",
  // so a heading or a cell never runs into the text after it.
  if (tag === 'br') return '\n';
  return /^(p|li|h[1-6]|blockquote|tr|td|th|dd|dt|div|ul|ol|table|section|figure|figcaption|caption)$/.test(tag)
    ? `${inner}\n`
    : inner;
}

const attr = (node: Node, name: string) =>
  'attrs' in node ? node.attrs.find((a) => a.name === name)?.value : undefined;
const hasClass = (node: Node, name: string) => (attr(node, 'class') ?? '').split(/\s+/).includes(name);
const isElement = (node: Node): node is Element => 'tagName' in node;

function find(node: Node, test: (node: Node) => boolean): Node | undefined {
  if (test(node)) return node;
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * The passages of a plan page's full text (article.fulltext) outside its task cards: each heading
 * with an id and the text under it up to the next heading. Tasks are indexed on their own.
 */
export function passagesOf(html: string): Passage[] {
  // Only the full text is parsed, not the whole page: the index reads a thousand plan pages.
  const start = html.search(/<article class="fulltext[\s"]/);
  const end = html.lastIndexOf('</article>');
  const article =
    start >= 0 && end > start
      ? find(
          parseFragment(html.slice(start, end + '</article>'.length)),
          (n) => isElement(n) && n.tagName === 'article' && hasClass(n, 'fulltext'),
        )
      : undefined;
  if (!article || !isElement(article)) throw new Error('plan page without article.fulltext');
  const passages: Passage[] = [];
  let current: Passage | undefined;
  // A folded section of the text (details.text-section, src/integrations/plan-sections.ts) reads
  // as its summary's content followed by its own.
  const flow = (nodes: Node[]): Node[] =>
    nodes.flatMap((node) =>
      isElement(node) && node.tagName === 'details'
        ? flow(
            node.childNodes.flatMap((child) =>
              isElement(child) && child.tagName === 'summary' ? child.childNodes : [child],
            ),
          )
        : [node],
    );
  for (const child of flow(article.childNodes)) {
    const id = attr(child, 'id');
    if (isElement(child) && /^h[2-6]$/.test(child.tagName) && id) {
      current = { id, heading: textOf(child).trim(), text: '' };
      passages.push(current);
    } else if (isElement(child) && child.tagName === 'section' && hasClass(child, 'task')) {
      continue;
    } else if (current) {
      current.text += textOf(child);
    }
  }
  return passages
    .map((p) => ({
      ...p,
      text: p.text
        .replace(/[ \t]+/g, ' ')
        .replace(/\n\s*\n+/g, '\n')
        .trim(),
    }))
    .filter((p) => p.text.length > 0);
}

/** The facets table, /tim-kiem/chi-muc/facets.json: values by number, rows per plan in catalog order. */
export interface FacetsFile {
  themes: string[];
  agencies: string[];
  /** Per plan, per record: [theme numbers, first year, last year, lead numbers, partner numbers]. */
  rows: [number[], number, number, number[], number[]][][];
}

/** Index the build in `dir` (an absolute or relative path), made with base path `base`. */
export async function buildSearchIndex(dir: string, base: string) {
  const root = resolve(dir);
  const read = (path: string) => {
    const file = join(root, path);
    if (!existsSync(file)) throw new Error(`search index: ${file} is missing (is ${root} a finished build?)`);
    return readFileSync(file, 'utf8');
  };
  const plans: PlanRecord[] = JSON.parse(read('data/plans.json'));
  const out = join(root, SEARCH_DATA);
  rmSync(out, { recursive: true, force: true });

  const themes: string[] = [];
  const agencies: string[] = [];
  const number = (list: string[], value: string) => {
    const at = list.indexOf(value);
    return at >= 0 ? at : list.push(value) - 1;
  };
  const rows: FacetsFile['rows'] = [];
  const layouts: { id: string; url: string; slots: string; province: string; tasks: number }[] = [];
  let records = 0;
  let taskCount = 0;

  // Pagefind's service inherits the environment when it starts.
  const chunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (chunkSize === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize;
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    /** One plan: its records' files and facets written, its Pagefind record sent. */
    const indexPlan = async (plan: PlanRecord) => {
      // The plan's own data file, not the list of every task: memory stays that of a few plans.
      const { tasks } = JSON.parse(read(`data/${plan.id}.json`)) as PlanFile;
      const url = withBase(base, planPath(plan.id));
      const made: { item: SearchItem; index: RecordText; facets: FacetRow }[] = [
        ...tasks.map((task) => ({ ...taskItem(task, plan), facets: taskFacets(task, plan) })),
        ...passagesOf(read(join(planPath(plan.id), 'index.html'))).map((passage) => ({
          ...passageItem(passage, plan, `${url}#${passage.id}`),
          facets: passageFacets(plan),
        })),
      ];
      mkdirSync(join(out, plan.id), { recursive: true });
      made.forEach(({ item }, i) => writeFileSync(join(out, plan.id, `${i}.json`), JSON.stringify(item)));
      rows.push(
        made.map(({ facets: [t, from, to, lead, partners] }) => [
          t.map((v) => number(themes, v)),
          from,
          to,
          lead.map((v) => number(agencies, v)),
          partners.map((v) => number(agencies, v)),
        ]),
      );
      const { content, slots } = planLayout(made.map(({ index: text }) => recordTokens(text)));
      layouts.push({ id: plan.id, url, slots, province: plan.provinceSlug, tasks: tasks.length });
      records += made.length;
      taskCount += tasks.length;
      const added = await index.addCustomRecord({ url, content, language: 'vi', meta: { title: plan.id } });
      if (added.errors.length) throw new Error(`search index: ${plan.id}: ${added.errors.join('; ')}`);
    };
    // A few plans in flight at once keep Pagefind's service busy without holding every plan in memory.
    for (let i = 0; i < plans.length; i += IN_FLIGHT) await Promise.all(plans.slice(i, i + IN_FLIGHT).map(indexPlan));

    const output = join(root, 'pagefind');
    rmSync(output, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
    for (const name of readdirSync(output)) if (UNUSED.test(name)) rmSync(join(output, name));

    // Which Pagefind page is which plan: a search result names its page, the catalog its plan.
    const pages = new Map<string, string>();
    const fragments = join(output, 'fragment');
    for (const name of readdirSync(fragments)) {
      const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
      const url = /^pagefind_dcd\{"url":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
      if (url) pages.set(JSON.parse(`"${url}"`) as string, name.replace(/\.pf_fragment$/, ''));
    }
    const catalog: Catalog = {
      plans: layouts.map(({ id, url, slots, province, tasks }) => {
        const page = pages.get(url);
        if (!page) throw new Error(`search index: no Pagefind page for ${url}`);
        return [id, page, slots, province, tasks];
      }),
      ...entities(read),
    };
    writeFileSync(join(out, 'catalog.json'), JSON.stringify(catalog));
    writeFileSync(join(out, 'documents.json'), JSON.stringify(documentEntities(read)));
    writeFileSync(join(out, 'facets.json'), JSON.stringify({ themes, agencies, rows } satisfies FacetsFile));
  } finally {
    await pagefind.close();
  }
  return { records, tasks: taskCount, base };
}

/**
 * The entities of the catalog, from the public data: provinces with a page (every province with a
 * known document), agencies with tasks, and activity types with a page, by their label and the
 * names readers give them.
 */
function entities(read: (path: string) => string): Omit<Catalog, 'plans'> {
  const agencies: { id: string; url: string; leadCount: number; partnerCount: number }[] = JSON.parse(
    read('data/agencies.json'),
  );
  const provinces: ProvinceRecord[] = JSON.parse(read('data/provinces.json'));
  const activities: { id: string; label: string; url: string | null }[] = JSON.parse(read('data/activity-types.json'));
  return {
    activities: activities.flatMap((a): Catalog['activities'] =>
      a.url ? [[a.label, [a.label, ...getActivityType(a.id).names], a.url]] : [],
    ),
    provinces: provinces.flatMap((p): Catalog['provinces'] => (p.url ? [[p.name, p.url]] : [])),
    agencies: agencies.filter((a) => a.leadCount + a.partnerCount > 0).map((a) => [a.id, a.url]),
  };
}

/**
 * Documents by number, from the public data: the plans, the documents they cite, and the known
 * provincial documents of the catalogue (catalogueSearchEntities).
 */
function documentEntities(read: (path: string) => string): DocumentEntities {
  const plans: PlanRecord[] = JSON.parse(read('data/plans.json'));
  const documents: { type: string; number: string | null; url: string }[] = JSON.parse(read('data/documents.json'));
  const known = catalogueSearchEntities(JSON.parse(read('data/catalogue.json')) as CatalogueRecord[]);
  return [
    ...plans.flatMap((p): DocumentEntities =>
      p.number ? [[p.number, `Kế hoạch ${p.number} của ${p.issuer}`, p.url]] : [],
    ),
    ...documents.flatMap((d): DocumentEntities => (d.number ? [[d.number, `${d.type} ${d.number}`, d.url]] : [])),
    ...known.flatMap((d): DocumentEntities =>
      d.number ? [[d.number, `${d.kind} ${d.number}, ${d.province}`, d.url]] : [],
    ),
  ];
}

/** The Astro integration: index every build once it is written, with the config's base path. */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'ke-hoach-mo:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { records, tasks } = await buildSearchIndex(fileURLToPath(dir), base);
        logger.info(`search index: ${records} records (${tasks} tasks), base ${base}`);
      },
    },
  };
}
