/** Quantities as the plans write them: thousands with ".", ranges with "-", qualifiers kept. */
import { describe, expect, it } from 'vitest';
import { formatQuantity, parseQuantities, parseQuantity, QuantityError } from '../src/lib/quantity.ts';

describe('parseQuantity', () => {
  it.each([
    ['50-60 người/hội thảo', { min: 50, max: 60, unit: 'người/hội thảo', approximate: false, atLeast: false }],
    ['khoảng 10.000 lượt người', { min: 10000, max: 10000, unit: 'lượt người', approximate: true, atLeast: false }],
    ['3-5 dự án', { min: 3, max: 5, unit: 'dự án', approximate: false, atLeast: false }],
    ['10 - 15 tỷ đồng', { min: 10, max: 15, unit: 'tỷ đồng', approximate: false, atLeast: false }],
    ['từ 02 - 05 khóa/năm', { min: 2, max: 5, unit: 'khóa/năm', approximate: false, atLeast: false }],
    ['từ 01- 02 khóa/năm', { min: 1, max: 2, unit: 'khóa/năm', approximate: false, atLeast: false }],
    [
      'tối thiểu 10 dự án khởi nghiệp ĐMST',
      { min: 10, max: 10, unit: 'dự án khởi nghiệp ĐMST', approximate: false, atLeast: true },
    ],
    ['ít nhất 01 doanh nghiệp', { min: 1, max: 1, unit: 'doanh nghiệp', approximate: false, atLeast: true }],
    [
      '100% huyện, thị xã, thành phố',
      { min: 100, max: 100, unit: '% huyện, thị xã, thành phố', approximate: false, atLeast: false },
    ],
  ])('"%s"', (raw, expected) => {
    expect(parseQuantity(raw)).toMatchObject(expected);
  });

  it('splits a line with several figures', () => {
    expect(parseQuantities('02 lớp, 15-20 người/lớp').map((q) => [q.min, q.max, q.unit])).toEqual([
      [2, 2, 'lớp'],
      [15, 20, 'người/lớp'],
    ]);
  });

  it('rejects text without a figure, and a range that runs backwards', () => {
    expect(() => parseQuantity('nhiều người')).toThrow(QuantityError);
    expect(() => parseQuantity('20-15 người')).toThrow(QuantityError);
  });

  it('formats for reading in Vietnamese', () => {
    expect(formatQuantity(parseQuantity('khoảng 10.000 lượt người'))).toBe('khoảng 10.000 lượt người');
    expect(formatQuantity(parseQuantity('15-20 người/lớp'))).toBe('15–20 người/lớp');
  });
});
