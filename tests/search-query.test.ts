/** Reading a query as Vietnamese words: units, their wordings, the word being typed, the length cap. */
import { describe, expect, it } from 'vitest';
import { hasSearchableWord, MAX_QUERY_LENGTH, parseQuery, wordings } from '../src/lib/search-query.ts';

const units = (input: string, complete = true) => parseQuery(input, { complete }).units.map((u) => u.words.join(' '));

describe('units', () => {
  it('cuts a query at the words of the language', () => {
    expect(units('phu nu khoi nghiep')).toEqual(['phu nu', 'khoi nghiep']);
    expect(units('tap huan thue cho doanh nghiep')).toEqual(['tap huan', 'thue', 'cho', 'doanh nghiep']);
    expect(units('cuoc thi y tuong khoi nghiep')).toEqual(['cuoc thi', 'y tuong', 'khoi nghiep']);
  });
  it('keeps syllables no known word parts as one word', () => {
    expect(units('hoc sinh')).toEqual(['hoc sinh']);
    expect(units('quy iv')).toEqual(['qui iv']);
  });
  it('reads an agency in any wording as one unit, with its token as another wording', () => {
    const [unit] = parseQuery('tinh doan', { complete: true }).units;
    expect(unit!.alternatives.map((a) => a.agency).filter(Boolean)).toEqual(['tinh-doan']);
  });
  it('lets the words of an agency name stand apart where the name has words of its own', () => {
    const [unit] = parseQuery('cau lac bo khoi nghiep', { complete: true }).units;
    expect(unit!.alternatives[0]).toMatchObject({ words: ['cau', 'lac', 'bo', 'khoi', 'nghiep'], breaks: [3] });
  });
  it('reads the last word as a prefix only while it is being typed', () => {
    const typing = parseQuery('khoi ngh');
    expect(typing.units.map((u) => [u.words.join(' '), u.prefix])).toEqual([
      ['khoi', false],
      ['ngh', true],
    ]);
    expect(parseQuery('khoi ngh', { complete: true }).units.every((u) => !u.prefix)).toBe(true);
    expect(parseQuery('khoi nghiep ').units.every((u) => !u.prefix)).toBe(true);
  });
});

describe('diacritics typed', () => {
  it('keeps the exact forms of the words typed with diacritics', () => {
    const query = parseQuery('quỹ hỗ trợ', { complete: true });
    expect(query.accented).toBe(true);
    expect(query.units.map((u) => u.exact)).toEqual([['quĩ'], ['hỗ', 'trợ']]);
  });
  it('has none for a query typed without', () => {
    expect(parseQuery('quy ho tro').accented).toBe(false);
  });
});

describe('wordings', () => {
  it('gives the other form of an abbreviation, nested ones too', () => {
    expect(wordings(['dmst'])).toContainEqual(['doi', 'moi', 'sang', 'tao']);
    expect(wordings(['kndmst'])).toEqual(
      expect.arrayContaining([
        ['khoi', 'nghiep', 'doi', 'moi', 'sang', 'tao'],
        ['khoi', 'nghiep', 'dmst'],
      ]),
    );
    expect(wordings(['doi', 'moi', 'sang', 'tao'])).toContainEqual(['dmst']);
  });
  it('gives the synonyms of a group', () => {
    expect(wordings(['startup'])).toContainEqual(['khoi', 'nghiep']);
  });
});

describe('what can be searched', () => {
  it('finds no word in emoji, punctuation or "%"', () => {
    for (const input of ['🙂', '%', '…!?', ' - ']) expect(hasSearchableWord(input), input).toBe(false);
    expect(hasSearchableWord('khởi nghiệp 🙂')).toBe(true);
  });
  it('reads at most MAX_QUERY_LENGTH characters', () => {
    const long = 'khoi nghiep '.repeat(100);
    expect(parseQuery(long).text).toHaveLength(MAX_QUERY_LENGTH);
  });
});
