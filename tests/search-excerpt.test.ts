/** Excerpts and highlights of search results, in the plan's own words. */
import { describe, expect, it } from 'vitest';
import { excerpt, highlightFor, matchRanges, segments } from '../src/lib/search-excerpt.ts';
import { parseQuery } from '../src/lib/search-query.ts';

const highlight = (query: string, complete = true, scattered = false) =>
  highlightFor(parseQuery(query, { complete }), { scattered });
const marked = (text: string, query: string, complete = true) =>
  matchRanges(text, highlight(query, complete)).map(([s, e]) => text.slice(s, e));

describe('matchRanges', () => {
  it('marks the original words a query without diacritics matches', () => {
    expect(marked('Đào tạo giảng viên nguồn về khởi nghiệp', 'dao tao giang vien')).toEqual(['Đào tạo giảng viên']);
  });
  it('marks whole words only: a syllable of the query word elsewhere stays unmarked', () => {
    expect(marked('Tổ chức đào tạo về ươm tạo', 'ươm tạo')).toEqual(['ươm tạo']);
    expect(marked('Sở Khoa học; học sinh', 'hoc sinh')).toEqual(['học sinh']);
  });
  it('marks only the diacritics typed', () => {
    expect(marked('Quỹ hỗ trợ, quý IV', 'quỹ')).toEqual(['Quỹ']);
  });
  it('marks each syllable of a scattered match when asked', () => {
    const text = 'Hội thảo khoa học cho sinh viên';
    expect(matchRanges(text, highlight('hoc sinh', true, true)).map(([s, e]) => text.slice(s, e))).toEqual([
      'học',
      'sinh',
    ]);
  });
  it('marks the long form for an abbreviation and the reverse', () => {
    expect(marked('Hỗ trợ khởi nghiệp đổi mới sáng tạo', 'ĐMST')).toEqual(['đổi mới sáng tạo']);
    expect(marked('Cuộc thi KNĐMST tỉnh', 'khoi nghiep doi moi sang tao')).toEqual(['KNĐMST']);
  });
  it('marks another wording of a named agency', () => {
    expect(marked('Chủ trì: Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh', 'tinh doan')).toEqual([
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh',
    ]);
  });
  it('marks words the word being typed begins', () => {
    expect(marked('khởi nghiệp', 'khoi ngh', false)).toEqual(['khởi nghiệp']);
  });
});

describe('excerpt', () => {
  const text =
    Array.from({ length: 80 }, (_, i) => `từ${i}`).join(' ') +
    ' Đào tạo giảng viên ' +
    Array.from({ length: 40 }, (_, i) => `chữ${i}`).join(' ');
  it('shows a window around the matches, with ellipses where the text goes on', () => {
    const parts = excerpt(text, matchRanges(text, highlight('dao tao giang vien')), 20);
    expect(parts[0]).toEqual({ text: '… ', mark: false });
    expect(parts.at(-1)).toEqual({ text: ' …', mark: false });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Đào tạo giảng viên']);
  });
  it('shows a short text whole', () => {
    expect(excerpt('Đào tạo giảng viên.', [[0, 7]])).toEqual([
      { text: 'Đào tạo', mark: true },
      { text: ' giảng viên.', mark: false },
    ]);
  });
  it('never changes the text: the segments join back to it', () => {
    const ranges = matchRanges(text, highlight('giang'));
    expect(
      segments(text, ranges)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
  it('keeps markup-like text as text', () => {
    const hostile = '<img src=x onerror=alert(1)> đào tạo';
    expect(
      segments(hostile, matchRanges(hostile, highlight('dao tao')))
        .map((p) => p.text)
        .join(''),
    ).toBe(hostile);
  });
});
