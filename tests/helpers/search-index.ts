/**
 * The search index in miniature, for unit tests: records' tokens (src/lib/search-tokens.ts), the
 * title's marked as a hit in the title is, looked up as Pagefind looks them up (folded: diacritics ignored; exact: as written; prefix: the start
 * of a token), then ranked (src/lib/search-rank.ts). What a query finds among a few texts.
 */
import { foldText } from '../../src/lib/search-normalize.ts';
import { parseQuery } from '../../src/lib/search-query.ts';
import { queryNeeds, rank, TITLE_MARK, type Group, type Need } from '../../src/lib/search-rank.ts';
import { recordTokens, type RecordText } from '../../src/lib/search-tokens.ts';

/** Whether a record's tokens answer a search, as Pagefind would. */
export function holds(tokens: string[], need: Need): boolean {
  if (need.exact) return tokens.includes(need.token);
  const wanted = foldText(need.token);
  return tokens.some((t) => (need.prefix ? foldText(t).startsWith(wanted) : foldText(t) === wanted));
}

/** A record from a text: its first line is the title. */
export const record = (text: string, extra: Omit<RecordText, 'title' | 'body'> = {}): RecordText => {
  const [title, ...body] = text.split('\n');
  return { title: title!, body: body.join('\n'), ...extra };
};

/** What `input` finds among `records`: the result list and the other matches, by record number, with groups. */
export function find(records: RecordText[], input: string, { complete = true } = {}) {
  const query = parseQuery(input, { complete });
  const { first, words } = queryNeeds(query);
  const found = new Map<number, Set<string>>();
  records.forEach((r, i) => {
    const { title, rest } = recordTokens(r);
    const keys = new Set<string>();
    for (const n of [...first, ...words]) {
      if (holds(title, n)) keys.add(n.key).add(TITLE_MARK + n.key);
      if (holds(rest, n)) keys.add(n.key);
    }
    if (keys.size) found.set(i, keys);
  });
  const ranking = rank(query, found, { total: records.length, order: (i) => i });
  const ids = (list: { key: number; group: Group }[]) => list.map((r) => r.key);
  return { list: ids(ranking.list), others: ids(ranking.others), group: ranking.listGroup, ranking };
}

/** Whether `input` lists the record of `text` among its results. */
export const finds = (text: string, input: string, extra: Omit<RecordText, 'title' | 'body'> = {}) =>
  find([record(text, extra)], input).list.includes(0);
