/**
 * Vietnamese time expressions ("thời gian thực hiện", the time frame of a task) parsed into
 * a structured timing. Every form found in the plans is handled; anything else is an error,
 * so that a new form is noticed instead of being shown as if it had a date.
 */
import { fold } from './vietnamese.ts';
import type { TimingKind } from './timing-kinds.ts';

export type { TimingKind };

export interface Timing {
  /** The wording of the plan, as written. Null when the plan gives no time for the task. */
  raw: string | null;
  kind: TimingKind;
  /** ISO date (YYYY-MM-DD) or null. */
  start: string | null;
  end: string | null;
  /** How often a recurring task repeats. */
  recurrence: 'yearly' | null;
  /** A plain-Vietnamese reading of the parse, for the timing chip. */
  reading: string;
}

export interface TimingContext {
  /** The plan's period, in years; annual plans have start === end. */
  period: { start: number; end: number };
  /** The label in front of the time ("Thời gian hoàn thành" makes it a deadline). */
  label?: string;
  /**
   * The plan's issue date (ISO), when known. A recurring or open-ended task cannot start before
   * the plan that sets it exists: its start is moved to this date (or, when it is unknown, to the
   * start of the period).
   */
  issued?: string | null;
}

export class TimingError extends Error {}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_LABEL = ['', 'I', 'II', 'III', 'IV'];

function quarterStart(quarter: number, year: number): string {
  return `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
}
function quarterEnd(quarter: number, year: number): string {
  const month = quarter * 3;
  const day = month === 6 || month === 9 ? 30 : 31;
  return `${year}-${String(month).padStart(2, '0')}-${day}`;
}
const yearStart = (year: number) => `${year}-01-01`;
const yearEnd = (year: number) => `${year}-12-31`;
/** "2019-10-21" → "21/10/2019". */
const dayLabel = (iso: string) => iso.split('-').reverse().join('/');

// Patterns work on folded text: "Quí IV năm 2019" → "qui iv nam 2019".
const Q = '(?:quy|qui)\\s+(i{1,3}|iv)';
const YEAR = '((?:19|20)\\d\\d)';
const YEAR_SEP = '(?:\\s*/\\s*|\\s+nam\\s+)';
const EVERY_YEAR = 'hang nam'; // "hằng năm" and "hàng năm" both fold to this

// Phrases that say, in words, that no date is fixed.
const UNDATED: { pattern: RegExp; reading: string }[] = [
  { pattern: /^do co quan chu tri bo tri thoi gian/, reading: 'Do cơ quan chủ trì bố trí thời gian' },
  { pattern: /^theo ke hoach nam cua /, reading: 'Theo kế hoạch năm của cơ quan chủ trì' },
  { pattern: /^theo chuong trinh cong tac cua /, reading: 'Theo chương trình công tác của cơ quan tổ chức' },
  { pattern: /^do chuong trinh dao tao cua /, reading: 'Theo lịch của chương trình đào tạo' },
];

/** Parse a time expression of a task in a plan covering `context.period`. */
export function parseTiming(raw: string | null | undefined, context: TimingContext): Timing {
  const { period } = context;
  if (raw == null || raw.trim() === '') {
    return { raw: null, kind: 'unspecified', start: null, end: null, recurrence: null, reading: 'Không nêu thời gian' };
  }
  const text = fold(raw)
    .replace(/[.;]+$/, '')
    .replace(/\s*[–—]\s*/g, ' - ')
    .trim();
  const deadline = context.label ? /hoan thanh/.test(fold(context.label)) : false;
  const make = (
    kind: TimingKind,
    start: string | null,
    end: string | null,
    reading: string,
    recurrence: 'yearly' | null = null,
  ): Timing => ({
    raw: raw.trim(),
    kind,
    start,
    end,
    recurrence,
    reading,
  });
  // The earliest a recurring or open-ended task can start: the day the plan was issued.
  const earliest = context.issued ?? yearStart(period.start);
  /** A recurring or open-ended task: it starts when written, but not before the plan exists. */
  const makeFrom = (
    kind: 'recurring' | 'ongoing',
    start: string,
    end: string,
    reading: (from: string | null) => string,
  ): Timing => {
    const moved = start < earliest && earliest <= end;
    return make(
      kind,
      moved ? earliest : start,
      end,
      reading(moved && context.issued ? `từ ngày ban hành ${dayLabel(context.issued)}` : null),
      kind === 'recurring' ? 'yearly' : null,
    );
  };
  let m: RegExpMatchArray | null;

  // "Quý III/2022", "Quý I năm 2020", "Quí IV năm 2019"
  if ((m = text.match(new RegExp(`^${Q}${YEAR_SEP}${YEAR}$`)))) {
    const q = ROMAN[m[1]!]!;
    const year = Number(m[2]);
    const name = `Quý ${ROMAN_LABEL[q]}/${year}`;
    return deadline
      ? make('deadline', null, quarterEnd(q, year), `Hoàn thành trước hết ${name}`)
      : make('window', quarterStart(q, year), quarterEnd(q, year), name);
  }
  // "Quý III hoặc IV/2022 (do cơ quan chủ trì bố trí …)": the span of both quarters.
  if ((m = text.match(new RegExp(`^${Q}\\s+hoac\\s+(i{1,3}|iv)${YEAR_SEP}${YEAR}(?:\\s*\\(.*\\))?$`)))) {
    const first = ROMAN[m[1]!]!;
    const second = ROMAN[m[2]!]!;
    const year = Number(m[3]);
    return make(
      'window',
      quarterStart(first, year),
      quarterEnd(second, year),
      `Quý ${ROMAN_LABEL[first]} hoặc ${ROMAN_LABEL[second]}/${year}`,
    );
  }
  // "Quí IV năm 2019 và hàng năm": first in that quarter, then every year of the period.
  if ((m = text.match(new RegExp(`^${Q}${YEAR_SEP}${YEAR} va ${EVERY_YEAR}$`)))) {
    const q = ROMAN[m[1]!]!;
    const year = Number(m[2]);
    return makeFrom(
      'recurring',
      quarterStart(q, year),
      yearEnd(period.end),
      (from) => `Từ Quý ${ROMAN_LABEL[q]}/${year}${from ? ` (${from})` : ''}, hằng năm đến ${period.end}`,
    );
  }
  // "Hàng năm, bắt đầu từ Quí I năm 2020"
  if ((m = text.match(new RegExp(`^${EVERY_YEAR},? bat dau tu ${Q}${YEAR_SEP}${YEAR}$`)))) {
    const q = ROMAN[m[1]!]!;
    const year = Number(m[2]);
    return makeFrom(
      'recurring',
      quarterStart(q, year),
      yearEnd(period.end),
      (from) => `Hằng năm từ Quý ${ROMAN_LABEL[q]}/${year}${from ? ` (${from})` : ''} đến ${period.end}`,
    );
  }
  // "Hằng năm", "Hàng năm", "Hằng năm, theo định kỳ của …"
  if (new RegExp(`^${EVERY_YEAR}(?:,.*)?$`).test(text)) {
    return makeFrom(
      'recurring',
      yearStart(period.start),
      yearEnd(period.end),
      (from) => `Hằng năm, ${from ? `${from} đến ${period.end}` : `${period.start}–${period.end}`}`,
    );
  }
  // "Thường xuyên trong năm 2022"
  if ((m = text.match(new RegExp(`^thuong xuyen trong nam ${YEAR}$`)))) {
    const year = Number(m[1]);
    return makeFrom(
      'ongoing',
      yearStart(year),
      yearEnd(year),
      (from) => `Thường xuyên trong năm ${year}${from ? `, ${from}` : ''}`,
    );
  }
  // "Cả năm": all through the plan's (single) year.
  if (text === 'ca nam') {
    if (period.start !== period.end) throw new TimingError(`"${raw}": "cả năm" chỉ rõ nghĩa với kế hoạch một năm`);
    return makeFrom(
      'ongoing',
      yearStart(period.start),
      yearEnd(period.end),
      (from) => `Cả năm ${period.start}${from ? `, ${from}` : ''}`,
    );
  }
  // "Từ năm 2020 trở đi": from that year to the end of the period.
  if ((m = text.match(new RegExp(`^tu nam ${YEAR} tro di$`)))) {
    const year = Number(m[1]);
    return makeFrom(
      'ongoing',
      yearStart(year),
      yearEnd(period.end),
      (from) => `Từ năm ${year}${from ? ` (${from})` : ''} đến ${period.end}`,
    );
  }
  // "Giai đoạn 2021-2025", "Năm 2021 - 2025", "giai đoạn 2020 - 2023"
  if ((m = text.match(new RegExp(`^(?:giai doan|nam)\\s+${YEAR}\\s*-\\s*${YEAR}$`)))) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to < from) throw new TimingError(`"${raw}": năm kết thúc trước năm bắt đầu`);
    return deadline
      ? make('deadline', null, yearEnd(to), `Hoàn thành trước hết năm ${to}`)
      : make('window', yearStart(from), yearEnd(to), `${from}–${to}`);
  }
  // "Năm 2022", "năm 2022"
  if ((m = text.match(new RegExp(`^nam ${YEAR}$`)))) {
    const year = Number(m[1]);
    return deadline
      ? make('deadline', null, yearEnd(year), `Hoàn thành trong năm ${year}`)
      : make('window', yearStart(year), yearEnd(year), `Năm ${year}`);
  }
  for (const { pattern, reading } of UNDATED) {
    if (pattern.test(text)) return make('unspecified', null, null, reading);
  }
  throw new TimingError(`Không đọc được thời gian "${raw}"`);
}
