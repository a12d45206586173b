/**
 * Excerpts of search results in the plan's own words, with the words that matched the query
 * highlighted. Matching goes through the search normaliser, so "dao tao" highlights "đào tạo" and
 * "ĐMST" highlights "đổi mới sáng tạo"; the text itself is never changed. The output is plain
 * segments (text + whether it is a match): the page builds DOM from them, never HTML strings.
 */
import { findPhrase, normalizeWords, type Highlight } from './search-normalize.ts';

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

/**
 * Ranges of `text` to highlight for a query (see highlightPhrases): its strict phrases; where none
 * occurs, its single words. `prefix`, the word still being typed, also marks words it begins
 * where it is not found whole.
 */
export function matchRanges(text: string, highlight: Highlight, prefix: string | null = null): Range[] {
  const tokens = words(text);
  // Each normalised word, with the written word it comes from.
  const flat: string[] = [];
  const owner: number[] = [];
  tokens.forEach((token, index) => {
    for (const word of normalizeWords(text.slice(token.start, token.end))) {
      flat.push(word);
      owner.push(index);
    }
  });
  const mark = (phrases: string[][]) => {
    const hit = new Set<number>();
    for (const needle of phrases) {
      for (const start of findPhrase(flat, needle)) {
        // The phrase spans from `start` to its last word (an optional "va" may sit inside).
        let i = start;
        for (let k = 0; k < needle.length; k++) {
          if (k > 0 && flat[i] === 'va' && flat[i + 1] === needle[k]) hit.add(owner[i++]!);
          hit.add(owner[i++]!);
        }
      }
    }
    return hit;
  };
  let hit = mark(highlight.strict);
  if (hit.size === 0) {
    hit = mark(highlight.loose);
    if (prefix && prefix.length >= 2 && !flat.includes(prefix)) {
      flat.forEach((word, i) => {
        if (word.startsWith(prefix)) hit.add(owner[i]!);
      });
    }
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
