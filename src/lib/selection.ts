/**
 * Which plans a comparison view shows (the selection): read from the URL (`?ke-hoach=a,b`) or a
 * path (`/so-sanh/a+b/`, `/so-sanh/tinh-an-giang/`), toggled, and which selections are pre-rendered
 * as pages so that choosing plans works without JavaScript, and under which name. No imports: the
 * comparison page's island uses it in the browser (the province slug function is passed in).
 */

/** The tables of the comparison page, by id (also their CSV file names). */
export const TABLE_IDS = ['chu-de', 'hoat-dong', 'doi-tuong', 'co-quan-chu-tri', 'so-khcn', 'chi-tieu'] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** No view shows more plan columns than this: beyond it a table stops being readable. */
export const MAX_COLUMNS = 12;
/** Up to this many plans, every combination of plans is pre-rendered (2^n − 1 pages: 31 at most). */
export const ALL_SUBSETS_UP_TO = 5;

/** The plans /so-sanh/ compares by default: all of them, or the first MAX_COLUMNS in reading order. */
export const defaultSelection = (all: string[]) => all.slice(0, MAX_COLUMNS);

/**
 * Read a selection from the URL (`?ke-hoach=a,b`) or a path key (`a+b`): known slugs only,
 * each once, in reading order, at most MAX_COLUMNS.
 */
export function parseSelection(value: string | null | undefined, all: string[]): string[] {
  const asked = new Set((value ?? '').split(/[,+\s]+/).filter(Boolean));
  return all.filter((slug) => asked.has(slug)).slice(0, MAX_COLUMNS);
}

/** The path segment of a selection: slugs in reading order joined by "+". */
export const selectionKey = (selection: string[]) => selection.join('+');

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((slug) => b.includes(slug));

/** A pre-rendered selection and the path segment that names its page under /so-sanh/. */
export interface SelectionPage {
  key: string;
  selection: string[];
}

/** Path segments of named selections, beyond ALL_SUBSETS_UP_TO plans: "tru-<plan>", "tinh-<province>". */
export const EXCEPT_PREFIX = 'tru-';
export const PROVINCE_PREFIX = 'tinh-';

/**
 * The selections pre-rendered as pages, each with its name (path segment), the default view first.
 * Up to ALL_SUBSETS_UP_TO plans: every non-empty combination (15 pages for 4 plans), so every
 * "add/remove this plan" link leads to a real page, each named by its plans ("a+b"). Above, a
 * number of pages that does not grow with the number of plans, with names that do not either:
 * the default view, the default view less one plan (MAX_COLUMNS pages, "tru-<plan>") and each
 * province's plans side by side (one page per province, "tinh-<province>": at most 63, 34 since
 * 2025). A selection met twice keeps its first name.
 */
export function staticPages(
  all: string[],
  provinceOf: (slug: string) => string,
  provinceSlug: (province: string) => string,
): SelectionPage[] {
  const out: SelectionPage[] = [];
  const add = (key: string, selection: string[]) => {
    const kept = selection.slice(0, MAX_COLUMNS);
    if (kept.length > 0 && !out.some((page) => sameSet(page.selection, kept))) out.push({ key, selection: kept });
  };
  if (all.length <= ALL_SUBSETS_UP_TO) {
    for (let mask = (1 << all.length) - 1; mask > 0; mask--) {
      const selection = all.filter((_, i) => mask & (1 << i));
      add(selectionKey(selection), selection);
    }
    return out;
  }
  const base = defaultSelection(all);
  add('tat-ca', base);
  for (const slug of base)
    add(
      `${EXCEPT_PREFIX}${slug}`,
      base.filter((other) => other !== slug),
    );
  const byProvince = new Map<string, string[]>();
  for (const slug of all) {
    const province = provinceOf(slug);
    const slugs = byProvince.get(province);
    if (slugs) slugs.push(slug);
    else byProvince.set(province, [slug]);
  }
  for (const [province, slugs] of byProvince) add(`${PROVINCE_PREFIX}${provinceSlug(province)}`, slugs);
  return out;
}

/** The selections pre-rendered as pages (see `staticPages`), the default view first. */
export const staticSelections = (all: string[], provinceOf: (slug: string) => string): string[][] =>
  staticPages(all, provinceOf, (province) => province).map((page) => page.selection);

/**
 * The pages under /so-sanh/<key>/ (every pre-rendered selection but the default view, which is
 * /so-sanh/ itself) from the plans in reading order: what the comparison routes pre-render.
 */
export function selectionPages(
  entries: readonly { id: string; data: { plan: { province: string } } }[],
  provinceSlug: (province: string) => string,
): SelectionPage[] {
  const all = entries.map((entry) => entry.id);
  const provinces = new Map(entries.map((entry) => [entry.id, entry.data.plan.province]));
  const base = defaultSelection(all);
  return staticPages(all, (slug) => provinces.get(slug)!, provinceSlug).filter(
    (page) => !sameSet(page.selection, base),
  );
}

/** The pre-rendered page of a selection, if there is one. */
export const pageOf = (selection: string[], pages: SelectionPage[]) =>
  pages.find((page) => sameSet(page.selection, selection));

/** The pages as one attribute value for the island: "a+b" when named by its plans, else "key=a+b". */
export const encodePages = (pages: SelectionPage[]) =>
  pages
    .map(({ key, selection }) => (key === selectionKey(selection) ? key : `${key}=${selectionKey(selection)}`))
    .join(' ');

/** The pages back from `encodePages`. */
export function decodePages(value: string, all: string[]): SelectionPage[] {
  return value
    .split(' ')
    .filter(Boolean)
    .map((item) => {
      const [key, plans = key] = item.split('=');
      return { key: key!, selection: parseSelection(plans, all) };
    });
}

/** The provinces of the plans, each once, in reading order. */
export const provincesOf = (all: string[], provinceOf: (slug: string) => string) => [...new Set(all.map(provinceOf))];

/** The selection with `slug` added or removed, in reading order; null when that would leave nothing. */
export function toggleSelection(selection: string[], slug: string, all: string[]): string[] | null {
  const next = selection.includes(slug)
    ? selection.filter((other) => other !== slug)
    : all.filter((other) => other === slug || selection.includes(other));
  return next.length > 0 ? next : null;
}

/**
 * The page of a selection: /so-sanh/ for the default view, else /so-sanh/<key>/, named as in
 * `pages` (the pre-rendered pages), by its plans (<a>+<b>) when it is not among them.
 */
export function selectionPath(selection: string[], all: string[], pages: SelectionPage[] = []): string {
  return sameSet(selection, defaultSelection(all))
    ? '/so-sanh/'
    : `/so-sanh/${pageOf(selection, pages)?.key ?? selectionKey(selection)}/`;
}

/** The pre-rendered page of a selection (/so-sanh/ for the default view), or null when it has none. */
export function staticPath(selection: string[], all: string[], pages: SelectionPage[]): string | null {
  return sameSet(selection, defaultSelection(all)) || pageOf(selection, pages)
    ? selectionPath(selection, all, pages)
    : null;
}

/** The name a table's CSV is saved under: "so-sanh-<table>-<name of the selection's page>.csv". */
export function csvFileName(selection: string[], all: string[], table: TableId, pages: SelectionPage[] = []): string {
  const key = sameSet(selection, defaultSelection(all))
    ? 'tat-ca'
    : (pageOf(selection, pages)?.key ?? selectionKey(selection));
  return `so-sanh-${table}-${key}.csv`;
}

/** The title of the comparison of a selection, from its plans' names. */
export function comparisonTitle(selection: string[], all: string[], names: string[]): string {
  return sameSet(selection, defaultSelection(all)) ? 'So sánh các kế hoạch' : `So sánh: ${names.join('; ')}`;
}

/** The static CSV of one table of a selection's page. */
export function csvPath(selection: string[], all: string[], table: TableId, pages: SelectionPage[] = []): string {
  return `${selectionPath(selection, all, pages)}${table}.csv`;
}
