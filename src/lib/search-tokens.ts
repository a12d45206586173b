/**
 * The words of the search index. Each record of the index (a task, or a passage of a plan's full
 * text) is reduced to a set of tokens, each written once, so that the index stores one place per
 * record and word however often the word occurs; Pagefind then matches tokens, not the text:
 *
 *   - a word:                `<word>q`          "họcq" (Pagefind folds it to "hocq" and keeps
 *                                               "họcq" as the exact variant: typed diacritics
 *                                               can be matched exactly)
 *   - two words side by side: `zb<word>x<word>q`  "zbhocxsinhq", without diacritics (the words
 *                                               alone carry them: an exact pair is its two exact
 *                                               words side by side): a query's word of two
 *                                               syllables ("học sinh") matches where they stand
 *                                               together. Plain letters also keep the index small:
 *                                               Pagefind stores a variant for each written form.
 *   - an agency named:        `za<id>q`          whatever its wording; `zl<id>q` when it leads (chủ trì)
 *
 * The final "q" ends every token, as no Vietnamese syllable ends in q: Pagefind matches a query
 * word as the beginning of an index word ("doan" would find "doanh"), "doanq" finds only "doanq".
 * The title's tokens come first, apart from the rest (search-records.ts places them where a hit
 * says it is in the title). The "z" tokens sort after every word, so a query loads only the index
 * chunks of the kind it asks for. "và" (and) is left out of the pairs: "khoa học và công nghệ"
 * pairs "học" with "công", as a reader typing "khoa hoc cong nghe" expects.
 */
import { ABBREVIATIONS } from './search-abbreviations.ts';
import { normalizeWords, spotAgenciesIn, wordForms, type WordForm } from './search-normalize.ts';

/** Each abbreviation's short form (one normalised word) and its long form's words. */
const LONG_FORMS = new Map(
  ABBREVIATIONS.map((a) => [normalizeWords(a.short).join(''), normalizeWords(a.long).filter((w) => w !== 'va')]),
);

export const END = 'q';
export const unigram = (word: string) => `${word}${END}`;
export const bigram = (a: string, b: string) => `zb${a}x${b}${END}`;
const id = (agency: string) => agency.replace(/[^a-z0-9]/g, '');
export const agencyToken = (agency: string) => `za${id(agency)}${END}`;
export const leadToken = (agency: string) => `zl${id(agency)}${END}`;

/** The words of a text line by line (pairs are made within a line). */
const lines = (text: string): WordForm[][] => text.split('\n').map(wordForms);

/** What a record brings to the index. */
export interface RecordText {
  title: string;
  /** The rest of its text (description, agencies, time…), lines apart. */
  body: string;
  /** Every agency of the registry named in it (lead and partners); more are spotted in the text. */
  agencies?: string[];
  /** The agencies leading it. */
  lead?: string[];
}

/** A record's tokens, each once: the title's, and the others (text, long forms, agencies). */
export function recordTokens({ title, body, agencies = [], lead = [] }: RecordText): {
  title: string[];
  rest: string[];
} {
  const titleLines = lines(title);
  const bodyLines = lines(body);
  const titleTokens = new Set<string>();
  const tokens = new Set<string>();
  /** Each word once as written (exact form), each pair of neighbours once, plain ("và" aside). */
  const add = (into: Set<string>, forms: WordForm[][]) => {
    for (const line of forms) {
      const paired = line.filter((w) => w.word !== 'va');
      paired.forEach((w, i) => {
        into.add(unigram(w.exact));
        if (i > 0) into.add(bigram(paired[i - 1]!.word, w.word));
      });
    }
  };
  add(titleTokens, titleLines);
  add(tokens, bodyLines);
  const words = [...titleLines, ...bodyLines].flat().map((w) => w.word);
  // An abbreviation written ("HSTKNĐMST") brings its long form, whose words a reader may type
  // ("he sinh thai", "khoi nghiep"); the reverse, long written and short typed, is the query's part.
  const written = new Set(words);
  add(
    tokens,
    [...LONG_FORMS]
      .filter(([short]) => written.has(short))
      .map(([, long]) => long.map((word) => ({ word, exact: word }))),
  );
  for (const agency of new Set([...agencies, ...lead, ...spotAgenciesIn(words)])) tokens.add(agencyToken(agency));
  for (const agency of new Set(lead)) tokens.add(leadToken(agency));
  return { title: [...titleTokens], rest: [...tokens].filter((t) => !titleTokens.has(t)) };
}
