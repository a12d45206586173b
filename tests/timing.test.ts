/** Every time expression of DOMAIN.md, one test each, read the way a planner means it. */
import { describe, expect, it } from 'vitest';
import { parseTiming, TimingError } from '../src/lib/timing.ts';

const annual2022 = { period: { start: 2022, end: 2022 } };
const annual2024 = { period: { start: 2024, end: 2024 } };
const konTum = { period: { start: 2019, end: 2025 } };
const hungYen = { period: { start: 2021, end: 2025 } };

const pick = (raw: string | null, context: Parameters<typeof parseTiming>[1]) => {
  const { kind, start, end, recurrence } = parseTiming(raw, context);
  return { kind, start, end, recurrence };
};

describe('parseTiming: every form found in the plans', () => {
  it.each([
    ['Quý III/2022', annual2022, { kind: 'window', start: '2022-07-01', end: '2022-09-30', recurrence: null }],
    [
      'Quý III hoặc IV/2022 (do cơ quan chủ trì bố trí thời gian phù hợp với công tác chuyên môn)',
      annual2022,
      { kind: 'window', start: '2022-07-01', end: '2022-12-31', recurrence: null },
    ],
    ['Quý IV/2022', annual2022, { kind: 'window', start: '2022-10-01', end: '2022-12-31', recurrence: null }],
    ['Quý I/2024', annual2024, { kind: 'window', start: '2024-01-01', end: '2024-03-31', recurrence: null }],
    ['Quý I năm 2020', konTum, { kind: 'window', start: '2020-01-01', end: '2020-03-31', recurrence: null }],
    ['Quí IV năm 2019', konTum, { kind: 'window', start: '2019-10-01', end: '2019-12-31', recurrence: null }],
    [
      'Quí IV năm 2019 và hàng năm',
      konTum,
      { kind: 'recurring', start: '2019-10-01', end: '2025-12-31', recurrence: 'yearly' },
    ],
    [
      'Hàng năm, bắt đầu từ Quí I năm 2020',
      konTum,
      { kind: 'recurring', start: '2020-01-01', end: '2025-12-31', recurrence: 'yearly' },
    ],
    [
      'Thường xuyên trong năm 2022',
      annual2022,
      { kind: 'ongoing', start: '2022-01-01', end: '2022-12-31', recurrence: null },
    ],
    ['Năm 2022', annual2022, { kind: 'window', start: '2022-01-01', end: '2022-12-31', recurrence: null }],
    ['năm 2022', hungYen, { kind: 'window', start: '2022-01-01', end: '2022-12-31', recurrence: null }],
    ['Cả năm', annual2024, { kind: 'ongoing', start: '2024-01-01', end: '2024-12-31', recurrence: null }],
    ['Hằng năm', hungYen, { kind: 'recurring', start: '2021-01-01', end: '2025-12-31', recurrence: 'yearly' }],
    ['Hàng năm', konTum, { kind: 'recurring', start: '2019-01-01', end: '2025-12-31', recurrence: 'yearly' }],
    ['Giai đoạn 2021-2025', hungYen, { kind: 'window', start: '2021-01-01', end: '2025-12-31', recurrence: null }],
    ['Giai đoạn 2021 - 2025', hungYen, { kind: 'window', start: '2021-01-01', end: '2025-12-31', recurrence: null }],
    ['Giai đoạn 2021 -2025', hungYen, { kind: 'window', start: '2021-01-01', end: '2025-12-31', recurrence: null }],
    ['Năm 2021 - 2025', hungYen, { kind: 'window', start: '2021-01-01', end: '2025-12-31', recurrence: null }],
    ['giai đoạn 2020 - 2023', konTum, { kind: 'window', start: '2020-01-01', end: '2023-12-31', recurrence: null }],
    ['Từ năm 2020 trở đi', konTum, { kind: 'ongoing', start: '2020-01-01', end: '2025-12-31', recurrence: null }],
    [
      'Theo Kế hoạch năm của Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn Tây Ninh',
      annual2022,
      { kind: 'unspecified', start: null, end: null, recurrence: null },
    ],
    [
      'do cơ quan chủ trì bố trí thời gian phù hợp với công tác chuyên môn',
      annual2022,
      { kind: 'unspecified', start: null, end: null, recurrence: null },
    ],
    [
      'Theo chương trình công tác của các bộ, ngành Trung ương tổ chức',
      annual2022,
      { kind: 'unspecified', start: null, end: null, recurrence: null },
    ],
    [
      'do chương trình đào tạo của bộ, ngành, địa phương tổ chức',
      annual2022,
      { kind: 'unspecified', start: null, end: null, recurrence: null },
    ],
    [
      'Hằng năm, theo định kỳ của Bộ Khoa học và Công nghệ, Hội Liên hiệp Phụ nữ Việt Nam',
      hungYen,
      { kind: 'recurring', start: '2021-01-01', end: '2025-12-31', recurrence: 'yearly' },
    ],
  ] as const)('"%s"', (raw, context, expected) => {
    expect(pick(raw, context)).toEqual(expected);
  });
});

describe('parseTiming: labels and edge cases', () => {
  it('reads "Thời gian hoàn thành" as a deadline at the end of the quarter', () => {
    expect(pick('Quý III/2024', { ...annual2024, label: 'Thời gian hoàn thành' })).toEqual({
      kind: 'deadline',
      start: null,
      end: '2024-09-30',
      recurrence: null,
    });
  });

  it('keeps the raw wording beside the parse', () => {
    expect(parseTiming('Quí IV năm 2019.', konTum).raw).toBe('Quí IV năm 2019.');
  });

  it('treats a missing time as unspecified, not as a date', () => {
    expect(parseTiming(null, hungYen)).toMatchObject({ raw: null, kind: 'unspecified', start: null, end: null });
  });

  it('reads NFD input and old tone placement the same as NFC', () => {
    expect(pick('Quý III/2022'.normalize('NFD'), annual2022)).toEqual(pick('Quý III/2022', annual2022));
  });

  it('rejects a form it does not know instead of guessing', () => {
    expect(() => parseTiming('Quý V/2022', annual2022)).toThrow(TimingError);
    expect(() => parseTiming('sớm nhất có thể', annual2022)).toThrow(/Không đọc được thời gian/);
  });

  it('rejects "cả năm" in a plan of several years, where it is ambiguous', () => {
    expect(() => parseTiming('Cả năm', hungYen)).toThrow(TimingError);
  });
});
