/**
 * Policy diffusion over time: every dated known document placed by its date of issue on one time
 * axis, one row per province (rows in the order the provinces issued their first document), one
 * dot per document shaped by its kind, over bands for the generations of plans under the
 * national scheme (2017–2020, 2021–2025, 2026–2030). A document without a known date is never
 * placed: it is returned apart, to be listed. D3 scales and symbols computed at build time into
 * SVG coordinates; the component only draws. Pure: no DOM, no Astro.
 */
import { scaleUtc, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle } from 'd3';
import type { SymbolType } from 'd3';
import { REORGANISATION } from './admin-context.ts';
import type { KnownDocument } from './catalogue.ts';
import { CONFIDENCE_LEVELS } from './confidence.ts';
import { DOCUMENT_KINDS, type DocumentKind } from './document-kinds.ts';
import { formatDate } from './plans.ts';
import { SCHEME_RELATIONS } from './scheme-relations.ts';
import { fitAxisLabels, fitText, textWidth, type AxisLabel } from './timeline.ts';
import { vietnameseCollator } from './vietnamese.ts';

/** The generations of provincial plans under the national scheme, as periods of the time axis. */
export const GENERATIONS = [
  { label: '2017–2020', start: 2017, end: 2020 },
  { label: '2021–2025', start: 2021, end: 2025 },
  { label: '2026–2030', start: 2026, end: 2030 },
] as const;

/** The shape of each kind of document (legend, chart). */
export const KIND_SYMBOLS: Record<DocumentKind, SymbolType> = {
  'ke-hoach': symbolCircle,
  'quyet-dinh': symbolSquare,
  'nghi-quyet': symbolTriangle,
  'de-an': symbolDiamond,
  'chi-thi': symbolCross,
};

/** How a dot is drawn: filled when the site holds the text, hollow when only a weak source knows it. */
export type DotStyle = 'full-text' | 'known' | 'weak';

export const dotStyle = (doc: KnownDocument): DotStyle =>
  doc.plan ? 'full-text' : CONFIDENCE_LEVELS.get(doc.data.confidence).weak ? 'weak' : 'known';

/** The SVG path of a kind's symbol, centred on 0,0, `size` px² in area. */
export const kindPath = (kind: DocumentKind, size = 64) => symbol(KIND_SYMBOLS[kind], size)()!;

export interface DiffusionDot {
  doc: KnownDocument;
  /** Centre, relative to the row's top. */
  x: number;
  y: number;
  path: string;
  style: DotStyle;
  /** The dot's accessible name: province, kind, number, date, label, role, source. */
  name: string;
}

export interface DiffusionRow {
  province: string;
  /** The name as drawn in the label column (cut with "…" when it does not fit). */
  label: string;
  y: number;
  dots: DiffusionDot[];
}

export interface DiffusionLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  fontSize: number;
  years: { x: number }[];
  labels: AxisLabel[];
  generations: { x0: number; x1: number; label: string; textX: number }[];
  /** 1 July 2025, when the provinces were merged. */
  merger: { x: number; label: string } | null;
  rows: DiffusionRow[];
  /** Documents with no known date: never placed, listed beside the chart. */
  undated: KnownDocument[];
}

export interface DiffusionOptions {
  width: number;
  /** First and last year shown (whole years). */
  from: number;
  to: number;
}

/** Row height and the vertical offsets that keep dots of one row from covering each other. */
export const ROW_HEIGHT = 24;
const LANES = [0, -7, 7];
const SYMBOL_SIZE = 80;
const RADIUS = Math.sqrt(SYMBOL_SIZE / Math.PI) + 1;

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The accessible name of a document's dot. */
export function dotName(doc: KnownDocument): string {
  const { data } = doc;
  const kind = DOCUMENT_KINDS.label(data.kind);
  const what = data.number ? `${kind} ${data.number}` : `${kind} (chưa rõ số hiệu)`;
  const confidence = CONFIDENCE_LEVELS.get(data.confidence);
  const source = confidence.weak ? 'Chỉ từ nguồn yếu, chưa kiểm chứng' : `Nguồn: ${confidence.label.toLowerCase()}`;
  const text = doc.plan ? ' Toàn văn có trên trang.' : '';
  return `${doc.provinceName}: ${what} ngày ${formatDate(data.date)}. ${data.title}. ${SCHEME_RELATIONS.label(data.relation)}. ${source}.${text}`;
}

/**
 * The years the chart shows: from the first date to the last, and at least the first two years of
 * the last generation, so that its band is seen even before any document of it is dated.
 */
export function yearsSpanned(documents: readonly KnownDocument[]): { from: number; to: number } {
  const years = documents.flatMap((doc) => (doc.data.date ? [Number(doc.data.date.slice(0, 4))] : []));
  const last = GENERATIONS.at(-1)!.start + 1;
  return {
    from: Math.min(GENERATIONS[0].start, ...years),
    to: Math.max(last, ...years),
  };
}

/** Lay out the dated documents by province and date; the undated are returned apart. */
export function layoutDiffusion(documents: readonly KnownDocument[], options: DiffusionOptions): DiffusionLayout {
  const { width, from, to } = options;
  const narrow = width < 480;
  const fontSize = narrow ? 11 : 12;
  const labelColumn = narrow ? 96 : 150;
  const header = fontSize * 2 + 14;
  const dated = documents.filter((doc) => doc.data.date);
  const undated = documents.filter((doc) => !doc.data.date);

  // Rows: provinces in the order of their first dated document (ties by name).
  const byProvince = new Map<string, KnownDocument[]>();
  for (const doc of [...dated].sort((a, b) => a.data.date!.localeCompare(b.data.date!))) {
    const list = byProvince.get(doc.provinceName);
    if (list) list.push(doc);
    else byProvince.set(doc.provinceName, [doc]);
  }
  const provinces = [...byProvince.entries()].sort(
    ([a, da], [b, db]) => da[0]!.data.date!.localeCompare(db[0]!.data.date!) || vietnameseCollator.compare(a, b),
  );

  const plot = { x0: labelColumn + 6, x1: width - 8, y0: header, y1: header + provinces.length * ROW_HEIGHT };
  const x = scaleUtc([new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to + 1, 0, 1))], [plot.x0, plot.x1]);
  const yearX = (year: number) => x(new Date(Date.UTC(year, 0, 1)));

  const rows = provinces.map(([province, docs], index): DiffusionRow => {
    const placed: { x: number; lane: number }[] = [];
    const dots = docs.map((doc): DiffusionDot => {
      const cx = x(utc(doc.data.date!));
      // The first lane where no dot already placed is closer than a dot's width.
      const lane =
        LANES.find((offset) => placed.every((p) => p.lane !== offset || Math.abs(p.x - cx) >= RADIUS * 2)) ?? 0;
      placed.push({ x: cx, lane });
      return {
        doc,
        x: cx,
        y: ROW_HEIGHT / 2 + lane,
        path: kindPath(doc.data.kind, SYMBOL_SIZE),
        style: dotStyle(doc),
        name: dotName(doc),
      };
    });
    return {
      province,
      label: fitText(province, labelColumn - 4, fontSize),
      y: plot.y0 + index * ROW_HEIGHT,
      dots,
    };
  });

  const years = Array.from({ length: to - from + 2 }, (_, i) => ({ x: yearX(from + i) }));
  const labels = fitAxisLabels(
    Array.from({ length: to - from + 1 }, (_, i) => ({
      center: (yearX(from + i) + yearX(from + i + 1)) / 2,
      variants: [String(from + i), `'${String(from + i).slice(2)}`],
    })),
    plot.x0,
    plot.x1,
    fontSize,
  );
  const generations = GENERATIONS.filter((g) => g.end >= from && g.start <= to).map((g) => {
    const x0 = yearX(Math.max(g.start, from));
    const x1 = yearX(Math.min(g.end, to) + 1);
    const [a, b] = [String(g.start).slice(2), String(g.end).slice(2)];
    const label =
      [g.label, `'${a}–'${b}`, `${g.start}–`].find((text) => textWidth(text, fontSize) <= x1 - x0 - 4) ?? '';
    return { x0, x1, label, textX: (x0 + x1) / 2 };
  });
  const mergerDate = utc(REORGANISATION.effective);
  const merger =
    mergerDate.getUTCFullYear() >= from && mergerDate.getUTCFullYear() <= to
      ? { x: x(mergerDate), label: formatDate(REORGANISATION.effective)! }
      : null;
  return {
    width,
    height: plot.y1 + 4,
    plot,
    fontSize,
    years,
    labels,
    generations,
    merger,
    rows,
    undated,
  };
}

/** The chart in one paragraph, for its <desc> and for readers who do not see it. */
export function describeDiffusion(layout: DiffusionLayout): string {
  const dots = layout.rows.flatMap((row) => row.dots);
  if (dots.length === 0) return 'Chưa có văn bản nào có ngày ban hành.';
  const first = layout.rows[0]!;
  const perGeneration = GENERATIONS.map((g) => {
    const count = dots.filter((dot) => {
      const year = Number(dot.doc.data.date!.slice(0, 4));
      return year >= g.start && year <= g.end;
    }).length;
    return `${count} trong giai đoạn ${g.label}`;
  });
  const before = dots.filter((dot) => Number(dot.doc.data.date!.slice(0, 4)) < GENERATIONS[0].start).length;
  return `${dots.length} văn bản có ngày ban hành của ${layout.rows.length} tỉnh, mỗi tỉnh một dòng theo thứ tự văn bản đầu tiên; tỉnh sớm nhất là ${first.province} (${formatDate(first.dots[0]!.doc.data.date)}). Theo năm ban hành: ${before > 0 ? `${before} trước năm ${GENERATIONS[0].start}, ` : ''}${perGeneration.join(', ')}. ${layout.undated.length} văn bản không rõ ngày được liệt kê riêng.`;
}
