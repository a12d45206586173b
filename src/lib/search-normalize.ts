/**
 * Search normalisation for Vietnamese: the one place where the matching rules of DOMAIN.md
 * ("Matching Vietnamese text") live, shared by the index build (src/integrations/search-index.ts) and the
 * search box in the browser, so that what a reader types and what the plans say meet in one form.
 *
 * Treated as equal: with and without diacritics (đ/Đ included), old and new tone placement
 * (khoá = khóa), i/y spellings (Quí = Quý), NFC and NFD input, "hàng năm" = "hằng năm"; and an
 * agency's wordings from the registry (Tỉnh đoàn = Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh) are
 * recognised in texts and queries. Abbreviations, synonyms and the words of the language are the
 * vocabulary modules beside this one (search-abbreviations.ts, search-synonyms.ts, search-lexicon.ts).
 */
import { AGENCIES } from './agencies.ts';

// Vietnamese tone marks (dấu thanh) as combining characters: huyền, sắc, ngã, hỏi, nặng.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const MARKS = /[\u0300-\u036f]/g;

/** The end of a word in which the two placements can differ (NFC): o + a/e or u + y, with any tone mark. */
const OPEN_SYLLABLE_END = /(?:[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ])$/iu;

/**
 * Put a word's tone mark where the traditional style puts it, so that the two placements in use
 * compare equal: "hoà" → "hòa", "khoá" → "khóa", "khoẻ" → "khỏe", "Uỷ" → "Ủy", "thuỷ" → "thủy".
 * Only open syllables ending in oa, oe, uy differ between the styles ("quý" and "hoàng" do not).
 * Returns NFC.
 */
export function canonicalTone(word: string): string {
  const composed = word.normalize('NFC');
  // Most words cannot differ: skip the decomposition (the index runs this on every word).
  if (!OPEN_SYLLABLE_END.test(composed)) return composed;
  const decomposed = composed.normalize('NFD');
  const tones = decomposed.match(TONE);
  if (!tones || tones.length !== 1) return decomposed.normalize('NFC');
  const bare = decomposed.replace(TONE, '');
  const m = bare.match(/^(.*?)([oO])([aAeE])$/) ?? bare.match(/^(.*?(?<![qQ]))([uU])([yY])$/);
  if (!m) return decomposed.normalize('NFC');
  return `${m[1]}${m[2]}${tones[0]}${m[3]}`.normalize('NFC');
}

/** canonicalTone applied to every word of a text (NFC out). */
export function canonicalTones(text: string): string {
  return text.normalize('NFC').replace(/\p{L}+/gu, canonicalTone);
}

/** Lower-case ASCII letters: diacritics removed, đ/Đ → d. "Đoàn" → "doan". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** The consonants a Vietnamese syllable can begin with (âm đầu), folded. */
const ONSET = '(?:b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)';
const IY = new RegExp(`^${ONSET}y$`);

/**
 * The i/y rule: where y alone is the vowel after a consonant (kỹ/kĩ, lý/lí, Quý/Quí, sỹ/sĩ, mỹ/mĩ)
 * write i. "tay", "thuy", "yen" keep their y: there i and y are not interchangeable.
 */
export function canonicalIY(word: string): string {
  return IY.test(word) ? `${word.slice(0, -1)}i` : word;
}

/**
 * The normalised words of a text: folded, i/y made equal, abbreviations written with & or -
 * joined into one word ("KH&CN" → "khcn", "LĐ-TB&XH" → "ldtbxh"). With `parts`, the pieces
 * of such a word are kept as well ("khcn", "kh", "cn"), as an index wants them.
 */
export function normalizeWords(text: string, { parts = false } = {}): string[] {
  const words: string[] = [];
  for (const token of foldText(text).split(/[^a-z0-9&-]+/)) {
    const pieces = token.split(/[&-]+/).filter(Boolean);
    if (pieces.length === 0) continue;
    const lettersOnly = pieces.every((p) => /^[a-z]+$/.test(p));
    if (pieces.length > 1 && lettersOnly) {
      words.push(canonicalIY(pieces.join('')));
      if (parts) words.push(...pieces.map(canonicalIY));
    } else {
      words.push(...pieces.map(canonicalIY));
    }
  }
  return words;
}

/** A word of a text in its two forms: normalised (folded, i/y made equal) and exact (diacritics kept). */
export interface WordForm {
  /** "hoc", "khcn", "qui": what a reader typing without diacritics matches. */
  word: string;
  /**
   * The word as written, lower case, with its tone marks where the traditional style puts them, đ
   * written d, i for an i/y vowel, "hằng" written "hàng" ("quý" → "quí", "Khoá" → "khóa", "Đoàn" →
   * "doàn"): what a reader typing diacritics matches exactly. Equal to `word` for abbreviations.
   */
  exact: string;
}

// The i/y rule on a word with its tone marks: y alone after a consonant written i (kỹ → kĩ).
const Y_TO_I: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

/**
 * The words of a text in both forms (see WordForm), split as normalizeWords splits them:
 * abbreviations written with & or - are one word ("KH&CN" → "khcn").
 */
export function wordForms(text: string): WordForm[] {
  const forms: WordForm[] = [];
  for (const token of text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}&-]+/u)) {
    if (token) forms.push(...tokenForms(token));
  }
  return forms;
}

/**
 * The forms of one written token, computed once per distinct token: a language has few words
 * and the index reads every word of every plan.
 */
const TOKEN_FORMS = new Map<string, WordForm[]>();
function tokenForms(token: string): WordForm[] {
  let forms = TOKEN_FORMS.get(token);
  if (forms) return forms;
  forms = [];
  const pieces = token.split(/[&-]+/).filter(Boolean);
  const folded = pieces.map((piece) => foldText(piece));
  if (pieces.length > 1 && folded.every((p) => /^[a-z]+$/.test(p))) {
    const word = canonicalIY(folded.join(''));
    forms.push({ word, exact: word });
  } else {
    // Letters of no Latin script (or emoji) are no word: only plain letters and digits are kept.
    pieces.forEach((piece, i) => {
      if (/^[a-z0-9]+$/.test(folded[i]!)) forms.push(form(canonicalTone(piece), folded[i]!));
    });
  }
  TOKEN_FORMS.set(token, forms);
  return forms;
}

function form(piece: string, folded: string): WordForm {
  const word = canonicalIY(folded);
  let exact = piece.replace(/đ/g, 'd');
  if (word !== folded) exact = exact.replace(/[yýỳỷỹỵ]$/u, (y) => Y_TO_I[y]!);
  if (exact === 'hằng') exact = 'hàng';
  // Anything the rules above do not cover (a stray mark) falls back to the normalised form.
  return { word, exact: foldText(exact) === word ? exact : word };
}

/** The normalised form of a text, words joined by single spaces. */
export function normalize(text: string): string {
  return normalizeWords(text).join(' ');
}

/** A phrase as normalised words; "và" between words is optional when matching. */
export type Phrase = string[];

export const phrase = (text: string): Phrase => normalizeWords(text).filter((w) => w !== 'va');

/**
 * Every wording of an agency type in the registry, normalised: name, usual abbreviation, aliases.
 * Wordings of one word ("Báo") or of generic groups are too loose to spot in running text.
 */
const AGENCY_PHRASES: { id: string; phrases: Phrase[]; spottable: Phrase[] }[] = AGENCIES.map((agency) => {
  const phrases = unique([agency.name, agency.short, ...agency.aliases].filter((w): w is string => !!w).map(phrase));
  const spottable = agency.kind === 'chung' ? [] : phrases.filter((p) => p.filter((w) => w !== 'cac').length >= 2);
  return { id: agency.id, phrases, spottable };
});

function unique(phrases: Phrase[]): Phrase[] {
  const seen = new Set<string>();
  return phrases.filter((p) => p.length > 0 && !seen.has(p.join(' ')) && !!seen.add(p.join(' ')));
}

/** Whether `needle` occurs in `words` at `start` (an optional "va" may sit between its words). */
function phraseAt(words: string[], start: number, needle: Phrase): boolean {
  let i = start;
  for (let k = 0; k < needle.length; k++) {
    if (k > 0 && words[i] === 'va' && words[i + 1] === needle[k]) i++;
    if (words[i] !== needle[k]) return false;
    i++;
  }
  return true;
}

/** Where `needle` occurs in `words` (an optional "va" may sit between its words): start indexes. */
export function findPhrase(words: string[], needle: Phrase): number[] {
  const hits: number[] = [];
  if (needle.length === 0) return hits;
  for (let start = 0; start < words.length; start++) if (phraseAt(words, start, needle)) hits.push(start);
  return hits;
}

/**
 * A text's words with the places of each word, so that the many phrases of the registry and of
 * the abbreviations are looked for only where their first word occurs: indexing tens of
 * thousands of tasks would otherwise walk every text once per phrase. Words can be appended.
 */
class PhraseFinder {
  private readonly places = new Map<string, number[]>();
  readonly words: string[] = [];

  constructor(words: string[]) {
    this.push(words);
  }

  push(words: string[]) {
    for (const word of words) {
      const places = this.places.get(word);
      if (places) places.push(this.words.length);
      else this.places.set(word, [this.words.length]);
      this.words.push(word);
    }
  }

  has(needle: Phrase): boolean {
    return (
      needle.length > 0 && (this.places.get(needle[0]!) ?? []).some((start) => phraseAt(this.words, start, needle))
    );
  }
}

/** The agencies of the registry named in `finder`'s words (generic groups aside). */
function spotIn(finder: PhraseFinder): string[] {
  return AGENCY_PHRASES.filter((agency) => agency.spottable.some((p) => finder.has(p))).map((a) => a.id);
}

/** The agencies of the registry a text names in one of their wordings (generic groups aside). */
export function spotAgencies(text: string): string[] {
  return spotAgenciesIn(normalizeWords(text));
}

/** spotAgencies over a text's normalised words. */
export function spotAgenciesIn(words: string[]): string[] {
  return spotIn(new PhraseFinder(words));
}

/**
 * The agencies a query names, with the span of words naming them: a wording of the registry in
 * full, or without its "tỉnh" ("hội lhpn"), or its first three words or more ("doan thanh nien").
 */
export function namedAgencies(words: string[]): { id: string; start: number; end: number }[] {
  const found: { id: string; start: number; end: number }[] = [];
  for (const agency of AGENCY_PHRASES) {
    let best: { start: number; end: number } | undefined;
    for (const wording of agency.phrases) {
      const withoutProvince = wording.filter((w) => w !== 'tinh');
      const forms = [
        wording,
        withoutProvince,
        ...Array.from({ length: wording.length - 3 }, (_, i) => wording.slice(0, i + 3)),
      ];
      for (const form of forms) {
        if (form.length < 2) continue;
        for (const start of findPhrase(words, form)) {
          const end = spanEnd(words, start, form);
          if (!best || end - start > best.end - best.start) best = { start, end };
        }
      }
    }
    if (best) found.push({ id: agency.id, ...best });
  }
  // A longer naming wins over one inside it ("sở khoa học và công nghệ" is not "khoa học").
  return found.filter(
    (a) => !found.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start),
  );
}

/** The end (exclusive) of a phrase found at `start`, counting an optional "va" inside it. */
function spanEnd(words: string[], start: number, needle: Phrase): number {
  let i = start;
  for (let k = 0; k < needle.length; k++) {
    if (k > 0 && words[i] === 'va' && words[i + 1] === needle[k]) i++;
    i++;
  }
  return i;
}
