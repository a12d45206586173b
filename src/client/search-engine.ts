/**
 * The search engine in the browser, shared by the search page and the header box: loads Pagefind
 * (the index built by src/integrations/search-index.ts) on first use, runs the queries of searchQuery()
 * and merges them into one ranking, and reads a hit's data (original text split from its hidden
 * terms). No DOM here.
 */
import { searchQuery } from '../lib/search-normalize.ts';
import { TERMS_SEPARATOR } from '../lib/search-records.ts';

/** Counts per filter value: { 'chu-de': { 'dao-tao': 12 } }. */
export type FilterCounts = Record<string, Record<string, number>>;
/** A Pagefind filter expression. */
export type Filters = Record<
  string,
  string | string[] | { any: string[] } | { all: string[] } | Filters[] | { any: Filters[] }
>;

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

/** Ranking, tuned on tests/search/relevance.json (see the test for the figures). */
const RANKING = {
  // A query naming an agency is best answered by the tasks it leads (chủ trì): see lead_terms.
  metaWeights: { lead_terms: 4 },
};
/**
 * How much each query of searchQuery() adds to a hit's score. The words found whole (and, while
 * the last word is being typed, as a prefix) decide what is a hit; the other runs only rank.
 */
const WEIGHTS = {
  whole: 1,
  // The words next to each other, in order: "khoa dao tao" → "khóa đào tạo" before "khoa học … đào tạo".
  phrase: 1,
  // The last word as a prefix, while it is being typed.
  partial: 0.3,
  // The diacritics as typed, exactly (Pagefind's exactDiacritics): exact forms rank first.
  exact: 0.3,
  // Each agency named in the query: its tasks, the ones it leads above all (metaWeights.lead_terms).
  agency: 1,
};

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded once from <base>pagefind/ (the site may live under a sub-path). */
export function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const module: Pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    // Pagefind searches in a worker, so typing never waits on it. The records' URLs carry the
    // base path already (src/integrations/search-index.ts): nothing to prefix.
    await module.options({ ranking: RANKING, baseUrl: '/' });
    await module.init();
    return module;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** One ranked hit; `data()` loads what it shows. */
export interface Hit {
  id: string;
  score: number;
  data(): Promise<HitData>;
}

/** What a hit shows: the plan's original text (without the hidden terms) and its metadata. */
export interface HitData {
  url: string;
  /** The original text, in the plan's words. */
  text: string;
  title: string;
  kind: 'nhiem-vu' | 'muc';
  ref?: string;
  plan: string;
  planLabel: string;
  lead?: string;
  timing?: string;
}

function toHitData(data: PagefindData): HitData {
  const meta = data.meta;
  return {
    url: data.url,
    text: data.content.split(TERMS_SEPARATOR)[0]!.trim(),
    title: meta.title ?? '',
    kind: meta.kind === 'muc' ? 'muc' : 'nhiem-vu',
    ref: meta.ref,
    plan: meta.plan ?? '',
    planLabel: meta.plan_label ?? '',
    lead: meta.lead,
    timing: meta.timing,
  };
}

/** The outcome of a search: ranked hits and, per filter, how many hits each value would keep. */
export interface Outcome {
  hits: Hit[];
  counts: FilterCounts;
}

/** Pagefind searches one at a time: the exact run switches an option for its own search only. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * Search for what the reader typed, within `filters`. An empty input lists everything the filters
 * keep, in document order. `complete`: the reader has finished typing (no prefix reading).
 */
export async function search(input: string, filters: Filters = {}, { complete = false } = {}): Promise<Outcome> {
  const pf = await pagefind();
  const query = searchQuery(input, { complete });
  if (!query.whole) {
    const all = await serial(() => pf.search(null, { filters, sort: { order: 'asc' } }));
    return { hits: (all?.results ?? []).map((r) => hit(r, r.score)), counts: all?.filters ?? {} };
  }
  const run = (term: string | null, exact = false) =>
    term
      ? serial(async () => {
          if (exact) await pf.options({ exactDiacritics: true });
          try {
            return await pf.search(term, { filters });
          } finally {
            if (exact) await pf.options({ exactDiacritics: false });
          }
        })
      : Promise.resolve(null);
  const [whole, partial, exact, phrase, ...agencies] = await Promise.all([
    run(query.whole),
    run(query.partial),
    run(query.exact, true),
    run(query.phrase),
    ...query.agencies.map((term) => run(term)),
  ]);
  // What the words find is the result set; the other runs only rank within it.
  const found = new Map<string, PagefindResult>();
  for (const outcome of [whole, partial]) for (const r of outcome?.results ?? []) found.set(r.id, r);
  const scores = new Map<string, number>();
  const add = (outcome: PagefindSearch | null, weight: number) => {
    for (const r of outcome?.results ?? [])
      if (found.has(r.id)) scores.set(r.id, (scores.get(r.id) ?? 0) + r.score * weight);
  };
  add(whole, WEIGHTS.whole);
  add(phrase, WEIGHTS.phrase);
  add(partial, WEIGHTS.partial);
  add(exact, WEIGHTS.exact);
  for (const outcome of agencies) add(outcome, WEIGHTS.agency);
  const hits = [...found.values()].map((r) => hit(r, scores.get(r.id) ?? 0)).sort((a, b) => b.score - a.score);
  // Counts follow the hits: the prefix run, while a word is typed, finds all the whole run does and more.
  return { hits, counts: (partial ?? whole)?.filters ?? {} };
}

/** A ranked hit whose data is loaded once, when it is first shown. */
function hit(result: PagefindResult, score: number): Hit {
  let data: Promise<HitData> | undefined;
  return { id: result.id, score, data: () => (data ??= result.data().then(toHitData)) };
}

/** Start loading Pagefind and the index chunks for what is being typed, before the search runs. */
export async function preload(input: string): Promise<void> {
  const pf = await pagefind();
  const query = searchQuery(input);
  if (query.whole) await serial(() => pf.preload(query.partial ?? query.whole));
}
