/**
 * The search normaliser, one rule of DOMAIN.md ("Matching Vietnamese text") per test: what a
 * reader types and what the plans say must meet in one form.
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalTone,
  canonicalTones,
  namedAgencies,
  normalize,
  normalizeWords,
  spotAgencies,
  wordForms,
} from '../src/lib/search-normalize.ts';
import { AGENCIES } from '../src/lib/agencies.ts';
import { finds } from './helpers/search-index.ts';

describe('diacritics', () => {
  it('matches text typed without diacritics', () => {
    expect(normalize('khởi nghiệp')).toBe(normalize('khoi nghiep'));
    expect(finds('Đào tạo giảng viên nguồn về khởi nghiệp', 'dao tao giang vien')).toBe(true);
  });
  it('maps đ/Đ to d, which Unicode decomposition does not', () => {
    expect(normalize('Đoàn')).toBe('doan');
    expect(normalize('đào tạo')).toBe('dao tao');
    expect(finds('Đoàn Thanh niên', 'doan thanh nien')).toBe(true);
  });
  it('keeps the diacritics as written in the exact form, đ as d', () => {
    expect(wordForms('Đoàn Khoá đào tạo')).toEqual([
      { word: 'doan', exact: 'doàn' },
      { word: 'khoa', exact: 'khóa' },
      { word: 'dao', exact: 'dào' },
      { word: 'tao', exact: 'tạo' },
    ]);
  });
});

describe('tone placement', () => {
  it('puts the tone where the traditional style does, both ways', () => {
    expect(canonicalTone('khoá')).toBe('khóa');
    expect(canonicalTone('hoà')).toBe('hòa');
    expect(canonicalTone('Uỷ')).toBe('Ủy');
    expect(canonicalTone('thuỷ')).toBe('thủy');
    expect(canonicalTone('khoẻ')).toBe('khỏe');
    expect(canonicalTone('khóa')).toBe('khóa');
  });
  it('leaves syllables alone where the styles agree', () => {
    for (const word of ['quý', 'hoàng', 'khoảng', 'quyết', 'thuyền', 'người']) expect(canonicalTone(word)).toBe(word);
  });
  it('finds either placement with the other, diacritics typed', () => {
    expect(canonicalTones('Tổ chức các khoá đào tạo')).toBe('Tổ chức các khóa đào tạo');
    expect(finds('Tổ chức các khoá đào tạo', 'khóa đào tạo')).toBe(true);
    expect(finds('Ủy ban nhân dân tỉnh', 'Uỷ ban nhân dân')).toBe(true);
  });
});

describe('i/y spellings', () => {
  it('treats i and y alike where either is written', () => {
    expect(normalize('Quí IV')).toBe(normalize('Quý IV'));
    expect(normalize('kĩ năng')).toBe(normalize('kỹ năng'));
    expect(normalize('lí luận')).toBe(normalize('lý luận'));
    expect(finds('Quí IV năm 2019', 'quy iv 2019')).toBe(true);
    expect(finds('Quí IV năm 2019', 'Quý IV năm 2019')).toBe(true);
    expect(finds('Bồi dưỡng kỹ năng', 'kĩ năng')).toBe(true);
  });
  it('keeps y where it is no variant of i', () => {
    expect(normalize('Tây Ninh')).toBe('tay ninh');
    expect(normalize('Tây')).not.toBe(normalize('tài'));
    expect(normalize('thủy')).toBe('thuy');
  });
});

describe('NFC and NFD', () => {
  it('reads decomposed input as precomposed', () => {
    const nfd = 'Khởi nghiệp đổi mới sáng tạo'.normalize('NFD');
    expect(normalize(nfd)).toBe(normalize('Khởi nghiệp đổi mới sáng tạo'));
    expect(wordForms(nfd)).toEqual(wordForms('Khởi nghiệp đổi mới sáng tạo'));
    expect(canonicalTone('khoá'.normalize('NFD'))).toBe('khóa');
    expect(finds('Khởi nghiệp đổi mới sáng tạo', nfd)).toBe(true);
  });
});

describe('agency aliases from the registry', () => {
  it('finds an agency by any of its wordings', () => {
    expect(finds('Chủ trì: Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh', 'tinh doan', { agencies: ['tinh-doan'] })).toBe(
      true,
    );
    expect(
      finds('Chủ trì: Tỉnh đoàn Tây Ninh', 'doan thanh nien cong san ho chi minh', { agencies: ['tinh-doan'] }),
    ).toBe(true);
    expect(
      finds('Chủ trì: Hội doanh nghiệp trẻ tỉnh', 'hoi doanh nhan tre', { agencies: ['hoi-doanh-nhan-tre-tinh'] }),
    ).toBe(true);
  });
  it('spots agencies named in running text', () => {
    expect(spotAgencies('phối hợp với Tỉnh đoàn và Sở KH&CN')).toEqual(
      expect.arrayContaining(['tinh-doan', 'so-khoa-hoc-va-cong-nghe']),
    );
    expect(spotAgencies('các trường tổ chức')).toEqual([]);
  });
  it('recognises every wording of every registry entry in a query', () => {
    for (const agency of AGENCIES) {
      for (const wording of [agency.name, ...agency.aliases]) {
        const words = normalizeWords(wording).filter((w) => w !== 'va');
        if (words.length < 2) continue;
        expect(
          namedAgencies(words).map((a) => a.id),
          wording,
        ).toContain(agency.id);
      }
    }
  });
  it('recognises the shortened forms readers type', () => {
    const ids = (q: string) => namedAgencies(normalizeWords(q)).map((a) => a.id);
    expect(ids('doan thanh nien')).toContain('tinh-doan');
    expect(ids('hoi LHPN')).toContain('hoi-lien-hiep-phu-nu-tinh');
    expect(ids('UBND cac huyen')).toContain('ubnd-cap-huyen');
    expect(ids('so khoa hoc va cong nghe')).toEqual(['so-khoa-hoc-va-cong-nghe']);
  });
});

describe('hàng năm = hằng năm', () => {
  it('normalises both to one form, exact forms included', () => {
    expect(normalize('Hàng năm')).toBe(normalize('Hằng năm'));
    expect(wordForms('Hằng năm')).toEqual(wordForms('Hàng năm'));
    expect(finds('Thời gian: Hàng năm', 'hằng năm')).toBe(true);
  });
});

describe('words', () => {
  it('joins abbreviations written with & or -', () => {
    expect(normalizeWords('Sở KH&CN, LĐ-TB&XH')).toEqual(['so', 'khcn', 'ldtbxh']);
    expect(normalizeWords('2021-2025')).toEqual(['2021', '2025']);
  });
  it('has no word for emoji, punctuation or "%"', () => {
    expect(wordForms('🙂 % … !!')).toEqual([]);
  });
});
