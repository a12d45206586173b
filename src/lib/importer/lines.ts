/**
 * From raw text to logical lines ("blocks"): the source is read line by line (each line keeps
 * its 1-based number), layout remnants (`|`, `-------`) are set aside, and hard-wrapped lines
 * are joined back into their paragraphs. Every block remembers the source lines it came from,
 * so that the report can cite them and the coverage check can prove that nothing was lost.
 */
import { textDocument, type PlanDocument, type Segment } from './document.ts';
import { isStructural, isAllCaps, startsLowercase, endsWithConnective, isMarkerOnly, isStandalone } from './markers.ts';

/** One line of the source, normalised (NFC, spaces collapsed, invisible characters removed). */
export interface SourceLine {
  n: number;
  text: string;
  /** 1-based page, when the source marks pages. */
  page: number | null;
  /** The cells of a table row, normalised like the text; null for a line of text. */
  cells: string[] | null;
  /** The pieces of a line laid out in columns (start column, text), as the reader gave them. */
  segments: Segment[];
  /** Control characters removed from the line (NUL, ESC…), for the report. */
  controls: string[];
}

/** A logical line: one or more source lines joined with spaces. */
export interface Block {
  text: string;
  lines: number[];
  /** Made from a table row (a heading or a labelled line): never joined with its neighbours. */
  fromTable?: boolean;
}

/** A source line left out of the content, with the reason (layout remnant, stray characters…). */
export interface DroppedLine {
  line: number;
  text: string;
  why: string;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const WIDE_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

/** Normalise one piece of text: NFC, no invisible or control characters, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(WIDE_SPACE, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The control characters of a line, as U+XXXX. */
const controlsOf = (text: string) =>
  [...text.matchAll(CONTROL)].map((m) => `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** The numbered, normalised lines of a document (or of a raw text). */
export function readSourceLines(source: PlanDocument | string): SourceLine[] {
  const document = typeof source === 'string' ? textDocument(source.replace(/^\ufeff/, '')) : source;
  return document.lines.map((line, index) => ({
    n: index + 1,
    text: normalise(line.text),
    page: line.page,
    cells: line.cells ? line.cells.map(normalise) : null,
    segments: line.segments.map((segment) => ({ x: segment.x, text: normalise(segment.text) })),
    controls: controlsOf(line.text),
  }));
}

/** A line with no letter and no digit: table borders (`|`), rules (`-------`), stray `**`. */
export function isRemnant(text: string): boolean {
  return text !== '' && !/[\p{L}\p{N}]/u.test(text);
}

/**
 * Hard-wrapped texts (a PDF copy with a line break every ~80 characters and no blank lines,
 * like the Kon Tum plan) are joined differently from texts whose paragraphs are separated by
 * blank lines: in the first, a line break means nothing unless the next line starts something.
 */
export function isHardWrapped(lines: SourceLine[], furniture: Set<number> = new Set()): boolean {
  // Only lines of running text count: the rows of a table (cells, columns), page furniture and
  // the blank lines around them are laid out otherwise.
  const isText = (line: SourceLine | undefined) =>
    line !== undefined && line.text !== '' && !line.cells && line.segments.length <= 1 && !furniture.has(line.n);
  const nonBlank = lines.filter(isText).length;
  let blank = 0;
  let previous: SourceLine | undefined;
  lines.forEach((line, i) => {
    if (line.text !== '') previous = line;
    else if (isText(previous) && isText(lines.slice(i + 1).find((next) => next.text !== ''))) blank += 1;
  });
  return nonBlank >= 8 && blank < nonBlank * 0.05;
}

/** Decide whether `next` continues the block `prev` (a hard wrap) rather than starting a new one. */
function continues(prev: Block, prevLine: string, next: string, hard: boolean, gap: 'none' | 'blank'): boolean {
  if (isStructural(next)) return false;
  const last = prev.text;
  if (isMarkerOnly(last)) return true;
  if (isStandalone(last)) return false;
  const terminal = /[.:;!?…](?:["”’)\]*]*)$/.test(last);
  if (hard) {
    if (gap === 'blank') return false;
    // A title in capitals is followed by text in sentence case: the change of case is a break.
    // (A lone acronym such as "ĐMST." ending a sentence is not a title.)
    const nextIsTitle = isAllCaps(next) && next.split(' ').filter((word) => /\p{L}/u.test(word)).length >= 2;
    if (isAllCaps(prevLine) ? !isAllCaps(next) : nextIsTitle) return false;
    if (/[.!?…](?:["”’)\]]*)$/.test(last) && !startsLowercase(next)) return false;
    return true;
  }
  if (gap === 'none') return startsLowercase(next);
  return !terminal && (startsLowercase(next) || endsWithConnective(last));
}

export interface Unwrapped {
  blocks: Block[];
  dropped: DroppedLine[];
  hardWrapped: boolean;
}

/** What the layout step hands to `unwrap`, in reading order. */
export type Entry =
  /** A line, or a piece of one (a cell of a two-column layout). */
  | { kind: 'line'; n: number; text: string }
  /** A block made from a table row: kept as it is, never joined. */
  | { kind: 'block'; block: Block }
  /** The end of a column of a layout: nothing is joined across it. */
  | { kind: 'break' };

/**
 * Join hard-wrapped lines into blocks; set layout remnants aside. `entries` are the lines in
 * reading order as the layout step arranged them (by default, the lines as they are).
 */
export function unwrap(
  lines: SourceLine[],
  entries: Entry[] = lines.map(({ n, text }) => ({ kind: 'line', n, text })),
  furniture: Set<number> = new Set(),
): Unwrapped {
  const hard = isHardWrapped(lines, furniture);
  const blocks: Block[] = [];
  const dropped: DroppedLine[] = [];
  let gap: 'none' | 'blank' | 'remnant' = 'remnant';
  let prevLine = '';
  for (const entry of entries) {
    if (entry.kind === 'break') {
      gap = 'remnant';
      continue;
    }
    if (entry.kind === 'block') {
      blocks.push(entry.block);
      gap = 'remnant';
      continue;
    }
    const { n, text } = entry;
    if (text === '') {
      if (gap === 'none') gap = 'blank';
      continue;
    }
    if (isRemnant(text)) {
      dropped.push({ line: n, text, why: 'dấu vết trình bày (bảng, đường kẻ), không có chữ' });
      gap = 'remnant';
      continue;
    }
    const prev = blocks[blocks.length - 1];
    if (prev && !prev.fromTable && gap !== 'remnant' && continues(prev, prevLine, text, hard, gap)) {
      prev.text = `${prev.text} ${text}`;
      prev.lines.push(n);
    } else {
      blocks.push({ text, lines: [n] });
    }
    prevLine = text;
    gap = 'none';
  }
  return { blocks, dropped, hardWrapped: hard };
}
