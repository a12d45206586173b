/**
 * Ranking, on a few texts indexed as the build indexes them (tests/helpers/search-index.ts): words
 * side by side before scattered syllables, exact diacritics before other tones, an agency's own
 * tasks first.
 */
import { describe, expect, it } from 'vitest';
import { find, record } from './helpers/search-index.ts';

describe('words side by side', () => {
  const texts = [
    record('Cuộc thi khởi nghiệp cho học sinh trung học'),
    record('Hội thảo khoa học\nĐối tượng: sinh viên'),
    record('Phát triển hệ sinh thái\nPhối hợp: Sở Khoa học và Công nghệ'),
  ];
  it('lists only the records holding the word, and counts the scattered ones apart', () => {
    const { list, others, group, ranking } = find(texts, 'hoc sinh');
    expect(list).toEqual([0]);
    expect(group).toBe('exact');
    expect(others).toEqual([1, 2]);
    expect(ranking.counts).toMatchObject({ words: 2 });
  });
  it('lists the scattered matches when nothing holds the words side by side', () => {
    const { list, group } = find(texts, 'khoa sinh');
    expect(group).toBe('words');
    expect(list.sort()).toEqual([1, 2]);
  });
  it('lets the words of a query stand apart where they are two words', () => {
    const both = [record('Hỗ trợ phụ nữ tham gia khởi nghiệp'), record('Phụ nữ khởi nghiệp')];
    expect(find(both, 'phu nu khoi nghiep').list).toEqual([1, 0]);
  });
});

describe('diacritics typed', () => {
  const texts = [record('Thành lập quỹ hỗ trợ khởi nghiệp'), record('Thời gian: quý IV năm 2024')];
  it('lists the exact matches only, and counts the other tones apart', () => {
    const fund = find(texts, 'quỹ');
    expect(fund.list).toEqual([0]);
    expect(fund.others).toEqual([1]);
    expect(find(texts, 'quý').list).toEqual([1]);
  });
  it('finds both without diacritics', () => {
    expect(find(texts, 'quy').list.sort()).toEqual([0, 1]);
  });
  it('falls back to the other tones when nothing matches exactly', () => {
    const { list, group } = find([record('quỹ khởi nghiệp')], 'quý khởi nghiệp');
    expect(group).toBe('phrase');
    expect(list).toEqual([0]);
  });
});

describe('agencies', () => {
  it('ranks the tasks an agency leads above those it partners in or names', () => {
    const texts = [
      record('Ngày hội khởi nghiệp\nPhối hợp: Tỉnh đoàn', { agencies: ['tinh-doan'] }),
      record('Cuộc thi ý tưởng\nChủ trì: Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh', {
        agencies: ['tinh-doan'],
        lead: ['tinh-doan'],
      }),
    ];
    expect(find(texts, 'tinh doan').list).toEqual([1, 0]);
  });
});

describe('titles', () => {
  it('ranks a match in the title above one in the text', () => {
    const texts = [record('Hội thảo khởi nghiệp\nĐối tượng: giảng viên'), record('Đào tạo giảng viên\nNội dung: x')];
    expect(find(texts, 'giang vien').list).toEqual([1, 0]);
  });
});
