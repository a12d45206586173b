/** Excerpts and highlights of search results, in the plan's own words. */
import { describe, expect, it } from 'vitest';
import { excerpt, matchRanges, segments } from '../src/lib/search-excerpt.ts';
import { highlightPhrases } from '../src/lib/search-normalize.ts';

const marked = (text: string, query: string, prefix: string | null = null) =>
  matchRanges(text, highlightPhrases(query), prefix).map(([s, e]) => text.slice(s, e));

describe('matchRanges', () => {
  it('marks the original words a query without diacritics matches', () => {
    expect(marked('Đào tạo giảng viên nguồn về khởi nghiệp', 'dao tao giang vien')).toEqual(['Đào tạo giảng viên']);
  });
  it('marks a run of query words rather than each word wherever it occurs', () => {
    expect(marked('Tổ chức đào tạo về sáng tạo khoa học', 'khoa dao tao')).toEqual(['đào tạo']);
  });
  it('falls back to single words where no run occurs', () => {
    expect(marked('Sở Khoa học; tạo điều kiện', 'khoa dao tao')).toEqual(['Khoa', 'tạo']);
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
  it('marks words the word being typed begins, when it is not found whole', () => {
    expect(marked('khởi nghiệp', 'khoi ngh', 'ngh')).toEqual(['khởi nghiệp']);
    expect(marked('giai đoạn và doanh nghiệp', 'doan', 'doan')).toEqual(['đoạn']);
  });
});

describe('excerpt', () => {
  const text =
    Array.from({ length: 80 }, (_, i) => `từ${i}`).join(' ') +
    ' Đào tạo giảng viên ' +
    Array.from({ length: 40 }, (_, i) => `chữ${i}`).join(' ');
  it('shows a window around the matches, with ellipses where the text goes on', () => {
    const parts = excerpt(text, matchRanges(text, highlightPhrases('dao tao giang vien')), 20);
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
    const ranges = matchRanges(text, highlightPhrases('giang'));
    expect(
      segments(text, ranges)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
  it('keeps markup-like text as text', () => {
    const hostile = '<img src=x onerror=alert(1)> đào tạo';
    expect(
      segments(hostile, matchRanges(hostile, highlightPhrases('dao tao')))
        .map((p) => p.text)
        .join(''),
    ).toBe(hostile);
  });
});
