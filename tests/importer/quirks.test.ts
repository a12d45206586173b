/**
 * One made-up, realistic plan text per quirk of the sources (tests/importer/fixtures/*.txt),
 * imported end to end: each head layout, hard wraps (also inside labels), layout remnants,
 * stray markdown, every numbering form, every label variant, attributes stated once for a
 * group, leads per sub-event, agency lists with commas inside names, every time form, MDX
 * hazards, and texts whose structure cannot be recovered.
 */
import { describe, expect, it } from 'vitest';
import { importPlan, ImportError } from '../../src/lib/importer/index.ts';
import { compileMdx, importFixture, readFixture, renderedText } from './helpers.ts';

const task = (result: ReturnType<typeof importFixture>, ref: string) => {
  const found = result.plan.tasks.find((t) => t.ref === ref);
  if (!found) throw new Error(`không có nhiệm vụ ${ref}`);
  return found;
};
const asWritten = (mentions: { asWritten: string }[]) => mentions.map((m) => m.asWritten);

function importError(text: string): ImportError {
  try {
    importPlan(text, { file: 'sources/test.txt' });
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('nhập được, nhưng lẽ ra phải báo lỗi');
}

describe('legal-library metadata block (as in the Hưng Yên text)', () => {
  const result = importFixture('library-header');
  const { plan } = result.plan;

  it('reads number, date, place, province, issuer, signer and capacity', () => {
    expect(plan).toMatchObject({
      number: '57/KH-UBND',
      issued: '2023-04-05',
      place: 'Bình Định',
      province: 'Bình Định',
      issuer: 'Ủy ban nhân dân tỉnh Bình Định',
      signer: { name: 'Lê Văn Minh', capacity: 'KT. Chủ tịch, Phó Chủ tịch', onBehalfOf: 'TM. Ủy ban nhân dân' },
      kind: 'giai-doan',
      period: { start: 2023, end: 2025 },
    });
    expect(plan.title).toBe('Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Bình Định giai đoạn 2023-2025');
  });

  it('reads the legal bases cited with “Căn cứ”', () => {
    expect(plan.legalBases).toEqual([
      {
        type: 'Quyết định',
        number: '844/QĐ-TTg',
        date: '2016-05-18',
        issuer: 'Thủ tướng Chính phủ',
        title: 'Phê duyệt Đề án “Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025”',
        relation: 'basis',
      },
      {
        type: 'Nghị quyết',
        number: '12/2022/NQ-HĐND',
        date: '2022-07-15',
        issuer: 'Hội đồng nhân dân tỉnh Bình Định',
        title: 'Quy định mức chi hỗ trợ khởi nghiệp trên địa bàn tỉnh',
        relation: 'basis',
      },
    ]);
  });

  it('keeps the metadata block in the body as a blockquote and drops the rules, reporting them', () => {
    expect(result.body).toMatch(/^> Số hiệu: 57\/KH-UBND Loại văn bản: Văn bản khác$/m);
    expect(result.report.dropped.map((d) => [d.line, d.text])).toEqual([
      [10, '-------'],
      [14, '---------------'],
    ]);
  });

  it('takes each general and specific goal, and lists those with figures for the targets', () => {
    expect(result.plan.goals.map((g) => g.kind)).toEqual(['muc-tieu-chung', 'muc-tieu-cu-the', 'muc-tieu-cu-the']);
    expect(result.report.targetCandidates.map((c) => c.line)).toEqual([38, 40]);
  });
});

describe('national-motto head, hard-wrapped lines and `|` remnants (as in the Kon Tum text)', () => {
  const result = importFixture('motto-header-hard-wrapped');

  it('detects the hard wrapping and reads the head across wrapped lines', () => {
    expect(result.report.hardWrapped).toBe(true);
    expect(result.plan.plan).toMatchObject({
      province: 'Gia Lai',
      number: '1890/KH-UBND',
      issued: '2020-08-12',
      place: 'Gia Lai',
      title: 'Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Gia Lai giai đoạn 2020-2025',
      signer: { name: 'Nguyễn Thị Hoa', capacity: 'KT. Chủ tịch, Phó Chủ tịch', onBehalfOf: 'TM. Ủy ban nhân dân' },
    });
    expect(result.plan.plan.legalBases[0]).toMatchObject({ number: '844/QĐ-TTg', relation: 'implements' });
  });

  it('reads labels cut by a hard wrap (“Cơ quan thực⏎hiện”, “Cơ quan chủ⏎trì”, “Thời gian thực⏎hiện”)', () => {
    expect(asWritten(task(result, '1.1').lead)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(asWritten(task(result, '1.1').partners)).toEqual([
      'Các sở, ban ngành',
      'Ủy ban nhân dân các huyện, thành phố',
      'Hiệp hội doanh nghiệp tỉnh Gia Lai',
    ]);
    expect(task(result, '1.1').timing).toMatchObject({
      label: 'Thời gian thực hiện',
      raw: 'Quí IV năm 2020 và hàng năm',
      kind: 'recurring',
      start: '2020-10-01',
      end: '2025-12-31',
    });
    expect(asWritten(task(result, '1.2').lead)).toEqual(['Sở Kế hoạch và Đầu tư']);
  });

  it('joins a wrapped title back into one line and sets the `|` lines aside, with their line numbers', () => {
    expect(task(result, '1.2').title).toBe(
      'Tổ chức đào tạo, bồi dưỡng về khởi nghiệp ĐMST cho sinh viên các trường cao đẳng trên địa bàn tỉnh.',
    );
    expect(result.report.dropped.filter((d) => d.text === '|').map((d) => d.line)).toEqual([4, 9, 11, 14, 54, 60]);
    expect(result.body).not.toMatch(/^\|/m);
  });
});

describe('no head at all, stray markdown and stray characters (as in the Tây Ninh text)', () => {
  const result = importFixture('no-header');
  const { plan } = result.plan;

  it('leaves number, date and place null, says so, and reads the rest from the title and preamble', () => {
    expect(plan).toMatchObject({
      number: null,
      issued: null,
      place: null,
      province: 'Phú Yên',
      issuer: 'Ủy ban nhân dân tỉnh Phú Yên',
      kind: 'hang-nam',
      period: { start: 2023, end: 2023 },
    });
    expect(plan.issuedNote).toMatch(/không ghi ngày ban hành/);
    expect(result.report.facts.find((f) => f.field === 'Số hiệu')).toMatchObject({ value: null, line: null });
    expect(plan.legalBases).toEqual([
      {
        type: 'Kế hoạch',
        number: '118/KH-UBND',
        date: '2021-06-20',
        issuer: 'Ủy ban nhân dân tỉnh Phú Yên',
        title: 'Về hỗ trợ khởi nghiệp đổi mới sáng tạo giai đoạn 2021 – 2025',
        relation: 'implements',
      },
    ]);
  });

  it('joins a sentence broken across a blank line', () => {
    expect(task(result, '1.1').title).toBe(
      'Duy trì chuyên mục “Khởi nghiệp” trên Cổng thông tin điện tử của Sở Khoa học và Công nghệ, cung cấp thông tin về các hoạt động khởi nghiệp trong và ngoài tỉnh.',
    );
  });

  it('keeps balanced bold (**15/12/2023**), closes bold left open across the signature lines, and reads the signer through it', () => {
    expect(result.body).toContain('trước ngày **15/12/2023**.');
    expect(result.body).toContain('**KT. CHỦ TỊCH**\n\n**PHÓ CHỦ TỊCH**');
    expect(plan.signer).toEqual({ name: 'Trần Văn Bình', capacity: 'KT. Chủ tịch, Phó Chủ tịch', onBehalfOf: null });
  });

  it('leaves stray characters near the signature out of the content, and reports them', () => {
    expect(result.report.dropped).toContainEqual(expect.objectContaining({ line: 56, text: 'xxx' }));
    expect(result.body).not.toMatch(/^xxx$/m);
  });

  it('notes that section V follows section III, and keeps the numbering as printed', () => {
    expect(result.report.notes).toContainEqual(
      expect.objectContaining({ line: 47, message: expect.stringMatching(/phần V đứng sau phần III/) }),
    );
    expect(result.body).toContain('## V. TỔ CHỨC THỰC HIỆN');
  });
});

describe('numbering: 1., 1.1, 1.1., a)…đ)…g), groups and numbered items that are tasks', () => {
  const result = importFixture('numbering');

  it('finds every task with its printed ref, in order', () => {
    expect(result.plan.tasks.map((t) => t.ref)).toEqual([
      '1.1',
      '1.2',
      '2.1.a',
      '2.1.b',
      '3.a',
      '3.b',
      '3.c',
      '3.d',
      '3.đ',
      '3.e',
      '3.g',
      '4',
    ]);
  });

  it('makes a numbered item with lettered children a group, and a childless numbered item a task', () => {
    expect(task(result, '2.1.b')).toMatchObject({
      section: { ref: '2', title: 'Đào tạo' },
      group: { ref: '2.1', title: 'Đào tạo về khởi nghiệp trong các trường' },
    });
    expect(task(result, '4')).toMatchObject({
      section: { ref: '4', title: 'Tổ chức hội nghị sơ kết thực hiện Kế hoạch' },
      title: 'Tổ chức hội nghị sơ kết thực hiện Kế hoạch',
    });
    expect(result.body).toContain('#### 2.1 Đào tạo về khởi nghiệp trong các trường');
    expect(result.body).not.toContain('### 4. Tổ chức hội nghị');
  });

  it('picks the tasks section by its title even when it is numbered III (after I), and notes the skip', () => {
    expect(result.report.tasksSection).toMatch(/^III\. NHIỆM VỤ VÀ GIẢI PHÁP/);
    expect(result.report.notes.map((n) => n.message).join('\n')).toMatch(/phần III đứng sau phần I/);
    expect(result.report.notes.map((n) => n.message).join('\n')).not.toMatch(/mục g\)/);
  });

  it('accounts for the numbered items outside the tasks section', () => {
    expect(result.report.items.filter((i) => i.outcome === 'outside').map((i) => i.marker)).toEqual([
      'V.1',
      'V.1.a',
      'V.1.b',
    ]);
  });
});

describe('every label variant of DOMAIN.md', () => {
  const result = importFixture('label-variants');

  it('reads content, target group and quantity (also a figure in the title)', () => {
    expect(task(result, '1.a')).toMatchObject({
      description: 'Lập kế hoạch kinh doanh, gọi vốn, xây dựng thương hiệu.',
      audience: 'doanh nghiệp khởi nghiệp, nhóm cá nhân có ý tưởng khởi nghiệp',
    });
    expect(task(result, '1.a').quantities.map((q) => q.raw)).toEqual(['01 lớp', '30-40 người/lớp']);
    expect(task(result, '1.c').quantities.map((q) => q.raw)).toEqual(['từ 05-10 lượt người tham gia']);
  });

  it('reads every wording of lead, partners and time', () => {
    const rows = result.plan.tasks.map((t) => [
      t.ref,
      asWritten(t.lead),
      asWritten(t.partners),
      t.timing.label,
      t.timing.kind,
    ]);
    expect(rows).toEqual([
      ['1.a', ['Sở Khoa học và Công nghệ'], ['Tỉnh đoàn'], 'Thời gian thực hiện', 'window'],
      ['1.b', ['Sở Tài chính'], ['Sở Khoa học và Công nghệ'], 'Thời gian hoàn thành', 'deadline'],
      ['1.c', ['Hội Liên hiệp Phụ nữ tỉnh'], ['Hội Nông dân tỉnh'], 'Thời gian tham gia', 'unspecified'],
      ['1.d', ['Tỉnh đoàn'], [], 'Thời gian thực hiện', 'ongoing'],
    ]);
  });
});

describe('attributes stated once for a group', () => {
  const result = importFixture('group-attributes');

  it('applies lead, partners and time stated after the last item to each item, marked inherited', () => {
    for (const ref of ['1.a', '1.b', '1.c']) {
      expect(task(result, ref)).toMatchObject({
        inherited: ['lead', 'partners', 'timing'],
        inheritedNote: 'Nêu chung một lần sau mục 1.c, áp dụng cho các mục 1.a–1.c',
      });
      expect(asWritten(task(result, ref).partners)).toEqual([
        'Hội Liên hiệp Phụ nữ tỉnh',
        'Hội Nông dân tỉnh',
        'các cơ quan, đơn vị, cá nhân liên quan',
      ]);
    }
  });

  it('keeps the shared lines where they are, after the last task', () => {
    expect(result.body).toMatch(
      /<Task id="lang-son-2021-2025\/1\.a" \/>\n\n<Task id="lang-son-2021-2025\/1\.b" \/>\n\n<Task id="lang-son-2021-2025\/1\.c" \/>\n\nCơ quan chủ trì thực hiện: Sở Khoa học và Công nghệ\n/,
    );
  });

  it('applies attributes stated under a group heading to its children', () => {
    expect(task(result, '2.a')).toMatchObject({
      inherited: ['lead', 'timing'],
      timing: { raw: 'Giai đoạn 2021-2025' },
    });
    expect(asWritten(task(result, '2.b').lead)).toEqual(['Tỉnh đoàn']);
  });

  it('does not lend a middle item’s lead to an earlier one: that item has no lead and is reported', () => {
    expect(result.plan.tasks.map((t) => t.ref)).not.toContain('3.a');
    expect(result.report.noLead).toEqual([expect.objectContaining({ line: 41, item: '3.a' })]);
    expect(result.report.items).toContainEqual(expect.objectContaining({ line: 41, outcome: 'not-task' }));
    expect(result.body).toContain(
      'a) Xây dựng khu làm việc chung tại Trung tâm Ứng dụng và Dịch vụ Khoa học Công nghệ.',
    );
  });
});

describe('one lead per sub-event', () => {
  const result = importFixture('sub-event-leads');

  it('gives each agency of a sub-event line its scope, splitting the line by the registry', () => {
    expect(task(result, '1.a').lead).toEqual([
      {
        name: 'Sở Khoa học và Công nghệ',
        agency: 'so-khoa-hoc-va-cong-nghe',
        asWritten: 'Sở Khoa học và Công nghệ',
        scope: 'Tham gia ngày hội khởi nghiệp quốc gia',
      },
      {
        name: 'Sở Giáo dục và Đào tạo',
        agency: 'so-giao-duc-va-dao-tao',
        asWritten: 'Sở Giáo dục và Đào tạo',
        scope: 'Tham gia Ngày hội học sinh, sinh viên khởi nghiệp quốc gia',
      },
      {
        name: 'Tỉnh đoàn',
        agency: 'tinh-doan',
        asWritten: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh',
        scope: 'Tham gia Ngày hội học sinh, sinh viên khởi nghiệp quốc gia',
      },
      {
        name: 'Hội Liên hiệp Phụ nữ tỉnh',
        agency: 'hoi-lien-hiep-phu-nu-tinh',
        asWritten: 'Hội Liên hiệp Phụ nữ tỉnh',
        scope: 'Tham gia Ngày hội phụ nữ khởi nghiệp quốc gia',
      },
    ]);
    expect(task(result, '1.a').timing).toMatchObject({ kind: 'recurring', start: '2021-01-01', end: '2025-12-31' });
  });
});

describe('agency lists split by the registry, not by commas', () => {
  const result = importFixture('agency-lists');

  it('keeps names with commas whole and resolves aliases', () => {
    expect(task(result, '1.a').lead.map((m) => [m.asWritten, m.agency])).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'so-van-hoa-the-thao-va-du-lich'],
      ['Sở KH&CN', 'so-khoa-hoc-va-cong-nghe'],
    ]);
    expect(task(result, '1.a').partners.map((m) => m.agency)).toEqual([
      'hoi-lien-hiep-phu-nu-tinh',
      'tinh-doan',
      'so-lao-dong-thuong-binh-va-xa-hoi',
      'so-nong-nghiep-va-phat-trien-nong-thon',
      'cac-so-ban-nganh',
    ]);
    expect(task(result, '1.b').lead.map((m) => m.agency)).toEqual(['bao-tinh', 'dai-phat-thanh-va-truyen-hinh-tinh']);
    expect(task(result, '1.b').partners.map((m) => m.asWritten)).toEqual([
      'Liên hiệp các hội khoa học kỹ thuật tỉnh Sóc Trăng',
      'Hiệp Hội doanh nghiệp tỉnh',
      'UBND các huyện, thị xã, thành phố trên địa bàn tỉnh',
    ]);
  });

  it('reports unknown names with their line instead of dropping them, and keeps them in the body', () => {
    expect(result.report.unknownAgencies).toEqual([
      { line: 21, task: '1.a', role: 'partners', text: 'Ban Quản lý các khu công nghiệp tỉnh' },
      { line: 35, task: '1.c', role: 'lead', text: 'Ban Dân tộc tỉnh' },
    ]);
    expect(result.body).toContain('Ban Quản lý các khu công nghiệp tỉnh');
    expect(result.report.noLead).toEqual([
      expect.objectContaining({ item: '1.c', why: expect.stringMatching(/không nhận ra cơ quan nào/) }),
    ]);
  });
});

describe('every time expression form, and one that is not understood', () => {
  const result = importFixture('time-forms');

  it('parses each form into a structured timing, keeping the raw text', () => {
    const rows = result.plan.tasks.map((t) => [t.ref, t.timing.raw, t.timing.kind, t.timing.start, t.timing.end]);
    expect(rows).toEqual([
      ['1.1', 'Quý I năm 2020', 'window', '2020-01-01', '2020-03-31'],
      ['1.2', 'Quí IV năm 2020 và hàng năm', 'recurring', '2020-10-01', '2025-12-31'],
      ['1.3', 'Hàng năm, bắt đầu từ Quí I năm 2021', 'recurring', '2021-01-01', '2025-12-31'],
      ['1.4', 'giai đoạn 2021 - 2023', 'window', '2021-01-01', '2023-12-31'],
      ['1.5', 'Từ năm 2021 trở đi', 'ongoing', '2021-01-01', '2025-12-31'],
      ['1.6', 'Năm 2021 - 2022', 'deadline', null, '2022-12-31'],
      ['1.7', null, 'unspecified', null, null],
      ['1.8', 'Theo chương trình công tác của các bộ, ngành Trung ương', 'unspecified', null, null],
    ]);
  });

  it('reports the form it cannot read, with its line, and keeps its label', () => {
    expect(result.report.unparsedTimes).toEqual([
      expect.objectContaining({ line: 57, task: '1.7', text: 'Tháng 9 hằng năm' }),
    ]);
    expect(task(result, '1.7').timing.label).toBe('Thời gian thực hiện');
    expect(result.body).toContain('Thời gian thực hiện: Tháng 9 hằng năm.');
  });
});

describe('MDX-significant characters', () => {
  const result = importFixture('mdx-hazards');

  it('writes a file that compiles', () => {
    expect(() => compileMdx(result.mdx)).not.toThrow();
  });

  it('shows the reader every character as written: braces, angle brackets, backticks, entities', () => {
    const text = renderedText(result.body);
    for (const fragment of [
      'Số doanh nghiệp khởi nghiệp {tăng} hằng năm; tỷ lệ <50% doanh nghiệp> có website.',
      'import dữ liệu doanh nghiệp từ hệ thống cũ;',
      'export báo cáo định kỳ;',
      '# thẻ phân loại & mã &lt;KN&gt;',
      '1. Sở Thông tin và Truyền thông: chủ trì <theo dõi>.',
      '* Lưu ý: báo cáo trước ngày 10/12 hằng năm.',
      '> Trích dẫn từ văn bản gốc.',
      '[1]: ghi chú cuối trang',
    ]) {
      expect(text).toContain(fragment);
    }
    expect(task(result, '1.a').title).toBe(
      'Xây dựng nền tảng <Khởi nghiệp số> với mã {id} và ký hiệu `code` \\ ngược.',
    );
  });

  it('does not let a line turn into a list, heading, quote or code', () => {
    expect(result.body).toMatch(/^1\\\. Sở Thông tin/m);
    expect(result.body).toMatch(/^\\\* Lưu ý/m);
    expect(result.body).toMatch(/^&gt; Trích dẫn/m);
    expect(result.body).toMatch(/^\\\[1\]: ghi chú/m);
    expect(result.body).not.toMatch(/^(?:import|export)\b/m);
  });
});

describe('structure that cannot be recovered stops the import with the line where it broke', () => {
  it('an item 2.1 with no item 2 above it', () => {
    const error = importError(readFixture('broken-structure'));
    expect(error.line).toBe(23);
    expect(error.message).toMatch(/mục 2\.1\. nằm ngoài mục 2/);
  });

  it('a number given twice', () => {
    const text = readFixture('numbering').replace('1.2. Tổ chức diễn đàn', '1.1 Tổ chức diễn đàn');
    const error = importError(text);
    expect(error.line).toBe(23);
    expect(error.message).toMatch(/1\.1 lặp lại \(đã có ở dòng 17\)/);
  });

  it('a lettered item before any numbered item of the tasks section', () => {
    const text = readFixture('sub-event-leads').replace('1. Tham gia các sự kiện khởi nghiệp\n\n', '');
    const error = importError(text);
    expect(error.message).toMatch(/mục a\) không thuộc mục đánh số nào/);
    expect(error.line).toBe(15);
  });

  it('no section that holds tasks', () => {
    const text = readFixture('sub-event-leads').replace('II. NỘI DUNG', 'II. CÁC VIỆC CẦN LÀM');
    expect(importError(text).message).toMatch(/không thấy phần nhiệm vụ/);
  });

  it('a tasks section without a single lead agency', () => {
    const text = readFixture('sub-event-leads').replace('Cơ quan chủ trì thực hiện:', 'Ghi chú:');
    const error = importError(text);
    expect(error.message).toMatch(/không tìm thấy nhiệm vụ/);
    expect(error.line).toBe(13);
  });
});
