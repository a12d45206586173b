/**
 * Quantities as the plans write them ("50-60 người/hội thảo", "khoảng 10.000 lượt người",
 * "từ 02 - 05 khóa/năm", "10 - 15 tỷ đồng"): numbers use "." for thousands, ranges a hyphen.
 */
import { fold } from './vietnamese.ts';

export interface Quantity {
  /** The wording as written. */
  raw: string;
  min: number;
  max: number;
  /** The unit, as written after the number ("người/lớp", "tỷ đồng", "%"). */
  unit: string;
  /** "khoảng" (about): the figure is approximate. */
  approximate: boolean;
  /** "tối thiểu", "ít nhất" (at least): the figure is a floor. */
  atLeast: boolean;
}

export class QuantityError extends Error {}

const NUMBER = '(\\d{1,3}(?:\\.\\d{3})+|\\d+)';
const PATTERN = new RegExp(`^(khoang|toi thieu|it nhat|tu)?\\s*${NUMBER}(?:\\s*[-–]\\s*${NUMBER})?\\s*(.+)$`);

const toNumber = (digits: string) => Number(digits.replace(/\./g, ''));

/** Parse one quantity phrase; throws when it does not start with a number. */
export function parseQuantity(raw: string): Quantity {
  const trimmed = raw.trim().replace(/[.;]$/, '');
  const folded = fold(trimmed);
  const match = folded.match(PATTERN);
  if (!match) throw new QuantityError(`Không đọc được số lượng "${raw}"`);
  const [, qualifier, low, high] = match;
  // The unit is taken from the original text (with its diacritics), after the last digit of the figure.
  const figureEnd = trimmed.search(
    high ? new RegExp(`${high.replace('.', '\\.')}(?!\\d)`) : new RegExp(`${low!.replace('.', '\\.')}(?!\\d)`),
  );
  const unit = trimmed.slice(figureEnd + (high ?? low)!.length).trim();
  const min = toNumber(low!);
  const max = high ? toNumber(high) : min;
  if (max < min) throw new QuantityError(`Số lượng "${raw}": số sau nhỏ hơn số trước`);
  return {
    raw: trimmed,
    min,
    max,
    unit,
    approximate: qualifier === 'khoang',
    atLeast: qualifier === 'toi thieu' || qualifier === 'it nhat',
  };
}

/** Parse a quantity line that may hold several figures: "02 lớp, 15-20 người/lớp". */
export function parseQuantities(raw: string): Quantity[] {
  return raw.split(/[,;]\s*(?=(?:khoảng|tối thiểu|ít nhất|từ)?\s*\d)/i).map((part) => parseQuantity(part));
}

/** "15–20 người/lớp", "khoảng 10.000 lượt người": a quantity for display. */
export function formatQuantity(quantity: Quantity): string {
  const number = (value: number) => value.toLocaleString('vi-VN');
  const figure =
    quantity.min === quantity.max ? number(quantity.min) : `${number(quantity.min)}–${number(quantity.max)}`;
  const prefix = quantity.approximate ? 'khoảng ' : quantity.atLeast ? 'tối thiểu ' : '';
  return `${prefix}${figure} ${quantity.unit}`.trim();
}
