/** What a record brings to the index: each word and each pair of neighbours once, titles and agencies apart. */
import { describe, expect, it } from 'vitest';
import { agencyToken, bigram, leadToken, recordTokens, unigram } from '../src/lib/search-tokens.ts';

describe('recordTokens', () => {
  const { title, rest } = recordTokens({
    title: 'Tổ chức khoá đào tạo',
    body: 'Đào tạo giảng viên\nChủ trì: Tỉnh đoàn',
    agencies: ['tinh-doan'],
    lead: ['tinh-doan'],
  });
  const tokens = [...title, ...rest];
  it('holds each word once, with its diacritics, tone placement made canonical, đ as d', () => {
    expect(tokens.filter((t) => t === unigram('dào'))).toHaveLength(1);
    expect(tokens).toContain(unigram('khóa'));
  });
  it('holds the pairs of neighbours of a line, without diacritics, not across lines', () => {
    expect(tokens).toContain(bigram('dao', 'tao'));
    expect(tokens).toContain(bigram('giang', 'vien'));
    expect(tokens).not.toContain(bigram('vien', 'chu'));
  });
  it('keeps the title words apart, and the rest without them', () => {
    expect(title).toEqual([
      unigram('tổ'),
      unigram('chức'),
      bigram('to', 'chuc'),
      unigram('khóa'),
      bigram('chuc', 'khoa'),
      unigram('dào'),
      bigram('khoa', 'dao'),
      unigram('tạo'),
      bigram('dao', 'tao'),
    ]);
    expect(rest).not.toContain(unigram('tạo'));
    expect(rest).toContain(unigram('giảng'));
  });
  it('names the agencies, and the one leading', () => {
    expect(tokens).toContain(agencyToken('tinh-doan'));
    expect(tokens).toContain(leadToken('tinh-doan'));
  });
  it('leaves "và" out of the pairs', () => {
    expect(recordTokens({ title: 'Sở Khoa học và Công nghệ', body: '' }).title).toContain(bigram('hoc', 'cong'));
  });
  it('brings the long form of an abbreviation written', () => {
    const long = recordTokens({ title: 'Xây dựng HSTKNĐMST cấp huyện', body: '' }).rest;
    expect(long).toContain(bigram('sinh', 'thai'));
    expect(long).toContain(bigram('khoi', 'nghiep'));
  });
  it('spots agencies named in the text', () => {
    expect(recordTokens({ title: 'x', body: 'Phối hợp với Sở KH&CN' }).rest).toContain(
      agencyToken('so-khoa-hoc-va-cong-nghe'),
    );
  });
});
