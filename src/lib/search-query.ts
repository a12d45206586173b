/**
 * What a reader typed, read as Vietnamese words: the query cut into units (a word of one or more
 * syllables, a known name, an agency), each with the other wordings that mean the same (the
 * abbreviation's other form, synonyms, the agency's token). A result must hold every unit, and the
 * syllables of a unit side by side; src/lib/search-rank.ts ranks what the index returns for them.
 *
 *   "phu nu khoi nghiep"  →  [phụ nữ] [khởi nghiệp | startup | kn …]
 *   "tap huan thue cho doanh nghiep"  →  [tập huấn] [thuế] [cho] [doanh nghiệp | dn]
 *   "tinh doan"  →  [tỉnh đoàn | agency tinh-doan]
 */
import { ABBREVIATIONS } from './search-abbreviations.ts';
import { CITIES, PROVINCES, WORDS } from './search-lexicon.ts';
import { namedAgencies, phrase, wordForms, type Phrase } from './search-normalize.ts';
import { SYNONYMS } from './search-synonyms.ts';

/** The longest query the search reads, in characters (longer input is cut; the address keeps no more). */
export const MAX_QUERY_LENGTH = 200;

/** One wording of a unit. */
export interface Alternative {
  /** Normalised words, in order (empty for an agency's token). */
  words: string[];
  /**
   * Where the words may stand apart: before each of these indexes, a word of the name ends
   * ("Hội | Liên hiệp | Phụ nữ | tỉnh"). Elsewhere the words stand side by side.
   */
  breaks?: number[];
  /** The exact forms of the words when the reader typed this wording with diacritics; else null. */
  exact: string[] | null;
  /** The agency of the registry this wording names. */
  agency?: string;
}

/** A word of the query (one or more syllables) or a name, with its wordings. */
export interface Unit {
  /** The words as typed, normalised. */
  words: string[];
  /** Their exact forms, when the reader typed diacritics in them; else null. */
  exact: string[] | null;
  /** The wordings that match: the one typed first, then abbreviations, synonyms, the agency. */
  alternatives: Alternative[];
  /** The last word, still being typed: it matches any word it begins. */
  prefix: boolean;
}

export interface Query {
  /** The input as read (at most MAX_QUERY_LENGTH characters). */
  text: string;
  /** Every normalised word, in order ("và" left out). */
  words: string[];
  units: Unit[];
  /** The reader typed diacritics: exact matches rank first, other tones do not mix with them. */
  accented: boolean;
}

/** Little words that join others and never make one with them (cho = for, của = of, về = about…). */
const FUNCTION_WORDS = new Set(
  'cho cua cac nhung ve voi trong tai de tu theo den tren hoac la co duoc nay do mot nhu khi thi ma bang vao'.split(
    ' ',
  ),
);

const key = (words: string[]) => words.join(' ');

/** Every known wording of two syllables or more: the lexicon, provinces, abbreviations, synonyms. */
const KNOWN = new Set(
  [...WORDS, ...PROVINCES, ...CITIES, ...ABBREVIATIONS.map((a) => a.long), ...SYNONYMS.flatMap((g) => g.words)]
    .map((w) => key(phrase(w)))
    .filter((w) => w.includes(' ')),
);
const LONGEST_KNOWN = Math.max(...[...KNOWN].map((w) => w.split(' ').length));

/** Each abbreviation as [short, long] normalised phrases. */
const ABBREVIATION_PHRASES: [Phrase, Phrase][] = ABBREVIATIONS.map((a) => [phrase(a.short), phrase(a.long)]);
const SYNONYM_PHRASES: Phrase[][] = SYNONYMS.map((g) => g.words.map(phrase));

/** At most this many wordings per unit: nested abbreviations could multiply them. */
const MAX_ALTERNATIVES = 12;

/** Where `needle` occurs in `words`, or -1. */
function indexOf(words: string[], needle: string[]): number {
  for (let i = 0; i + needle.length <= words.length; i++) if (needle.every((w, k) => words[i + k] === w)) return i;
  return -1;
}

/**
 * The other wordings of `words`: each abbreviation's long form inside it replaced by the short
 * form and the reverse ("khoi nghiep doi moi sang tao" → "kndmst", "khoi nghiep dmst", …), and
 * the other wordings of a synonym group it equals.
 */
export function wordings(words: string[]): string[][] {
  const seen = new Map<string, string[]>([[key(words), words]]);
  const queue = [words];
  while (queue.length && seen.size < MAX_ALTERNATIVES) {
    const current = queue.shift()!;
    const next: string[][] = [];
    for (const group of SYNONYM_PHRASES) if (group.some((g) => key(g) === key(current))) next.push(...group);
    for (const [short, long] of ABBREVIATION_PHRASES) {
      for (const [from, to] of [
        [long, short],
        [short, long],
      ] as const) {
        const at = indexOf(current, from);
        if (at >= 0) next.push([...current.slice(0, at), ...to, ...current.slice(at + from.length)]);
      }
    }
    for (const wording of next) {
      if (seen.size >= MAX_ALTERNATIVES) break;
      if (!seen.has(key(wording))) {
        seen.set(key(wording), wording);
        queue.push(wording);
      }
    }
  }
  return [...seen.values()].slice(1);
}

/**
 * Read what the reader typed (see Query). `complete`: the reader has finished (Enter, a shared
 * link), so the last word is not read as a prefix.
 */
export function parseQuery(input: string, { complete = false } = {}): Query {
  const text = input.slice(0, MAX_QUERY_LENGTH);
  let forms = wordForms(text);
  if (forms.length > 1) forms = forms.filter((f) => f.word !== 'va');
  const words = forms.map((f) => f.word);
  const typedExact = (from: number, to: number) => {
    const slice = forms.slice(from, to);
    // A word typed with diacritics reads differently folded; abbreviations are equal in all forms.
    const accented = slice.some((f) => f.exact !== f.word);
    return accented ? slice.map((f) => f.exact) : null;
  };

  // The query cut into words: the longest known wordings, then runs of other syllables, which
  // stand together unless a little word (cho, của…) parts them; the last word, still being typed,
  // stands alone.
  const stillTyping = !complete && words.length > 0 && !/\s$/.test(text) && (words.length > 1 || words[0]!.length > 1);
  const last = words.length - 1;
  const segments = segment(words, stillTyping ? last : -1);
  // An agency named in any wording is one unit, whichever words it spans.
  const spans: { start: number; end: number; agency?: string }[] = [];
  const taken = new Array<boolean>(words.length).fill(false);
  for (const { id, start, end } of namedAgencies(words)) {
    if (taken.slice(start, end).some(Boolean) || (stillTyping && end > last)) continue;
    spans.push({ start, end, agency: id });
    taken.fill(true, start, end);
  }
  for (const { start, end } of segments) {
    if (taken.slice(start, end).some(Boolean)) {
      // The part of a word outside an agency's span stands on its own.
      for (let i = start; i < end; i++) if (!taken[i]) spans.push({ start: i, end: i + 1 });
      continue;
    }
    spans.push({ start, end });
  }
  spans.sort((a, b) => a.start - b.start);
  const breaksIn = (start: number, end: number) =>
    segments.filter((s) => s.start > start && s.start < end).map((s) => s.start - start);

  const units: Unit[] = spans.map(({ start, end, agency }) => {
    const unitWords = words.slice(start, end);
    const exact = typedExact(start, end);
    const breaks = agency ? breaksIn(start, end) : [];
    const alternatives: Alternative[] = [
      { words: unitWords, exact, ...(breaks.length ? { breaks } : {}) },
      // Another wording may hold words of its own ("câu lạc bộ | khởi nghiệp" for "CLB khởi nghiệp").
      ...wordings(unitWords).map((w) => {
        const apart = segment(w, -1)
          .map((s) => s.start)
          .filter((at) => at > 0);
        return { words: w, exact: null, ...(apart.length ? { breaks: apart } : {}) };
      }),
    ];
    if (agency) alternatives.push({ words: [], exact: null, agency });
    return { words: unitWords, exact, alternatives, prefix: stillTyping && start === last && end === last + 1 };
  });
  return { text, words, units, accented: units.some((u) => u.exact !== null) };
}

/**
 * The query's words cut into words of the language: the longest known wordings, runs of other
 * syllables (parted by little words), and the word at `alone` (being typed) on its own.
 */
function segment(words: string[], alone: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const known = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    if (i === alone) continue;
    for (let length = Math.min(LONGEST_KNOWN, words.length - i); length >= 2; length--) {
      const end = i + length;
      if (alone >= i && alone < end) continue;
      if (known.slice(i, end).some(Boolean) || !KNOWN.has(key(words.slice(i, end)))) continue;
      out.push({ start: i, end });
      known.fill(true, i, end);
      break;
    }
  }
  let run: number | null = null;
  const closeRun = (end: number) => {
    if (run !== null && end > run) out.push({ start: run, end });
    run = null;
  };
  for (let i = 0; i < words.length; i++) {
    if (known[i]) closeRun(i);
    else if (FUNCTION_WORDS.has(words[i]!) || i === alone) {
      closeRun(i);
      out.push({ start: i, end: i + 1 });
    } else run ??= i;
  }
  closeRun(words.length);
  return out.sort((a, b) => a.start - b.start);
}

/** True when the input has a word the search can look for (not only punctuation, emoji, "%"). */
export const hasSearchableWord = (input: string) => parseQuery(input, { complete: true }).words.length > 0;
