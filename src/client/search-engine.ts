/**
 * The search engine in the browser, shared by the search page and the header box. Loads Pagefind
 * (the index built by src/integrations/search-index.ts) and the catalog on first use; reads the
 * query (src/lib/search-query.ts); looks each token it needs up in Pagefind, where the position of
 * a hit names the task or passage (src/lib/search-records.ts); ranks them (src/lib/search-rank.ts);
 * applies the filters and counts their values from the facets table, loaded when first needed.
 * What a result shows is loaded only for the results shown. No DOM here.
 */
import { withBase } from '../lib/paths.ts';
import { namedEntities, type Entity } from '../lib/search-entities.ts';
import { parseQuery, type Query } from '../lib/search-query.ts';
import { queryNeeds, rank, TITLE_MARK, type Group, type Need, type RankedRecord } from '../lib/search-rank.ts';
import {
  FILTER_KEYS,
  recordAt,
  SEARCH_DATA,
  type Catalog,
  type DocumentEntities,
  type SearchItem,
} from '../lib/search-records.ts';
import type { FacetsFile } from '../integrations/search-index.ts';

interface PagefindResult {
  id: string;
  words: number[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

const BASE = import.meta.env.BASE_URL;
const dataUrl = (path: string) => withBase(BASE, `${SEARCH_DATA}/${path}`);

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

interface Index {
  pf: Pagefind;
  catalog: Catalog;
  /** Pagefind page id → plan number in the catalog. */
  pages: Map<string, number>;
  /** Records in the index. */
  total: number;
}

let loading: Promise<Index> | undefined;

/** Pagefind and the catalog, loaded once from under the site's base path. */
export function loadIndex(): Promise<Index> {
  loading ??= (async () => {
    const [pf, catalog] = await Promise.all([
      (async () => {
        const module: Pagefind = await import(/* @vite-ignore */ withBase(BASE, 'pagefind/pagefind.js'));
        // Pagefind searches in a worker, so typing never waits on it.
        await module.options({ baseUrl: '/' });
        await module.init();
        return module;
      })(),
      fetchJson<Catalog>(dataUrl('catalog.json')),
    ]);
    return {
      pf,
      catalog,
      pages: new Map(catalog.plans.map(([, page], i) => [page, i])),
      total: catalog.plans.reduce((n, [, , slots]) => n + slots.length, 0),
    };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

let documentsLoading: Promise<DocumentEntities> | undefined;
/** The documents by number, loaded once, when a query first has a digit in it. */
function loadDocuments(): Promise<DocumentEntities> {
  documentsLoading ??= fetchJson<DocumentEntities>(dataUrl('documents.json'));
  documentsLoading.catch(() => (documentsLoading = undefined));
  return documentsLoading;
}

let facetsLoading: Promise<FacetsFile> | undefined;
/** The facets table, loaded once, when filters or counts are first needed. */
function loadFacets(): Promise<FacetsFile> {
  facetsLoading ??= fetchJson<FacetsFile>(dataUrl('facets.json'));
  facetsLoading.catch(() => (facetsLoading = undefined));
  return facetsLoading;
}

/** A record: plan number × 4096 + its place in the plan (document order). */
const RECORD = 4096;
const planOf = (key: number) => Math.floor(key / RECORD);

/** Pagefind searches one at a time: the exact searches switch an option for their own search only. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/** Look the needs up; each record found gets the keys of the needs it holds. */
async function lookUp(index: Index, needs: Need[], found: Map<number, Set<string>>) {
  await Promise.all(
    needs.map((need) =>
      serial(async () => {
        if (need.exact) await index.pf.options({ exactDiacritics: true });
        try {
          const outcome = await index.pf.search(need.token);
          for (const result of outcome?.results ?? []) {
            const plan = index.pages.get(result.id);
            if (plan === undefined) continue;
            const slots = index.catalog.plans[plan]![2];
            for (const position of result.words) {
              const { record, title } = recordAt(slots, position);
              const key = plan * RECORD + record;
              let keys = found.get(key);
              if (!keys) found.set(key, (keys = new Set()));
              keys.add(need.key);
              if (title) keys.add(TITLE_MARK + need.key);
            }
          }
        } finally {
          if (need.exact) await index.pf.options({ exactDiacritics: false });
        }
      }),
    ),
  );
}

/** The filters of a search: URL parameter → chosen values; the agency with its role. */
export interface Filters {
  [FILTER_KEYS.province]: string[];
  [FILTER_KEYS.plan]: string[];
  [FILTER_KEYS.theme]: string[];
  [FILTER_KEYS.year]: string[];
  agency: string;
  role: '' | typeof FILTER_KEYS.lead | typeof FILTER_KEYS.partner;
}
export type Facet =
  typeof FILTER_KEYS.province | typeof FILTER_KEYS.plan | typeof FILTER_KEYS.theme | typeof FILTER_KEYS.year | 'agency';

/** Counts per filter value: { 'chu-de': { 'dao-tao': 12 } }, agencies under co-quan, chu-tri, phoi-hop. */
export type FilterCounts = Record<string, Record<string, number>>;

export const noFilters = (): Filters => ({ tinh: [], 'ke-hoach': [], 'chu-de': [], nam: [], agency: '', role: '' });
const filtering = (f: Filters) =>
  f.tinh.length + f['ke-hoach'].length + f['chu-de'].length + f.nam.length > 0 || f.agency !== '';

/** A record's filter values, read from the catalog and the facets table. */
interface Values {
  province: string;
  plan: string;
  themes: string[];
  from: number;
  to: number;
  lead: string[];
  partners: string[];
}

function valuesOf(index: Index, facets: FacetsFile, key: number): Values {
  const plan = planOf(key);
  const [id, , , province] = index.catalog.plans[plan]!;
  const [themes, from, to, lead, partners] = facets.rows[plan]![key % RECORD]!;
  return {
    province,
    plan: id,
    themes: themes.map((t) => facets.themes[t]!),
    from,
    to,
    lead: lead.map((a) => facets.agencies[a]!),
    partners: partners.map((a) => facets.agencies[a]!),
  };
}

/** Whether a record's values pass the filters, leaving out the facet `without`. */
function passes(v: Values, f: Filters, without?: Facet): boolean {
  if (without !== 'tinh' && f.tinh.length && !f.tinh.includes(v.province)) return false;
  if (without !== 'ke-hoach' && f['ke-hoach'].length && !f['ke-hoach'].includes(v.plan)) return false;
  if (without !== 'chu-de' && f['chu-de'].length && !v.themes.some((t) => f['chu-de'].includes(t))) return false;
  if (without !== 'nam' && f.nam.length && !f.nam.some((y) => Number(y) >= v.from && Number(y) <= v.to)) return false;
  if (without !== 'agency' && f.agency) {
    const lead = v.lead.includes(f.agency);
    const partner = v.partners.includes(f.agency);
    if (f.role === FILTER_KEYS.lead ? !lead : f.role === FILTER_KEYS.partner ? !partner : !lead && !partner)
      return false;
  }
  return true;
}

/** One result; `data()` loads what it shows, once. */
export interface Hit {
  key: number;
  group: Group;
  data(): Promise<SearchItem>;
}

const items = new Map<number, Promise<SearchItem>>();
function hit(index: Index, { key, group }: Pick<RankedRecord<number>, 'key' | 'group'>): Hit {
  return {
    key,
    group,
    data: () => {
      let item = items.get(key);
      if (!item) {
        const [plan] = index.catalog.plans[planOf(key)]!;
        item = fetchJson<SearchItem>(dataUrl(`${plan}/${key % RECORD}.json`));
        item.catch(() => items.delete(key));
        items.set(key, item);
      }
      return item;
    },
  };
}

/** The outcome of a search. */
export interface Outcome {
  query: Query;
  /** The result list, best first (every record the filters keep, in document order, without a query). */
  hits: Hit[];
  /** Which matches the list holds (null: no query, or nothing found). */
  listGroup: Group | null;
  /** The other matches (other tones, scattered words), shown on request. */
  others: Hit[];
  /** Matches per group, within the filters. */
  counts: Record<Group, number>;
  /** The entities the query names (agency, province, document). */
  entities: Entity[];
  /** The same search with scattered-word matches counted, when this one did not count them. */
  more: (() => Promise<Outcome>) | null;
  /** Counts per filter value over the result list; loads the facets table. */
  filterCounts(): Promise<FilterCounts>;
}

/**
 * Search for what the reader typed, within `filters`. An input without a searchable word lists
 * everything the filters keep, in document order (the page says when there was input to ignore).
 * `complete`: the reader has finished typing (no prefix reading).
 */
export async function search(
  input: string,
  filters: Filters = noFilters(),
  { complete = false } = {},
): Promise<Outcome> {
  const index = await loadIndex();
  const query = parseQuery(input, { complete });
  const needs = queryNeeds(query);
  const documents = query.words.some((word) => /\d/.test(word)) ? await loadDocuments() : [];
  const entities = namedEntities(query.words, { ...index.catalog, documents });
  const facets = filtering(filters) ? await loadFacets() : null;

  if (query.words.length === 0) {
    const keys: number[] = [];
    index.catalog.plans.forEach(([, , slots], plan) => {
      for (let r = 0; r < slots.length; r++) keys.push(plan * RECORD + r);
    });
    const ranked = keys.map((key) => ({ key, group: 'exact' as Group, score: 0 }));
    return outcome(index, query, ranked, [], entities, filters, facets, null);
  }

  const found = new Map<number, Set<string>>();
  await lookUp(index, needs.first, found);
  const finish = async (withWords: boolean): Promise<Outcome> => {
    const keep = facets ? [...found].filter(([key]) => passes(valuesOf(index, facets, key), filters)) : [...found];
    const ranking = rank(query, new Map(keep), {
      total: index.total,
      order: (key) => key,
      isTask: (key) => key % RECORD < index.catalog.plans[planOf(key)]![4],
    });
    const more =
      withWords || needs.words.length === 0
        ? null
        : async () => {
            await lookUp(index, needs.words, found);
            return finish(true);
          };
    return outcome(index, query, ranking.list, ranking.others, entities, filters, facets, more, found);
  };
  const first = await finish(needs.words.length === 0);
  // Nothing side by side: the scattered words are the results, so they are needed now.
  if (first.hits.length === 0 && first.more) return first.more();
  return first;
}

function outcome(
  index: Index,
  query: Query,
  list: RankedRecord<number>[],
  others: RankedRecord<number>[],
  entities: Entity[],
  filters: Filters,
  facets: FacetsFile | null,
  more: (() => Promise<Outcome>) | null,
  found?: Map<number, Set<string>>,
): Outcome {
  const keep = (records: RankedRecord<number>[]) =>
    facets ? records.filter((r) => passes(valuesOf(index, facets, r.key), filters)) : records;
  const shown = keep(list);
  const rest = keep(others);
  const counts: Record<Group, number> = { exact: 0, phrase: 0, words: 0 };
  for (const r of [...shown, ...rest]) counts[r.group]++;
  return {
    query,
    hits: shown.map((r) => hit(index, r)),
    listGroup: query.words.length && shown.length ? shown[0]!.group : null,
    others: rest.map((r) => hit(index, r)),
    counts,
    entities,
    more,
    filterCounts: async () => {
      const table = facets ?? (await loadFacets());
      return countValues(index, table, query, found, list, others, filters);
    },
  };
}

/**
 * Counts per filter value over the result list: for a facet in use, as if its own choice were not
 * made (so the reader sees what adding another value brings). The list is ranked again without
 * that facet's choice, as its first group can change.
 */
function countValues(
  index: Index,
  facets: FacetsFile,
  query: Query,
  found: Map<number, Set<string>> | undefined,
  list: RankedRecord<number>[],
  others: RankedRecord<number>[],
  filters: Filters,
): FilterCounts {
  const counts: FilterCounts = {
    [FILTER_KEYS.province]: {},
    [FILTER_KEYS.plan]: {},
    [FILTER_KEYS.theme]: {},
    [FILTER_KEYS.year]: {},
    [FILTER_KEYS.agency]: {},
    [FILTER_KEYS.lead]: {},
    [FILTER_KEYS.partner]: {},
  };
  const bump = (facet: string, value: string) => (counts[facet]![value] = (counts[facet]![value] ?? 0) + 1);
  const listOf = (without: Facet): number[] => {
    if (!found) {
      // No query: every record the other filters keep.
      const keys = [...list, ...others].map((r) => r.key);
      return keys.filter((key) => passes(valuesOf(index, facets, key), filters, without));
    }
    const keep = [...found].filter(([key]) => passes(valuesOf(index, facets, key), filters, without));
    return rank(query, new Map(keep), { total: index.total, order: (k) => k }).list.map((r) => r.key);
  };
  for (const facet of ['tinh', 'ke-hoach', 'chu-de', 'nam', 'agency'] as const) {
    for (const key of listOf(facet)) {
      const v = valuesOf(index, facets, key);
      if (facet === 'tinh') bump(facet, v.province);
      else if (facet === 'ke-hoach') bump(facet, v.plan);
      else if (facet === 'chu-de') v.themes.forEach((t) => bump(facet, t));
      else if (facet === 'nam') for (let y = v.from; y <= v.to; y++) bump(facet, String(y));
      else {
        const any = new Set([...v.lead, ...v.partners]);
        any.forEach((a) => bump(FILTER_KEYS.agency, a));
        new Set(v.lead).forEach((a) => bump(FILTER_KEYS.lead, a));
        new Set(v.partners).forEach((a) => bump(FILTER_KEYS.partner, a));
      }
    }
  }
  return counts;
}

/** Start loading Pagefind, the catalog and the index chunks of what is being typed. */
export async function preload(input: string): Promise<void> {
  const index = await loadIndex();
  const query = parseQuery(input);
  for (const need of queryNeeds(query).first.slice(0, 4)) await serial(() => index.pf.preload(need.token));
}
