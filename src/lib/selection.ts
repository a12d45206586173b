/**
 * Which plans a comparison view shows (the selection): read from the URL (`?ke-hoach=a,b`) or a
 * path (`/so-sanh/a+b/`), toggled, and which selections are pre-rendered as pages so that choosing
 * plans works without JavaScript. No imports: the comparison page's island uses it in the browser.
 */

/** The tables of the comparison page, by id (also their CSV file names). */
export const TABLE_IDS = ['chu-de', 'doi-tuong', 'co-quan-chu-tri', 'so-khcn', 'chi-tieu'] as const;
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

/**
 * The selections pre-rendered as pages, so that choosing plans works without JavaScript.
 * Up to ALL_SUBSETS_UP_TO plans: every non-empty combination (15 pages for 4 plans), so every
 * "add/remove this plan" link leads to a real page. Above, a number of pages that does not grow
 * with the number of plans: the default view, the default view less one plan (MAX_COLUMNS pages)
 * and each province's plans side by side (one page per province: at most 63, 34 since 2025).
 */
export function staticSelections(all: string[], provinceOf: (slug: string) => string): string[][] {
  const out: string[][] = [];
  const add = (selection: string[]) => {
    const kept = selection.slice(0, MAX_COLUMNS);
    if (kept.length > 0 && !out.some((s) => sameSet(s, kept))) out.push(kept);
  };
  if (all.length <= ALL_SUBSETS_UP_TO) {
    for (let mask = (1 << all.length) - 1; mask > 0; mask--) add(all.filter((_, i) => mask & (1 << i)));
    return out;
  }
  const base = defaultSelection(all);
  add(base);
  for (const slug of base) add(base.filter((other) => other !== slug));
  for (const province of provincesOf(all, provinceOf)) add(all.filter((slug) => provinceOf(slug) === province));
  return out;
}

/** The provinces of the plans, each once, in reading order. */
export const provincesOf = (all: string[], provinceOf: (slug: string) => string) => [...new Set(all.map(provinceOf))];

/** The selection with `slug` added or removed, in reading order; null when that would leave nothing. */
export function toggleSelection(selection: string[], slug: string, all: string[]): string[] | null {
  const next = selection.includes(slug) ? selection.filter((other) => other !== slug) : all.filter((other) => other === slug || selection.includes(other));
  return next.length > 0 ? next : null;
}

/** The page of a selection: /so-sanh/ for the default view, /so-sanh/<a>+<b>/ otherwise. */
export function selectionPath(selection: string[], all: string[]): string {
  return sameSet(selection, defaultSelection(all)) ? '/so-sanh/' : `/so-sanh/${selectionKey(selection)}/`;
}

/** The static CSV of one table of a selection's page. */
export function csvPath(selection: string[], all: string[], table: TableId): string {
  return `${selectionPath(selection, all)}${table}.csv`;
}

