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

describe('parseTiming: a recurring or open-ended task starts no earlier than its plan', () => {
  // Kon Tum's plan was issued on 21/10/2019, inside the first year of its period.
  const issuedKonTum = { ...konTum, issued: '2019-10-21' };

  it.each([
    ['Hàng năm', '2019-10-21', 'Hằng năm, từ ngày ban hành 21/10/2019 đến 2025'],
    ['Quí IV năm 2019 và hàng năm', '2019-10-21', 'Từ Quý IV/2019 (từ ngày ban hành 21/10/2019), hằng năm đến 2025'],
    ['Hàng năm, bắt đầu từ Quí I năm 2020', '2020-01-01', 'Hằng năm từ Quý I/2020 đến 2025'],
    ['Từ năm 2019 trở đi', '2019-10-21', 'Từ năm 2019 (từ ngày ban hành 21/10/2019) đến 2025'],
    ['Từ năm 2020 trở đi', '2020-01-01', 'Từ năm 2020 đến 2025'],
  ])('"%s" starts on %s, and its reading says so', (raw, start, reading) => {
    expect(parseTiming(raw, issuedKonTum)).toMatchObject({ start, end: '2025-12-31', reading });
  });

  it('moves an ongoing task of the plan year to the issue date', () => {
    expect(parseTiming('Cả năm', { ...annual2024, issued: '2024-03-15' })).toMatchObject({
      kind: 'ongoing',
      start: '2024-03-15',
      end: '2024-12-31',
      reading: 'Cả năm 2024, từ ngày ban hành 15/03/2024',
    });
  });

  it('leaves dated windows and deadlines as the plan writes them, even before the issue date', () => {
    expect(pick('Quí IV năm 2019', issuedKonTum)).toMatchObject({ start: '2019-10-01', end: '2019-12-31' });
    expect(pick('Giai đoạn 2019 - 2025', issuedKonTum)).toMatchObject({ start: '2019-01-01' });
  });

  it('falls back to the start of the period when the issue date is unknown', () => {
    expect(pick('Hàng năm', { ...konTum, issued: null })).toMatchObject({ start: '2019-01-01' });
    expect(pick('Quí IV năm 2018 và hàng năm', { ...konTum, issued: null })).toMatchObject({ start: '2019-01-01' });
  });

  it('never starts a task after it ends: a plan issued after the written window keeps the window', () => {
    expect(pick('Thường xuyên trong năm 2022', { ...annual2022, issued: '2023-02-01' })).toMatchObject({
      start: '2022-01-01',
      end: '2022-12-31',
    });
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
