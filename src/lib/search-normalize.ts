/**
 * Search normalisation for Vietnamese: the one place where the matching rules of DOMAIN.md
 * ("Matching Vietnamese text") live, shared by the index build (src/integrations/search-index.ts) and the
 * search box in the browser, so that what a reader types and what the plans say meet in one form.
 *
 * Treated as equal: with and without diacritics (đ/Đ included), old and new tone placement
 * (khoá = khóa), i/y spellings (Quí = Quý), NFC and NFD input, abbreviations and their long forms
 * (ĐMST = đổi mới sáng tạo, both ways), an agency's wordings from the registry (Tỉnh đoàn = Đoàn
 * Thanh niên Cộng sản Hồ Chí Minh tỉnh), and "hàng năm" = "hằng năm".
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
/** A syllable whose vowel may be written i or y (Quí/Quý, kĩ/kỹ). */
const IY_SYLLABLE = new RegExp(`^${ONSET}[iy]$`);

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

/** The normalised form of a text, words joined by single spaces. */
export function normalize(text: string): string {
  return normalizeWords(text).join(' ');
}

/** An abbreviation readers and plans use, with its long form (DOMAIN.md). */
export interface Abbreviation {
  short: string;
  long: string;
}

export const ABBREVIATIONS: Abbreviation[] = [
  { short: 'ĐMST', long: 'đổi mới sáng tạo' },
  { short: 'KNĐMST', long: 'khởi nghiệp đổi mới sáng tạo' },
  { short: 'HSTKNĐMST', long: 'hệ sinh thái khởi nghiệp đổi mới sáng tạo' },
  { short: 'UBND', long: 'Ủy ban nhân dân' },
  { short: 'HĐND', long: 'Hội đồng nhân dân' },
  { short: 'KH&CN', long: 'khoa học và công nghệ' },
  { short: 'KH&ĐT', long: 'kế hoạch và đầu tư' },
  { short: 'GD&ĐT', long: 'giáo dục và đào tạo' },
  { short: 'LĐ-TB&XH', long: 'lao động - thương binh và xã hội' },
  { short: 'TT&TT', long: 'thông tin và truyền thông' },
  { short: 'NN&PTNT', long: 'nông nghiệp và phát triển nông thôn' },
  { short: 'PTNT', long: 'phát triển nông thôn' },
  { short: 'LHPN', long: 'liên hiệp phụ nữ' },
  { short: 'TNCS HCM', long: 'thanh niên cộng sản Hồ Chí Minh' },
  { short: 'TNCS', long: 'thanh niên cộng sản' },
  { short: 'HCM', long: 'Hồ Chí Minh' },
  { short: 'THPT', long: 'trung học phổ thông' },
  { short: 'THCS', long: 'trung học cơ sở' },
  { short: 'CLB', long: 'câu lạc bộ' },
  { short: 'OCOP', long: 'mỗi xã một sản phẩm' },
];

/** A phrase as normalised words; "và" between words is optional when matching. */
type Phrase = string[];

const phrase = (text: string): Phrase => normalizeWords(text).filter((w) => w !== 'va');

/** Each abbreviation as a pair of normalised phrases: [short, long]. */
const ABBREVIATION_PHRASES: [Phrase, Phrase][] = ABBREVIATIONS.map(({ short, long }) => [phrase(short), phrase(long)]);

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
  return spotIn(new PhraseFinder(normalizeWords(text)));
}

/**
 * The other forms of what a text says, for the index: for every abbreviation found in either form,
 * the other form ("đổi mới sáng tạo" adds "dmst", "KNĐMST" adds "khoi nghiep doi moi sang tao",
 * which in turn adds "dmst"); for every agency named (by id, or spotted in the text), all its
 * wordings. Returned as normalised words.
 */
export function expansions(text: string, agencyIds: Iterable<string> = []): string[] {
  return expand(new PhraseFinder(normalizeWords(text)), agencyIds).words;
}

/** expansions() over a text's words; also gives the agencies named (`agencyIds` and those spotted). */
function expand(finder: PhraseFinder, agencyIds: Iterable<string>): { words: string[]; agencies: Set<string> } {
  const agencies = new Set([...agencyIds, ...spotIn(finder)]);
  const added: Phrase[] = AGENCY_PHRASES.filter((agency) => agencies.has(agency.id)).flatMap(
    (agency) => agency.phrases,
  );
  finder.push(added.flat());
  // Long forms contain shorter ones (KNĐMST → ĐMST): repeat until nothing new is found.
  const done = new Set<number>();
  for (let round = 0; round < 4; round++) {
    let grew = false;
    ABBREVIATION_PHRASES.forEach(([short, long], index) => {
      if (done.has(index)) return;
      if (finder.has(short) || finder.has(long)) {
        done.add(index);
        added.push(short, long);
        finder.push([...short, ...long]);
        grew = true;
      }
    });
    if (!grew) break;
  }
  return { words: added.flat(), agencies };
}

/**
 * A letter that ends no Vietnamese syllable, appended to every normalised word of the index and of
 * a query. Pagefind matches a query word against every indexed word it begins ("doan" would find
 * "doanh", and "do" nearly everything); with the mark, "doanq" finds "doanq" only, so that syllables
 * match whole, as Vietnamese needs.
 */
export const WORD_END = 'q';

const marked = (words: string[]) => words.map((w) => `${w}${WORD_END}`).join(' ');

/**
 * One index word standing for an agency of the registry, whatever its wording:
 * "tinh-doan" → "coquantinhdoanq". Tasks carry the tokens of their agencies (the lead ones also in
 * a metadata field that ranks higher), and a query naming an agency searches for its token.
 */
export const agencyToken = (id: string) => `coquan${id.replace(/[^a-z0-9]/g, '')}${WORD_END}`;

/**
 * The hidden search terms of an index record: every normalised word of `text`, in order, then the
 * words of its `expansions` it does not already contain, each once, all with WORD_END; then the
 * agency tokens of `agencyIds` and of the agencies the text names; then, unmarked, the words
 * written with the other tone placement, in the canonical one.
 */
export function indexTerms(text: string, agencyIds: Iterable<string> = []): string {
  const words = normalizeWords(text, { parts: true });
  const present = new Set(words);
  const { words: expanded, agencies } = expand(new PhraseFinder(normalizeWords(text)), agencyIds);
  const extra = new Set(expanded.filter((word) => !present.has(word)));
  // Words written with the other tone placement ("khoá"), in the canonical one ("khóa"), so that a
  // reader typing either gets the bonus for exact diacritics.
  const retoned = new Set(
    (text.normalize('NFC').match(/\p{L}+/gu) ?? [])
      .filter((w) => canonicalTone(w) !== w)
      .map((w) => canonicalTone(w).toLowerCase()),
  );
  return [marked([...words, ...extra]), ...[...agencies].map(agencyToken), ...retoned].join(' ');
}

/** The queries run for what a reader typed; Pagefind query strings. */
export interface SearchQuery {
  /** Every word normalised and whole (WORD_END): finds all forms. Empty when nothing was typed. */
  whole: string;
  /**
   * The whole words as one phrase (a quoted Pagefind search: the words next to each other, in
   * order), for a query of two words or more; null otherwise. "khoa dao tao" then finds "khóa đào
   * tạo" before "Khoa học … đào tạo".
   */
  phrase: string | null;
  /**
   * The same with the last word as a prefix, for a word still being typed ("khoi ngh"); null when
   * the input ends with a space, or has a single word of one letter.
   */
  partial: string | null;
  /**
   * When the reader typed diacritics: the words as typed (tone placement made canonical), matched
   * against the original text, so that exact matches can rank first. Abbreviations, i/y syllables
   * and "hàng/hằng năm" are given normalised, as all their forms are equal. Null otherwise.
   */
  exact: string | null;
  /**
   * One query per agency the input names in any wording ("tinh doan", "doan thanh nien", "Sở KH&ĐT"):
   * its token with the other words, so that the tasks of that agency, led ones first, rank higher.
   */
  agencies: string[];
}

const SHORT_FORMS = new Set(ABBREVIATION_PHRASES.flatMap(([short]) => short));

/**
 * Turn what the reader typed into the queries to run (see SearchQuery). `complete`: the reader has
 * finished (Enter, a shared link), so the last word is not read as a prefix.
 */
export function searchQuery(input: string, { complete = false } = {}): SearchQuery {
  const text = canonicalTones(input).replace(/\s+/g, ' ').trim();
  // "và" (and) joins names in every form, and abbreviations drop it: it never narrows a search.
  const meaningful = <T extends string>(words: T[]) =>
    words.length > 1 ? words.filter((w) => w !== 'va' && w !== 'và') : words;
  const words = meaningful(normalizeWords(text));
  let typedDiacritics = false;
  const exactWords = text
    .replace(/(^| )h[àằ]ng năm(?= |$)/giu, '$1hang nam')
    .split(' ')
    .flatMap((word) => {
      const norm = normalizeWords(word);
      const hasDiacritics = foldText(word) !== word.toLowerCase();
      const special = norm.length !== 1 || SHORT_FORMS.has(norm[0]!) || IY_SYLLABLE.test(norm[0]!);
      if (!hasDiacritics || special) return norm;
      typedDiacritics = true;
      return [word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')];
    });
  const last = words[words.length - 1];
  const stillTyping = !complete && last !== undefined && !/\s$/.test(input) && (words.length > 1 || last.length > 1);
  return {
    whole: marked(words),
    phrase: words.length > 1 ? `"${marked(words)}"` : null,
    partial: stillTyping ? [marked(words.slice(0, -1)), last].filter(Boolean).join(' ') : null,
    exact: typedDiacritics ? meaningful(exactWords).join(' ') : null,
    agencies: namedAgencies(words).map(({ id, start, end }) =>
      [agencyToken(id), marked([...words.slice(0, start), ...words.slice(end)])].filter(Boolean).join(' '),
    ),
  };
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

/** What to highlight for a query (see highlightPhrases). */
export interface Highlight {
  /** Phrases always highlighted: runs of two or more query words, other forms of abbreviations and agencies. */
  strict: Phrase[];
  /** Single query words: highlighted only in a text where no strict phrase occurs. */
  loose: Phrase[];
}

/**
 * The phrases to highlight for a query, normalised: runs of its words ("dao tao" in "khoa dao
 * tao", so that "đào tạo" is marked and a lone "tạo" in "sáng tạo" is not), the other form of any
 * abbreviation or agency wording it contains ("dmst" → "doi moi sang tao"; "tinh doan" → "doan
 * thanh nien cong san ho chi minh tinh", …), and its single words as a fallback.
 */
export function highlightPhrases(input: string): Highlight {
  // A pasted paragraph is no query: its first words are plenty to mark.
  const words = normalizeWords(input)
    .filter((w) => w !== 'va')
    .slice(0, 24);
  const strict: Phrase[] = [];
  for (let length = Math.min(words.length, 8); length >= 2; length--) {
    for (let start = 0; start + length <= words.length; start++) strict.push(words.slice(start, start + length));
  }
  for (const [short, long] of ABBREVIATION_PHRASES) {
    if (findPhrase(words, short).length || findPhrase(words, long).length) strict.push(short, long);
  }
  const ids = new Set(namedAgencies(words).map((a) => a.id));
  for (const agency of AGENCY_PHRASES)
    if (ids.has(agency.id)) strict.push(...agency.phrases.filter((p) => p.length >= 2));
  return { strict: unique(strict), loose: unique(words.map((w) => [w])) };
}
