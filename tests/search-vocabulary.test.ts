/**
 * The search vocabulary, one test per entry: each abbreviation finds its long form as the plans
 * write it and the reverse; each synonym finds the others' example; the lexicon's words are words
 * (two syllables or more, each once).
 */
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../src/lib/search-abbreviations.ts';
import { CITIES, PROVINCES, WORDS } from '../src/lib/search-lexicon.ts';
import { normalize, normalizeWords } from '../src/lib/search-normalize.ts';
import { SYNONYMS } from '../src/lib/search-synonyms.ts';
import { finds } from './helpers/search-index.ts';

describe('abbreviations, both ways', () => {
  it('are dozens, each written once', () => {
    expect(ABBREVIATIONS.length).toBeGreaterThanOrEqual(36);
    const shorts = ABBREVIATIONS.map((a) => normalize(a.short));
    expect(new Set(shorts).size).toBe(shorts.length);
  });
  it.each(ABBREVIATIONS.map((a) => [a.short, a.long, a.example]))('%s = %s', (short, long, example) => {
    const plain = (text: string) => ` ${normalize(text)} `.replace(/ va /g, ' ');
    expect(plain(example)).toContain(plain(long));
    expect(finds(example, short), `${short} finds “${example}”`).toBe(true);
    // Without diacritics or the "&", as readers type them.
    expect(finds(example, normalize(short).toUpperCase()), 'typed plainly').toBe(true);
    expect(finds(`Nội dung về ${short}`, long), `${long} finds the short form`).toBe(true);
  });
});

describe('synonyms', () => {
  it.each(SYNONYMS.map((g) => [g.words.join(' = '), g]))('%s', (_, group) => {
    for (const word of group.words) expect(finds(group.example, word), `${word} finds “${group.example}”`).toBe(true);
  });
});

describe('the lexicon', () => {
  it('holds words of two syllables or more, each once', () => {
    for (const word of [...WORDS, ...PROVINCES, ...CITIES])
      expect(normalizeWords(word).length, word).toBeGreaterThanOrEqual(2);
    const keys = WORDS.map(normalize);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
