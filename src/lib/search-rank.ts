/**
 * Ranking of search results, from which tokens of a query (src/lib/search-query.ts,
 * src/lib/search-tokens.ts) each record of the index holds. Pure: the browser finds the tokens
 * (src/client/search-engine.ts), this decides what they mean.
 *
 * A record is a phrase match when it holds every unit of the query, the syllables of each unit side
 * by side ("học sinh" as one word); a word match when it holds every syllable, but some only
 * scattered ("khoa học … sinh viên"). When the reader typed diacritics, the phrase matches with the
 * same diacritics come first, and the other tones ("quý" for "quỹ") do not mix with them. The first
 * of these groups that is not empty is the result list; the others are counted and shown on request.
 */
import { agencyToken, bigram, leadToken, unigram } from './search-tokens.ts';
import type { Alternative, Query, Unit } from './search-query.ts';

/**
 * One search of the index: a token, matched folded (any diacritics), exactly, or as a prefix. A
 * record holding it gets its key; `TITLE_MARK` + key too when it stands in the record's title.
 */
export interface Need {
  /** "hocq" (folded), "=họcq" (exact diacritics), "~ngh" (prefix): what a record's set holds. */
  key: string;
  token: string;
  exact: boolean;
  prefix: boolean;
}

export const TITLE_MARK = '^';

const need = (token: string, mode: 'folded' | 'exact' | 'prefix' = 'folded'): Need => ({
  key: mode === 'exact' ? `=${token}` : mode === 'prefix' ? `~${token}` : token,
  token,
  exact: mode === 'exact',
  prefix: mode === 'prefix',
});

const pairs = <T>(list: T[]) => list.slice(1).map((b, i) => [list[i]!, b] as const);

/** The searches an alternative needs to match: its pairs side by side, or its single word. */
function alternativeNeeds(unit: Unit, alt: Alternative, where: 'body' | 'exact'): Need[] {
  if (alt.agency) return where === 'body' ? [need(agencyToken(alt.agency))] : [];
  const words = where === 'exact' ? alt.exact : alt.words;
  if (!words || words.length === 0) return [];
  if (unit.prefix) return [need(words[0]!, 'prefix')];
  const mode = where === 'exact' ? 'exact' : 'folded';
  const one = (w: string) => need(unigram(w), mode);
  const two = (a: string, b: string) => need(bigram(a, b), mode);
  // Pairs are indexed without diacritics: the exact forms are asked of each word alone.
  if (where === 'exact') return words.map((w) => one(w));
  // Words side by side are one pair each; a word standing apart from both neighbours, itself.
  const apart = new Set(alt.breaks ?? []);
  return words.flatMap((w, i) => {
    const out: Need[] = [];
    if (i > 0 && !apart.has(i)) out.push(two(words[i - 1]!, w));
    const joinedBefore = i > 0 && !apart.has(i);
    const joinedAfter = i < words.length - 1 && !apart.has(i + 1);
    if (!joinedBefore && !joinedAfter) out.push(one(w));
    return out;
  });
}

/** The syllables of a unit, each alone (for word matches). */
function syllableNeeds(unit: Unit): Need[] {
  if (unit.prefix) return [need(unit.words[0]!, 'prefix')];
  return unit.words.map((w) => need(unigram(w)));
}

/**
 * The searches a query needs: `first`, for the result list (each unit's wordings, exactly too
 * when typed with diacritics, the agencies' lead tokens, the pairs across units), and `words`,
 * for the word matches (every syllable alone), which can come after.
 */
export function queryNeeds(query: Query): { first: Need[]; words: Need[] } {
  const first = new Map<string, Need>();
  const words = new Map<string, Need>();
  const add = (map: Map<string, Need>, list: Need[]) => list.forEach((n) => map.set(n.key, n));
  for (const unit of query.units) {
    for (const alt of unit.alternatives) {
      add(first, alternativeNeeds(unit, alt, 'body'));
      add(first, alternativeNeeds(unit, alt, 'exact'));
      if (alt.agency) add(first, [need(leadToken(alt.agency))]);
    }
    add(words, syllableNeeds(unit));
  }
  add(
    first,
    crossPairs(query).map((token) => need(token)),
  );
  for (const key of first.keys()) words.delete(key);
  return { first: [...first.values()], words: [...words.values()] };
}

/** The pairs of words where one unit ends and the next begins: the query as typed, word after word. */
function crossPairs(query: Query): string[] {
  return pairs(query.units)
    .filter(([a, b]) => !a.prefix && !b.prefix)
    .map(([a, b]) => bigram(a.words[a.words.length - 1]!, b.words[0]!));
}

/** How a record matches a unit. */
interface UnitMatch {
  /** Some wording of the unit, its syllables side by side. */
  phrase: boolean;
  /** Matched with the diacritics typed (or through another wording, which has none to compare). */
  exact: boolean;
  title: boolean;
  /** Led by the agency the unit names. */
  lead: boolean;
  /** Every syllable, side by side or not. */
  words: boolean;
}

function matchUnit(unit: Unit, has: (key: string) => boolean): UnitMatch {
  const all = (needs: Need[]) => needs.length > 0 && needs.every((n) => has(n.key));
  let phrase = false;
  let exact = false;
  let title = false;
  let lead = false;
  unit.alternatives.forEach((alt, i) => {
    const found = all(alternativeNeeds(unit, alt, 'body'));
    phrase ||= found;
    // The wording typed matches exactly with its diacritics; the other wordings have none typed.
    if (found) exact ||= i > 0 || unit.exact === null || all(alternativeNeeds(unit, alt, 'exact'));
    title ||= found && alternativeNeeds(unit, alt, 'body').every((n) => has(TITLE_MARK + n.key));
    if (alt.agency) lead ||= has(leadToken(alt.agency));
  });
  return { phrase, exact, title, lead, words: phrase || syllableNeeds(unit).every((n) => has(n.key)) };
}

/** Which group a record is in, best first (see the module comment). */
export type Group = 'exact' | 'phrase' | 'words';

export interface RankedRecord<K> {
  key: K;
  group: Group;
  score: number;
}

export interface Ranking<K> {
  /** The result list: the first group with records, best first. */
  list: RankedRecord<K>[];
  /** The group of the list (null when nothing matched). */
  listGroup: Group | null;
  /** The other matches, best first: shown on request. */
  others: RankedRecord<K>[];
  /** How many records in each group. */
  counts: Record<Group, number>;
}

/**
 * Rank the records that hold some token of the query. `found` gives each record's keys (Need.key);
 * `total`, the number of records in the index (for how rare a unit is); `order`, a record's place
 * in document order (ties); `isTask`, whether a record is a task (before a passage at equal score).
 */
export function rank<K>(
  query: Query,
  found: Map<K, Set<string>>,
  {
    total,
    order,
    isTask = () => true,
  }: {
    total: number;
    order: (key: K) => number;
    isTask?: (key: K) => boolean;
  },
): Ranking<K> {
  const matches = new Map<K, UnitMatch[]>();
  for (const [key, keys] of found)
    matches.set(
      key,
      query.units.map((unit) => matchUnit(unit, (k) => keys.has(k))),
    );
  // How rare each unit is: rarer units weigh more (idf).
  const weights = query.units.map((_, u) => {
    let df = 0;
    for (const m of matches.values()) if (m[u]!.phrase) df++;
    return Math.log(1 + total / (1 + df));
  });
  const across = crossPairs(query);
  const mean = weights.reduce((a, b) => a + b, 0) / Math.max(1, weights.length);
  const ranked: RankedRecord<K>[] = [];
  for (const [key, units] of matches) {
    const phrase = units.every((m) => m.phrase);
    const group: Group | null = phrase
      ? !query.accented || units.every((m) => m.exact)
        ? 'exact'
        : 'phrase'
      : units.every((m) => m.words)
        ? 'words'
        : null;
    if (!group) continue;
    const keys = found.get(key)!;
    let score = 0;
    units.forEach((m, u) => {
      const w = weights[u]!;
      // An agency named is best answered by the tasks it leads (chủ trì).
      score +=
        (m.phrase ? w : 0.5 * w) * (m.title ? 2 : 1) + (m.lead ? 3 * w : 0) + (m.exact && query.accented ? 0.5 * w : 0);
    });
    // The whole query as typed, word after word.
    if (across.length) score += (mean * across.filter((t) => keys.has(t)).length) / across.length;
    if (isTask(key)) score += 0.25;
    ranked.push({ key, group, score });
  }
  ranked.sort((a, b) => b.score - a.score || order(a.key) - order(b.key));
  const counts: Record<Group, number> = { exact: 0, phrase: 0, words: 0 };
  for (const r of ranked) counts[r.group]++;
  // Without diacritics typed, every phrase match is in the first group.
  const listGroup = (['exact', 'phrase', 'words'] as const).find((g) => counts[g] > 0) ?? null;
  const rankOf = { exact: 0, phrase: 1, words: 2 };
  return {
    list: ranked.filter((r) => r.group === listGroup),
    listGroup,
    others: ranked
      .filter((r) => r.group !== listGroup)
      .sort((a, b) => rankOf[a.group] - rankOf[b.group] || b.score - a.score || order(a.key) - order(b.key)),
    counts,
  };
}
