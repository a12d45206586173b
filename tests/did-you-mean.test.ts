/** The "did you mean" of an unknown frontmatter key (src/lib/did-you-mean.ts). */
import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../src/lib/did-you-mean.ts';

const TASK_KEYS = ['ref', 'section', 'group', 'title', 'description', 'lead', 'partners', 'timing', 'audience'];

describe('nearest', () => {
  it('finds the key a misspelling stands for: a letter left out, added, changed or two swapped', () => {
    expect(nearest('descripton', TASK_KEYS)).toBe('description');
    expect(nearest('partnerss', TASK_KEYS)).toBe('partners');
    expect(nearest('titel', TASK_KEYS)).toBe('title');
    expect(nearest('Lead', TASK_KEYS)).toBe('lead');
    expect(nearest('provnice', ['title', 'province', 'issuer'])).toBe('province');
  });

  it('suggests nothing for a word that is not near any key', () => {
    expect(nearest('ghiChu', TASK_KEYS)).toBeUndefined();
    expect(nearest('x', TASK_KEYS)).toBeUndefined();
  });
});

it('counts a swap of two neighbours as one edit', () => {
  expect(editDistance('titel', 'title')).toBe(1);
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
});
