/**
 * The search normaliser, one rule of DOMAIN.md ("Matching Vietnamese text") per test: what a
 * reader types and what the plans say must meet in one form.
 */
import { describe, expect, it } from 'vitest';
import {
  agencyToken,
  canonicalTone,
  canonicalTones,
  expansions,
  highlightPhrases,
  indexTerms,
  namedAgencies,
  normalize,
  normalizeWords,
  searchQuery,
  spotAgencies,
  WORD_END,
} from '../src/lib/search-normalize.ts';
import { AGENCIES } from '../src/lib/agencies.ts';

/** Does the index text of `written` hold every whole word of the query `typed`? */
const finds = (written: string, typed: string, agencies: string[] = []) => {
  const index = new Set(indexTerms(written, agencies).split(' '));
  return searchQuery(typed, { complete: true })
    .whole.split(' ')
    .every((word) => index.has(word));
};

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
  it('gives the same queries for either placement', () => {
    expect(searchQuery('Khoá đào tạo')).toEqual(searchQuery('Khóa đào tạo'));
    expect(searchQuery('Uỷ ban nhân dân')).toEqual(searchQuery('Ủy ban nhân dân'));
    expect(canonicalTones('Tổ chức các khoá đào tạo')).toBe('Tổ chức các khóa đào tạo');
  });
});

describe('i/y spellings', () => {
  it('treats i and y alike where either is written', () => {
    expect(normalize('Quí IV')).toBe(normalize('Quý IV'));
    expect(normalize('kĩ năng')).toBe(normalize('kỹ năng'));
    expect(normalize('lí luận')).toBe(normalize('lý luận'));
    expect(finds('Quí IV năm 2019', 'quy iv 2019')).toBe(true);
  });
  it('keeps y where it is no variant of i', () => {
    expect(normalize('Tây Ninh')).toBe('tay ninh');
    expect(normalize('Tây')).not.toBe(normalize('tài'));
    expect(normalize('thủy')).toBe('thuy');
  });
  it('compares i/y syllables normalised in the exact query too', () => {
    expect(searchQuery('Quí IV năm 2019').exact).toBe(searchQuery('Quý IV năm 2019').exact);
  });
});

describe('NFC and NFD', () => {
  it('reads decomposed input as precomposed', () => {
    const nfd = 'Khởi nghiệp đổi mới sáng tạo'.normalize('NFD');
    expect(normalize(nfd)).toBe(normalize('Khởi nghiệp đổi mới sáng tạo'));
    expect(searchQuery(nfd)).toEqual(searchQuery('Khởi nghiệp đổi mới sáng tạo'));
    expect(canonicalTone('khoá'.normalize('NFD'))).toBe('khóa');
  });
});

// The list of DOMAIN.md, written out here so that a rule missing from the module fails.
const ABBREVIATIONS: [string, string][] = [
  ['ĐMST', 'đổi mới sáng tạo'],
  ['KNĐMST', 'khởi nghiệp đổi mới sáng tạo'],
  ['HSTKNĐMST', 'hệ sinh thái khởi nghiệp đổi mới sáng tạo'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['KH&CN', 'khoa học và công nghệ'],
  ['KH&ĐT', 'kế hoạch và đầu tư'],
  ['GD&ĐT', 'giáo dục và đào tạo'],
  ['LĐ-TB&XH', 'lao động - thương binh và xã hội'],
  ['TT&TT', 'thông tin và truyền thông'],
  ['NN&PTNT', 'nông nghiệp và phát triển nông thôn'],
  ['LHPN', 'liên hiệp phụ nữ'],
  ['TNCS HCM', 'thanh niên cộng sản Hồ Chí Minh'],
  ['THPT', 'trung học phổ thông'],
  ['THCS', 'trung học cơ sở'],
  ['CLB', 'câu lạc bộ'],
  ['OCOP', 'mỗi xã một sản phẩm'],
];

describe('abbreviations, both ways', () => {
  it.each(ABBREVIATIONS)('%s = %s', (short, long) => {
    expect(finds(`Nội dung về ${long}`, short), `${short} finds the long form`).toBe(true);
    expect(finds(`Nội dung về ${short}`, long), `${long} finds the short form`).toBe(true);
    // Without diacritics or the "&", as readers type them.
    expect(finds(`Nội dung về ${long}`, normalize(short).toUpperCase())).toBe(true);
  });
  it('finds the shorter forms inside the longer ones', () => {
    expect(expansions('Xây dựng HSTKNĐMST cấp huyện')).toEqual(
      expect.arrayContaining(['kndmst', 'dmst', 'he', 'sinh', 'thai']),
    );
    expect(finds('Cuộc thi KNĐMST', 'doi moi sang tao')).toBe(true);
  });
  it('reads a "và" in or out of the long form', () => {
    expect(finds('Sở Khoa học Công nghệ', 'KH&CN')).toBe(true);
    expect(finds('Sở Lao động, Thương binh và Xã hội', 'LĐ-TB&XH')).toBe(true);
  });
});

describe('agency aliases from the registry', () => {
  it('finds an agency by any of its wordings', () => {
    expect(finds('Chủ trì: Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh', 'tinh doan', ['tinh-doan'])).toBe(true);
    expect(finds('Chủ trì: Tỉnh đoàn Tây Ninh', 'doan thanh nien cong san ho chi minh', ['tinh-doan'])).toBe(true);
    expect(finds('Chủ trì: Hội doanh nghiệp trẻ tỉnh', 'hoi doanh nhan tre', ['hoi-doanh-nhan-tre-tinh'])).toBe(true);
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
  it('searches for the agency token, with the other words', () => {
    expect(searchQuery('tinh doan cuoc thi', { complete: true }).agencies).toEqual([
      `${agencyToken('tinh-doan')} cuoc${WORD_END} thi${WORD_END}`,
    ]);
    expect(indexTerms('Chủ trì: Tỉnh đoàn', ['tinh-doan']).split(' ')).toContain(agencyToken('tinh-doan'));
  });
});

describe('hàng năm = hằng năm', () => {
  it('normalises both to one form', () => {
    expect(normalize('Hàng năm')).toBe(normalize('Hằng năm'));
    expect(finds('Thời gian: Hàng năm', 'hằng năm')).toBe(true);
  });
  it('does not prefer either spelling in the exact query', () => {
    expect(searchQuery('hằng năm bắt đầu từ quý I').exact).toBe(searchQuery('hàng năm bắt đầu từ quý I').exact);
  });
});

describe('whole words', () => {
  it('marks every index and query word so that "doan" does not find "doanh"', () => {
    expect(searchQuery('doan', { complete: true }).whole).toBe(`doan${WORD_END}`);
    expect(finds('doanh nghiệp khởi nghiệp', 'doan')).toBe(false);
  });
  it('reads the last word as a prefix only while it is being typed', () => {
    expect(searchQuery('khoi ngh').partial).toBe(`khoi${WORD_END} ngh`);
    expect(searchQuery('khoi ngh', { complete: true }).partial).toBeNull();
    expect(searchQuery('khoi nghiep ').partial).toBeNull();
  });
  it('adds a phrase query for two words or more', () => {
    expect(searchQuery('khoa dao tao').phrase).toBe(`"khoa${WORD_END} dao${WORD_END} tao${WORD_END}"`);
    expect(searchQuery('khoa').phrase).toBeNull();
  });
  it('keeps the typed diacritics for the exact query only when there are some', () => {
    expect(searchQuery('khoi nghiep').exact).toBeNull();
    expect(searchQuery('Khởi nghiệp').exact).toBe('khởi nghiệp');
  });
  it('joins abbreviations written with & or -', () => {
    expect(normalizeWords('Sở KH&CN, LĐ-TB&XH')).toEqual(['so', 'khcn', 'ldtbxh']);
    expect(normalizeWords('2021-2025')).toEqual(['2021', '2025']);
  });
});

describe('highlight phrases', () => {
  it('prefers runs of query words to single words', () => {
    const { strict, loose } = highlightPhrases('khoa dao tao');
    expect(strict).toContainEqual(['dao', 'tao']);
    expect(loose).toContainEqual(['khoa']);
  });
  it('adds the other form of abbreviations and agency names', () => {
    expect(highlightPhrases('dmst').strict).toContainEqual(['doi', 'moi', 'sang', 'tao']);
    expect(highlightPhrases('tinh doan').strict).toContainEqual([
      'doan',
      'thanh',
      'nien',
      'cong',
      'san',
      'ho',
      'chi',
      'minh',
      'tinh',
    ]);
  });
});
