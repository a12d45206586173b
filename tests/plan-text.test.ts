/**
 * How a plan page shows its text (src/lib/plans.ts): a task's heading as a bold lead and the rest
 * of its title in plain weight; the goals the full text does not quote, listed apart.
 */
import { describe, expect, it } from 'vitest';
import { goalsOutsideText, splitTitle, TITLE_LEAD } from '../src/lib/plans.ts';

describe('splitTitle', () => {
  it('keeps a short title whole', () => {
    expect(splitTitle('Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh.')).toEqual({
      lead: 'Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh.',
      rest: '',
    });
  });

  it('cuts a long title after its last sentence or clause that fits, never losing a character', () => {
    const title =
      'Tuyên truyền, phổ biến Đề án “Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo Quốc gia đến năm 2025”, Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp ĐMST của tỉnh giai đoạn 2019- 2025 và các chính sách hỗ trợ khởi nghiệp ĐMST. Cung cấp thông tin công nghệ.';
    const { lead, rest } = splitTitle(title);
    expect(lead).toBe(
      'Tuyên truyền, phổ biến Đề án “Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo Quốc gia đến năm 2025”,',
    );
    expect(lead + rest).toBe(title);
    expect(lead.length).toBeLessThanOrEqual(TITLE_LEAD);
  });

  it('prefers a sentence end to a comma', () => {
    const title = `Xây dựng cơ sở dữ liệu về khởi nghiệp của tỉnh. ${'Cập nhật, chia sẻ thông tin, '.repeat(5)}hằng năm.`;
    expect(splitTitle(title).lead).toBe('Xây dựng cơ sở dữ liệu về khởi nghiệp của tỉnh.');
  });

  it('cuts at a word when no clause ends within the lead', () => {
    const title = `Hỗ trợ ${'doanh nghiệp khởi nghiệp đổi mới sáng tạo '.repeat(6)}trên địa bàn tỉnh`;
    const { lead, rest } = splitTitle(title);
    expect(lead.length).toBeLessThanOrEqual(TITLE_LEAD);
    expect(rest.startsWith(' ')).toBe(true);
    expect(lead + rest).toBe(title);
  });
});

describe('goalsOutsideText', () => {
  const body = [
    '## I. MỤC TIÊU',
    '',
    '- Nâng cao nhận thức của cộng đồng về khởi nghiệp \\*đổi mới\\* sáng tạo;',
    '- Hình thành   mạng lưới &lt;hỗ trợ&gt;',
    '  khởi nghiệp.',
  ].join('\n');

  it('finds the goals the text quotes, whatever its escapes, entities and line breaks', () => {
    const quoted = [
      { text: 'Nâng cao nhận thức của cộng đồng về khởi nghiệp *đổi mới* sáng tạo;' },
      { text: 'Hình thành mạng lưới <hỗ trợ> khởi nghiệp.' },
    ];
    expect(goalsOutsideText(quoted, body)).toEqual([]);
  });

  it('returns a goal the text does not quote, so that the page lists it', () => {
    const missing = { text: 'Thu hút vốn đầu tư tư nhân.' };
    expect(goalsOutsideText([missing], body)).toEqual([missing]);
  });
});
