/**
 * Page furniture: what a PDF (or a copy out of a PDF viewer) prints on every page around the
 * text: page numbers alone on their line ("6", "6/10", "- 6 -", "Trang 6") and a running title
 * repeated at the top or the bottom of each page. They are removed before the lines are joined,
 * so that "6/10" never ends up in a time or a partner list, and each one is reported.
 *
 * A page number is recognised by its shape and by where it stands: at a page break (a form feed
 * in the source) or, in a copy without page breaks, as one of a rising sequence of such lines. A
 * running title is a line repeated word for word whose every copy stands next to a page break.
 */
import type { DroppedLine, SourceLine } from './lines.ts';
import { parseAttribute } from './labels.ts';
import { parseBullet, parseLettered, parseNumbered, parseRoman } from './markers.ts';

const PAGE_NUMBER =
  /^(?:[-–—]\s*(\d{1,3})\s*[-–—]|(\d{1,3})\s*\/\s*(\d{1,3})|Trang\s+(\d{1,3})(?:\s*(?:\/|trên)\s*\d{1,3})?|(\d{1,3}))$/iu;

interface PageNumber {
  at: number;
  value: number;
  shape: string;
}

function pageNumber(text: string, at: number): PageNumber | null {
  const m = PAGE_NUMBER.exec(text);
  if (!m) return null;
  const value = Number(m[1] ?? m[2] ?? m[4] ?? m[5]);
  const shape = m[1] ? 'dash' : m[2] ? `of-${m[3]}` : m[4] ? 'trang' : 'bare';
  return { at, value, shape };
}

/** Of the candidates of one shape, those forming a rising sequence (at least two). */
function rising(candidates: PageNumber[]): PageNumber[] {
  if (candidates.length < 2) return [];
  const ok = candidates.every((c, i) => i === 0 || c.value > candidates[i - 1]!.value);
  if (!ok) return [];
  // Bare numbers are ordinary text too often: they must follow each other one by one.
  if (
    candidates[0]!.shape === 'bare' &&
    !candidates.every((c, i) => i === 0 || c.value === candidates[i - 1]!.value + 1)
  )
    return [];
  return candidates;
}

/** The furniture lines of a document, as dropped lines with the reason. */
export function findFurniture(lines: SourceLine[]): DroppedLine[] {
  const text = lines.filter((line) => line.text !== '' && !line.cells);
  if (text.length === 0) return [];
  const paged = lines.some((line) => line.page !== null && line.page > 1);
  // Positions (in `text`) next to a page break: the first and last line of each page.
  const edges = new Set<number>([0, text.length - 1]);
  if (paged) {
    text.forEach((line, i) => {
      if (i > 0 && text[i - 1]!.page !== line.page) edges.add(i).add(i - 1);
    });
  }
  const candidates = text.map((line, i) => pageNumber(line.text, i)).filter((c): c is PageNumber => c !== null);
  const numbers = new Set<number>();
  for (const c of candidates) if (paged && edges.has(c.at)) numbers.add(c.at);
  const shapes = new Map<string, PageNumber[]>();
  for (const c of candidates) shapes.set(c.shape, [...(shapes.get(c.shape) ?? []), c]);
  for (const group of shapes.values()) for (const c of rising(group)) numbers.add(c.at);
  for (const at of numbers) edges.add(at);

  // Running titles: repeated lines, every copy within two lines of a page edge or page number.
  const near = (i: number) => [...edges].some((edge) => Math.abs(edge - i) <= 2);
  const copies = new Map<string, number[]>();
  text.forEach((line, i) => copies.set(line.text, [...(copies.get(line.text) ?? []), i]));
  const running = new Set<number>();
  for (const [value, at] of copies) {
    if (at.length < 2 || value.length > 160 || numbers.has(at[0]!)) continue;
    if (parseAttribute(value) || parseBullet(value) !== null || parseRoman(value) || parseNumbered(value)) continue;
    if (parseLettered(value)) continue;
    if (at.every(near)) at.forEach((i) => running.add(i));
  }
  const dropped: DroppedLine[] = [];
  text.forEach((line, i) => {
    if (numbers.has(i)) dropped.push({ line: line.n, text: line.text, why: 'số trang (đầu hoặc chân trang)' });
    else if (running.has(i))
      dropped.push({ line: line.n, text: line.text, why: 'dòng lặp lại ở đầu hoặc chân mỗi trang (tiêu đề chạy)' });
  });
  return dropped;
}
