/**
 * The importer's pure modules one by one: unwrapping, line markers, labels, agency lists,
 * citations, letter case, MDX escaping, keyword suggestions and the no-line-lost check.
 */
import { describe, expect, it } from 'vitest';
import { readSourceLines, unwrap, isRemnant } from '../../src/lib/importer/lines.ts';
import {
  parseNumbered,
  parseLettered,
  parseRoman,
  parseBullet,
  isStructural,
  nextLetters,
} from '../../src/lib/importer/markers.ts';
import { parseAttribute, LABEL_PATTERNS } from '../../src/lib/importer/labels.ts';
import { splitAgencies } from '../../src/lib/importer/agency-list.ts';
import { findCitations, mergeCitations } from '../../src/lib/importer/citations.ts';
import { sentenceCase, officeCase, titleCase } from '../../src/lib/importer/case.ts';
import { balanceEmphasis, escapeInline, escapeLineStart, renderBody, unescapeMdx } from '../../src/lib/importer/mdx.ts';
import {
  ACTIVITY_TYPE_RULES,
  applyRules,
  FALLBACK_ACTIVITY_TYPE,
  suggestActivityTypes,
  suggestThemes,
  THEME_RULES,
  TARGET_GROUP_RULES,
} from '../../src/lib/importer/classify.ts';
import { ACTIVITY_TYPE_IDS } from '../../src/lib/activity-types.ts';
import { checkCoverage } from '../../src/lib/importer/coverage.ts';
import { emptyReport } from '../../src/lib/importer/report.ts';
import { THEME_IDS } from '../../src/lib/themes.ts';
import { TARGET_GROUP_IDS } from '../../src/lib/target-groups.ts';
import { fold } from '../../src/lib/vietnamese.ts';
import { compileMdx, renderedText } from './helpers.ts';

const blocks = (text: string) => unwrap(readSourceLines(text)).blocks.map((b) => b.text);

describe('unwrapping lines', () => {
  it('joins a hard-wrapped paragraph, label included, and keeps structural lines apart', () => {
    const text = [
      '1.1. Tuyên truyền, phổ biến các chính sách hỗ trợ khởi nghiệp đến các',
      'tổ chức, cá nhân trên địa bàn tỉnh.',
      '- Cơ quan thực',
      'hiện: Sở Khoa học và Công nghệ.',
      '- Cơ quan phối',
      'hợp: Sở Nội vụ; Hiệp hội doanh',
      'nghiệp tỉnh.',
      '1.2. Xây dựng chuyên mục.',
      '- Thời gian thực',
      'hiện: Hàng năm',
      '2. Mục tiêu',
      'cụ thể',
      '- Nâng cao nhận thức về khởi nghiệp',
      'ĐMST.',
      ...Array(4).fill('- Dòng đệm để văn bản đủ dài.'),
    ].join('\n');
    expect(blocks(text).slice(0, 8)).toEqual([
      '1.1. Tuyên truyền, phổ biến các chính sách hỗ trợ khởi nghiệp đến các tổ chức, cá nhân trên địa bàn tỉnh.',
      '- Cơ quan thực hiện: Sở Khoa học và Công nghệ.',
      '- Cơ quan phối hợp: Sở Nội vụ; Hiệp hội doanh nghiệp tỉnh.',
      '1.2. Xây dựng chuyên mục.',
      '- Thời gian thực hiện: Hàng năm',
      '2. Mục tiêu cụ thể',
      '- Nâng cao nhận thức về khởi nghiệp ĐMST.',
      '- Dòng đệm để văn bản đủ dài.',
    ]);
  });

  it('breaks a hard-wrapped text where capitals change (title → preamble) and at `|` remnants', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH KON TUM',
      '|',
      'KẾ HOẠCH',
      'HỖ TRỢ HỆ SINH THÁI KHỞI NGHIỆP',
      'GIAI ĐOẠN 2019-2025',
      'Thực hiện Quyết',
      'định số 844/QĐ-TTg ngày 18/5/2016.',
      'TM. ỦY BAN NHÂN',
      'DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Thị Nga',
    ].join('\n');
    expect(blocks(text)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH KON TUM',
      'KẾ HOẠCH',
      'HỖ TRỢ HỆ SINH THÁI KHỞI NGHIỆP GIAI ĐOẠN 2019-2025',
      'Thực hiện Quyết định số 844/QĐ-TTg ngày 18/5/2016.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Thị Nga',
    ]);
  });

  it('in a text with blank lines, joins across a blank only a sentence that clearly goes on', () => {
    const text = [
      'các sự kiện có liên quan đến các hoạt',
      '',
      'động khởi nghiệp.',
      '',
      'Phát triển khởi nghiệp miền núi theo',
      '',
      'Chương trình mục tiêu quốc gia.',
      '',
      '8. Sở Kế hoạch và Đầu tư',
      '',
      'Chủ trì tham mưu.',
      '',
      '4. Xây dựng cơ sở hạ tầng',
      '',
      'Nghiên cứu, tham mưu.',
    ].join('\n');
    expect(blocks(text)).toEqual([
      'các sự kiện có liên quan đến các hoạt động khởi nghiệp.',
      'Phát triển khởi nghiệp miền núi theo Chương trình mục tiêu quốc gia.',
      '8. Sở Kế hoạch và Đầu tư',
      'Chủ trì tham mưu.',
      '4. Xây dựng cơ sở hạ tầng',
      'Nghiên cứu, tham mưu.',
    ]);
  });

  it('normalises lines (NFD → NFC, invisible and control characters, wide spaces) and sets remnants aside', () => {
    const [line] = readSourceLines('  Kh\u006f\u0302ng\u00a0gian\u200b\tlàm việc  ');
    expect(line!.text).toBe('Không gian làm việc');
    expect(['|', '-------', '**', '| | |', '...'].every(isRemnant)).toBe(true);
    expect(isRemnant('- a')).toBe(false);
    expect(unwrap(readSourceLines('a\n|\nb')).dropped.map((d) => d.line)).toEqual([2]);
  });
});

describe('line markers', () => {
  it('reads Roman sections (that may skip), numbers with or without their dot, and letters up to đ) and g)', () => {
    expect(parseRoman('V. TỔ CHỨC THỰC HIỆN')).toEqual({ numeral: 'V', value: 5, title: 'TỔ CHỨC THỰC HIỆN' });
    expect(parseRoman('IIII. SAI')).toBeNull();
    expect(parseNumbered('1.1 Duy trì')).toMatchObject({ parts: ['1', '1'], marker: '1.1', title: 'Duy trì' });
    expect(parseNumbered('1.1. Tuyên truyền')).toMatchObject({ parts: ['1', '1'], marker: '1.1.' });
    expect(parseNumbered('1. Mục đích')).toMatchObject({ parts: ['1'], marker: '1.' });
    expect(parseNumbered('10.000 lượt người')).toBeNull();
    expect(parseNumbered('2023: Xây dựng')).toBeNull();
    expect(parseNumbered('1 lớp')).toBeNull();
    expect(parseLettered('đ) Hỗ trợ')).toEqual({ letter: 'đ', title: 'Hỗ trợ' });
    expect(parseBullet('- Cơ quan chủ trì: X')).toBe('Cơ quan chủ trì: X');
    expect(parseBullet('**KT. CHỦ TỊCH')).toBeNull();
    expect(nextLetters('d')).toEqual(['đ']);
    expect(nextLetters('e')).toEqual(['f', 'g']);
  });

  it('treats the head, foot and labels as structure', () => {
    for (const line of [
      'KẾ HOẠCH',
      'Số: 2763/KH-UBND',
      'Độc lập - Tự do - Hạnh phúc',
      'Nơi nhận:',
      'KT. CHỦ TỊCH',
      'Cơ quan phối hợp: Sở A',
      'Căn cứ Nghị quyết số 1',
      'Thời gian thực',
    ]) {
      expect(isStructural(line), line).toBe(true);
    }
    expect(isStructural('hiện: Sở Khoa học và Công nghệ.')).toBe(false);
  });
});

describe('attribute labels', () => {
  it('recognises every label wording of DOMAIN.md, bulleted or not, with its value', () => {
    const cases: [string, string][] = [
      ['Cơ quan chủ trì', 'lead'],
      ['Cơ quan chủ trì thực hiện', 'lead'],
      ['Cơ quan thực hiện', 'lead'],
      ['Đơn vị thực hiện', 'lead'],
      ['Cơ quan phối hợp', 'partners'],
      ['Cơ quan phối hợp chính', 'partners'],
      ['Đơn vị phối hợp', 'partners'],
      ['Thời gian thực hiện', 'timing'],
      ['Thời gian hoàn thành', 'timing'],
      ['Thời gian tham gia', 'timing'],
      ['Nội dung', 'content'],
      ['Nội dung đào tạo', 'content'],
      ['Đối tượng', 'audience'],
      ['Số lượng', 'quantity'],
    ];
    for (const [label, field] of cases) {
      expect(parseAttribute(`- ${label}: giá trị.`), label).toEqual({
        field,
        label,
        value: 'giá trị.',
        bulleted: true,
      });
      expect(parseAttribute(`${label}: giá trị`)?.field, label).toBe(field);
    }
    expect(parseAttribute('Cơ quan chủ trì thực hiện:')).toMatchObject({ field: 'lead', value: '' });
    expect(parseAttribute('Co quan chu tri: Sở A')?.field).toBe('lead');
    expect(parseAttribute('Ngân sách Trung ương: Theo dự toán')).toBeNull();
    expect(parseAttribute('3. Đối tượng hỗ trợ: Theo quy định')).toBeNull();
    for (const { examples, pattern } of LABEL_PATTERNS)
      for (const example of examples) expect(pattern.test(fold(example)), example).toBe(true);
  });
});

describe('agency lists', () => {
  it('finds the longest registry wording, across commas and “và”, never across “;”', () => {
    expect(
      splitAgencies(
        'Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao Du lịch và các sở, ngành có liên quan.',
        'Tây Ninh',
      ).found.map((f) => f.asWritten),
    ).toEqual(['Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao Du lịch', 'các sở, ngành có liên quan']);
    expect(
      splitAgencies('UBND các huyện, thị xã, thành phố; các trường; các doanh nghiệp', 'Hưng Yên').found.map(
        (f) => f.agency,
      ),
    ).toEqual(['ubnd-cap-huyen', 'truong-dai-hoc-cao-dang', 'doanh-nghiep-to-chuc-ca-nhan']);
  });

  it('resolves province-named wordings and aliases', () => {
    expect(
      splitAgencies('Báo Tây Ninh, Tỉnh đoàn Tây Ninh, Hội LHPN tỉnh', 'Tây Ninh').found.map((f) => f.agency),
    ).toEqual(['bao-tinh', 'tinh-doan', 'hoi-lien-hiep-phu-nu-tinh']);
  });

  it('keeps unknown wordings together and reports them as written', () => {
    expect(
      splitAgencies('Sở Tài chính, Ban Quản lý khu kinh tế, cảng biển tỉnh; Sở Foo và Sở Tư pháp.', 'Hưng Yên'),
    ).toEqual({
      found: [
        { asWritten: 'Sở Tài chính', agency: 'so-tai-chinh' },
        { asWritten: 'Sở Tư pháp', agency: 'so-tu-phap' },
      ],
      unknown: ['Ban Quản lý khu kinh tế, cảng biển tỉnh', 'Sở Foo'],
    });
  });
});

describe('citations', () => {
  const context = { province: 'Kon Tum', inPreamble: true, ownNumber: '2763/KH-UBND' };

  it('reads type, number, date, issuer and title, and the relation from the clause', () => {
    const text =
      'Thực hiện Quyết định số 844/QĐ-TTg ngày 18 tháng 5 năm 2016 của Thủ tướng Chính phủ về việc phê duyệt Đề án “Hỗ trợ”, căn cứ Thông tư số 01/2018/TT- BKHCN ngày 12 tháng 4 năm 2018 của Bộ Khoa học và Công nghệ Quy định tổ chức quản lý Đề án “Hỗ trợ”, Ủy ban nhân dân tỉnh ban hành Kế hoạch.';
    expect(findCitations(text, 18, context).map(({ line: _line, ...c }) => c)).toEqual([
      {
        type: 'Quyết định',
        number: '844/QĐ-TTg',
        date: '2016-05-18',
        issuer: 'Thủ tướng Chính phủ',
        title: 'Phê duyệt Đề án “Hỗ trợ”',
        relation: 'implements',
      },
      {
        type: 'Thông tư',
        number: '01/2018/TT-BKHCN',
        date: '2018-04-12',
        issuer: 'Bộ Khoa học và Công nghệ',
        title: 'Quy định tổ chức quản lý Đề án “Hỗ trợ”',
        relation: 'basis',
        printed: '01/2018/TT- BKHCN',
      },
    ]);
  });

  it('takes the issuer of a list (“các Quyết định của …: số …; số …”) and the type from a word when the number has no code', () => {
    const list = findCitations(
      'Căn cứ các Quyết định của Thủ tướng Chính phủ: số 844/QĐ-TTg ngày 18/5/2016 phê duyệt Đề án; số 188/QĐ-TTg ngày 09/2/2021 bổ sung một số điều;',
      27,
      { ...context, province: 'Hưng Yên' },
    );
    expect(list.map((c) => [c.number, c.issuer, c.date, c.relation])).toEqual([
      ['844/QĐ-TTg', 'Thủ tướng Chính phủ', '2016-05-18', 'basis'],
      ['188/QĐ-TTg', 'Thủ tướng Chính phủ', '2021-02-09', 'basis'],
    ]);
    const letter = findCitations(
      'Xét đề nghị tại Công văn số 189/SKHCN-QLCN ngày 26/01/2024, Chủ tịch UBND tỉnh ban hành',
      7,
      { ...context, province: 'Quảng Ngãi' },
    );
    expect(letter[0]).toMatchObject({
      type: 'Công văn',
      issuer: 'Sở Khoa học và Công nghệ',
      relation: 'cites',
      title: 'Văn bản không ghi trích yếu',
    });
  });

  it('skips the plan’s own number and things that only look like numbers, and merges repeated citations', () => {
    expect(findCitations('Số: 2763/KH-UBND; 15/12/2022; 2017-2020; 10.000 người', 1, context)).toEqual([]);
    const merged = mergeCitations([
      ...findCitations('Nghị quyết số 08-NQ/TU về xây dựng Hệ sinh thái', 101, {
        ...context,
        inPreamble: false,
        province: 'Quảng Ngãi',
      }),
      ...findCitations('Nghị quyết 08-NQ/TU ngày 20/5/2022 theo yêu cầu.', 136, {
        ...context,
        inPreamble: false,
        province: 'Quảng Ngãi',
      }),
    ]);
    expect(merged).toEqual([
      {
        type: 'Nghị quyết',
        number: '08-NQ/TU',
        date: '2022-05-20',
        issuer: 'Tỉnh ủy Quảng Ngãi',
        title: 'Về xây dựng Hệ sinh thái',
        relation: 'cites',
        line: 101,
      },
    ]);
  });
});

describe('letter case', () => {
  it('turns capitals into sentence case, keeping the province and abbreviations', () => {
    expect(sentenceCase('HỖ TRỢ HỆ SINH THÁI KHỞI NGHIỆP ĐMST TỈNH KON TUM GIAI ĐOẠN 2019-2025', ['Kon Tum'])).toBe(
      'Hỗ trợ hệ sinh thái khởi nghiệp ĐMST tỉnh Kon Tum giai đoạn 2019-2025',
    );
    expect(titleCase('HƯNG YÊN')).toBe('Hưng Yên');
    expect(officeCase('PHÓ CHỦ TỊCH')).toBe('Phó Chủ tịch');
    expect(officeCase('ỦY BAN NHÂN DÂN')).toBe('Ủy ban nhân dân');
  });
});

describe('MDX escaping', () => {
  const hazards = [
    'a {b} c',
    '<Task id="x">',
    '1. không phải danh sách',
    '* không phải danh sách',
    '# không phải tiêu đề',
    'import x from "y"',
    'export const a = 1',
    '`mã`',
    'a \\ b',
    '&lt;',
    '[a]: b',
    '> không phải trích dẫn',
    '~~~',
  ];

  it('escapes so that the text compiles and reads as written', () => {
    const body = renderBody(hazards.map((text) => ({ kind: 'para' as const, text, lines: [1] })));
    expect(() => compileMdx(body)).not.toThrow();
    const shown = renderedText(body);
    for (const text of hazards) expect(shown).toContain(text);
  });

  it('undoes its own escaping', () => {
    for (const text of hazards) expect(unescapeMdx(escapeLineStart(escapeInline(text)))).toBe(text);
  });

  it('closes bold that a copy left open across lines, and drops a ** that never closes', () => {
    expect(balanceEmphasis(['**KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH**']).texts).toEqual([
      '**KT. CHỦ TỊCH**',
      '**PHÓ CHỦ TỊCH**',
    ]);
    expect(balanceEmphasis(['a **15/12/2022**', 'b'])).toEqual({ texts: ['a **15/12/2022**', 'b'], removed: [] });
    expect(balanceEmphasis(['a ** b', 'c'])).toEqual({ texts: ['a  b', 'c'], removed: [0] });
  });
});

describe('theme and target-group suggestions', () => {
  it('has one rule per theme and per target group, with phrases that fold', () => {
    expect(THEME_RULES.map((r) => r.id).sort()).toEqual([...THEME_IDS].sort());
    expect(TARGET_GROUP_RULES.map((r) => r.id).sort()).toEqual([...TARGET_GROUP_IDS].sort());
    for (const rule of [...THEME_RULES, ...TARGET_GROUP_RULES])
      for (const phrase of rule.phrases) expect(phrase).toMatch(/^[a-z0-9 -]+$/);
  });

  it('orders suggestions by where their phrase occurs, says why, and never leaves a task without a theme', () => {
    expect(
      applyRules(THEME_RULES, 'Tổ chức hội thảo, sự kiện cho cấp huyện; thành lập câu lạc bộ khởi nghiệp'),
    ).toEqual([
      { id: 'su-kien', because: 'hoi thao' },
      { id: 'dia-phuong', because: 'cap huyen' },
      { id: 'ket-noi', because: 'cau lac bo' },
    ]);
    expect(applyRules(TARGET_GROUP_RULES, 'Ủy ban nhân dân tỉnh ban hành')).toEqual([]);
    expect(suggestThemes('Việc không rõ', 'Phần không rõ')).toHaveLength(1);
  });
});

describe('activity-type suggestions', () => {
  it('has one rule per activity type, with phrases that fold', () => {
    expect(ACTIVITY_TYPE_RULES.map((r) => r.id).sort()).toEqual([...ACTIVITY_TYPE_IDS].sort());
    for (const rule of ACTIVITY_TYPE_RULES) for (const phrase of rule.phrases) expect(phrase).toMatch(/^[a-z0-9 -]+$/);
  });

  it('suggests from the title first, says why, in the order the phrases occur', () => {
    expect(suggestActivityTypes('Tổ chức Cuộc thi “Khởi nghiệp đổi mới sáng tạo cấp tỉnh năm 2023”', '')).toEqual([
      { id: 'cuoc-thi', because: 'cuoc thi' },
    ]);
    expect(
      suggestActivityTypes(
        'Nghiên cứu, tham mưu xây dựng “Không gian làm việc chung”, tiến tới thành lập Trung tâm khởi nghiệp',
        '',
      ),
    ).toEqual([
      { id: 'xay-dung-chinh-sach', because: 'tham muu' },
      { id: 'khong-gian-lam-viec-chung', because: 'khong gian lam viec chung' },
      { id: 'trung-tam-ho-tro', because: 'trung tam khoi nghiep' },
    ]);
    expect(suggestActivityTypes('Đào tạo giảng viên nguồn về khởi nghiệp', '').map((s) => s.id)).toContain(
      'giang-vien-nguon',
    );
  });

  it('reads the description when the title says nothing, and never leaves a task without a type', () => {
    expect(suggestActivityTypes('Nhiệm vụ khác', 'Nhiệm vụ khác. Hướng dẫn thành lập quỹ hỗ trợ khởi nghiệp')).toEqual([
      { id: 'quy-khoi-nghiep', because: 'thanh lap quy' },
    ]);
    const [fallback, ...rest] = suggestActivityTypes('Việc không rõ', 'Việc không rõ');
    expect(rest).toEqual([]);
    expect(fallback!.id).toBe(FALLBACK_ACTIVITY_TYPE);
    expect(fallback!.because).toContain('cần người biên tập chọn');
  });
});

describe('the no-line-lost check', () => {
  const lines = readSourceLines('Dòng một\n\n- Dòng {hai}\nDòng ba');
  const output = {
    frontmatter: { title: 'Dòng ba' },
    body: 'Dòng một\n\n- Dòng \\{hai\\}\n',
    report: emptyReport('x'),
  };

  it('passes when each non-blank line is where it was sent', () => {
    const destinations = [
      { lines: [1, 3], kind: 'body' as const, where: 'body' },
      { lines: [4], kind: 'frontmatter' as const, where: 'title' },
    ];
    expect(checkCoverage(lines, destinations, output)).toEqual({ checked: 3, missing: [] });
  });

  it('fails for a line sent nowhere, or sent somewhere it is not', () => {
    expect(checkCoverage(lines, [{ lines: [1, 3], kind: 'body', where: 'body' }], output).missing).toEqual([
      { line: 4, text: 'Dòng ba' },
    ]);
    expect(checkCoverage(lines, [{ lines: [1, 3, 4], kind: 'body', where: 'body' }], output).missing).toEqual([
      { line: 4, text: 'Dòng ba' },
    ]);
  });
});
