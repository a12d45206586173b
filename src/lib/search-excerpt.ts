/**
 * Excerpts of search results in the plan's own words, with the words that matched the query
 * highlighted. Matching goes through the search normaliser, so "dao tao" highlights "đào tạo" and
 * "ĐMST" highlights "đổi mới sáng tạo"; the text itself is never changed. The output is plain
 * segments (text + whether it is a match): the page builds DOM from them, never HTML strings.
 */
import { getAgency } from './agencies.ts';
import { phrase, wordForms } from './search-normalize.ts';
import type { Query } from './search-query.ts';

/** What to highlight for a query: whole words and names, never a syllable of a longer word alone. */
export interface Highlight {
  /** Normalised words side by side, and their exact forms when those must match too. */
  phrases: { words: string[]; exact: string[] | null }[];
  /** The word still being typed: words it begins are marked. */
  prefix: string | null;
}

/**
 * What to highlight for a query: each unit in every wording (an agency in all of the registry's),
 * with the diacritics typed; with `scattered`, for results that hold a unit's syllables only apart,
 * each syllable alone as well.
 */
export function highlightFor(query: Query, { scattered = false } = {}): Highlight {
  const phrases: Highlight['phrases'] = [];
  let prefix: string | null = null;
  for (const unit of query.units) {
    if (unit.prefix) {
      prefix = unit.words[0]!;
      continue;
    }
    for (const alt of unit.alternatives) {
      if (!alt.agency) phrases.push({ words: alt.words, exact: alt.exact });
      else {
        const agency = getAgency(alt.agency);
        for (const wording of [agency.name, agency.short, ...agency.aliases])
          if (wording) phrases.push({ words: phrase(wording), exact: null });
      }
    }
    if (scattered)
      unit.words.forEach((w, i) => phrases.push({ words: [w], exact: unit.exact ? [unit.exact[i]!] : null }));
  }
  return { phrases: phrases.filter((p) => p.words.length > 0), prefix };
}

/** A piece of text, highlighted or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A character range [start, end) of the text. */
export type Range = [number, number];

interface Word {
  start: number;
  end: number;
}

// A word as written, abbreviations with & or - kept whole ("KH&CN", "LĐ-TB&XH").
const WORD = /[\p{L}\p{M}\p{N}]+(?:[&-][\p{L}\p{M}\p{N}]+)*/gu;

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** Ranges of `text` to highlight (see Highlight). */
export function matchRanges(text: string, highlight: Highlight): Range[] {
  const tokens = words(text);
  // Each word in both forms, with the written word it comes from.
  const flat: string[] = [];
  const exact: string[] = [];
  const owner: number[] = [];
  tokens.forEach((token, index) => {
    for (const form of wordForms(text.slice(token.start, token.end))) {
      flat.push(form.word);
      exact.push(form.exact);
      owner.push(index);
    }
  });
  const hit = new Set<number>();
  for (const needle of highlight.phrases) {
    for (let start = 0; start < flat.length; start++) {
      // The words of the phrase in order; an optional "và" may sit between two of them.
      const at: number[] = [];
      let i = start;
      for (let k = 0; k < needle.words.length; k++) {
        if (k > 0 && flat[i] === 'va' && flat[i + 1] === needle.words[k]) at.push(i++);
        if (flat[i] !== needle.words[k] || (needle.exact && exact[i] !== needle.exact[k])) break;
        at.push(i++);
        if (k === needle.words.length - 1) at.forEach((w) => hit.add(owner[w]!));
      }
    }
  }
  if (highlight.prefix && highlight.prefix.length >= 2 && !flat.includes(highlight.prefix)) {
    flat.forEach((word, i) => {
      if (word.startsWith(highlight.prefix!)) hit.add(owner[i]!);
    });
  }
  // Neighbouring matched words become one range ("giảng viên", not "giảng" + "viên").
  const ranges: Range[] = [];
  [...hit]
    .sort((a, b) => a - b)
    .forEach((index) => {
      const { start, end } = tokens[index]!;
      const last = ranges[ranges.length - 1];
      if (last && /^\s*$/u.test(text.slice(last[1], start))) last[1] = end;
      else ranges.push([start, end]);
    });
  return ranges;
}

/** The whole text cut into segments at the ranges. */
export function segments(text: string, ranges: Range[], from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false });
  return out;
}

/**
 * A window of about `length` words of `text` holding the most matches, cut at word boundaries,
 * with "…" where the text goes on. Without matches, the start of the text.
 */
export function excerpt(text: string, ranges: Range[], length = 30): Segment[] {
  const tokens = words(text);
  if (tokens.length <= length) return segments(text, ranges);
  const matched = tokens.map((t) => ranges.some(([s, e]) => s < t.end && e > t.start));
  let best = 0;
  let bestCount = -1;
  for (let first = 0; first + length <= tokens.length; first++) {
    let count = 0;
    for (let i = first; i < first + length; i++) if (matched[i]) count++;
    // Prefer a window that starts a little before the first match, so the match has context.
    const firstMatch = matched.indexOf(true, first);
    const lead = firstMatch < 0 ? 0 : Math.min(firstMatch - first, 6);
    const score = count * 10 + lead;
    if (score > bestCount) {
      bestCount = score;
      best = first;
    }
  }
  const from = best === 0 ? 0 : tokens[best]!.start;
  const last = Math.min(best + length, tokens.length) - 1;
  const to = last === tokens.length - 1 ? text.length : tokens[last]!.end;
  const body = segments(text, ranges, from, to);
  if (from > 0) body.unshift({ text: '… ', mark: false });
  if (to < text.length) body.push({ text: ' …', mark: false });
  return body;
}
