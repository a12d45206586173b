/**
 * Reading order: the lines of a document as the structure parser reads them. Page furniture is
 * left out (and reported); task tables become headings and labelled lines (table.ts); and text
 * set side by side in two columns is read one column after the other: the head (issuing body |
 * national motto, number | place and date) and the foot (recipients | signature), whether the
 * columns come as the cells of a table (Word, tab-separated text) or laid out with spaces (a PDF
 * page, `pdftotext -layout`). A lone "label:<tab>value" line is read as one line.
 */
import type { DroppedLine, Entry, SourceLine } from './lines.ts';
import { readTaskTable } from './table.ts';

export interface Arranged {
  entries: Entry[];
  dropped: DroppedLine[];
  notes: { line: number; message: string }[];
  /** For lines read in pieces (cells, columns): the pieces, for the "nothing lost" check. */
  pieces: Map<number, string[]>;
}

/** Read a run of rows column by column: each column's pieces, then a break. */
function byColumn(rows: { n: number; cells: string[] }[], out: Arranged) {
  const width = Math.max(...rows.map((row) => row.cells.length));
  for (const row of rows) out.pieces.set(row.n, row.cells.filter(Boolean));
  for (let c = 0; c < width; c++) {
    for (const row of rows) {
      const text = row.cells[c];
      if (text) out.entries.push({ kind: 'line', n: row.n, text });
    }
    out.entries.push({ kind: 'break' });
  }
}

/** The column boundary of laid-out lines: a column of spaces in every line, between their pieces. */
function gutter(rows: SourceLine[]): number | null {
  let from = 0;
  let to = Infinity;
  for (const row of rows) {
    const [first, ...rest] = row.segments;
    if (!first || rest.length === 0) continue;
    from = Math.max(from, first.x + first.text.length);
    to = Math.min(to, rest[0]!.x);
  }
  return from < to ? Math.floor((from + to) / 2) : null;
}

const fits = (line: SourceLine, at: number) => line.segments.every((s) => s.x >= at || s.x + s.text.length <= at);

/** Arrange the lines in reading order (see the module comment); `skip` holds the furniture lines. */
export function arrange(lines: SourceLine[], skip: Set<number>): Arranged {
  const out: Arranged = { entries: [], dropped: [], notes: [], pieces: new Map() };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    // Furniture is left out with the blank lines around it: a paragraph runs on across a page break.
    const besideSkipped = line.text === '' && (skip.has(lines[i - 1]?.n ?? 0) || skip.has(lines[i + 1]?.n ?? 0));
    if (skip.has(line.n) || besideSkipped) {
      i += 1;
      continue;
    }
    const table = line.text !== '' ? readTaskTable(lines, i, skip) : null;
    if (table) {
      out.entries.push({ kind: 'break' }, ...table.blocks.map((block) => ({ kind: 'block' as const, block })));
      out.dropped.push(...table.dropped);
      out.notes.push(...table.notes);
      for (const [n, pieces] of table.pieces) out.pieces.set(n, pieces);
      i = table.end;
      continue;
    }
    if (line.cells) {
      let end = i;
      while (end + 1 < lines.length && (lines[end + 1]!.cells || skip.has(lines[end + 1]!.n))) end += 1;
      const rows = lines.slice(i, end + 1).filter((row) => !skip.has(row.n));
      const filled = line.cells.filter(Boolean);
      if (rows.length === 1 && filled.length === 2 && /:$/.test(filled[0]!)) {
        out.entries.push({ kind: 'line', n: line.n, text: filled.join(' ') });
        out.pieces.set(line.n, filled);
      } else byColumn(rows as { n: number; cells: string[] }[], out);
      i = end + 1;
      continue;
    }
    if (line.segments.length >= 2) {
      // Two columns laid out with spaces: the gutter is a column of spaces between the pieces of
      // the two-piece lines near here; the region runs on while lines keep to one side of it
      // (a blank line or two, as under a signature, and page furniture do not end it).
      let last = i;
      for (let k = i + 1; k < lines.length && k <= last + 6; k++) {
        if (lines[k]!.cells) break;
        if (lines[k]!.segments.length >= 2) last = k;
      }
      const at = gutter(lines.slice(i, last + 1).filter((row) => !skip.has(row.n)));
      if (at !== null) {
        let end = i;
        let blanks = 0;
        for (let k = i + 1; k < lines.length; k++) {
          const next = lines[k]!;
          if (skip.has(next.n)) continue;
          if (next.cells || next.segments.length > 2 || !fits(next, at)) break;
          blanks = next.text === '' ? blanks + 1 : 0;
          if (blanks > 2) break;
          if (next.text !== '') end = k;
        }
        const rows = lines
          .slice(i, end + 1)
          .filter((row) => !skip.has(row.n) && row.text !== '')
          .map((row) => ({
            n: row.n,
            cells: [
              row.segments
                .filter((s) => s.x < at)
                .map((s) => s.text)
                .join(' '),
              row.segments
                .filter((s) => s.x >= at)
                .map((s) => s.text)
                .join(' '),
            ],
          }));
        byColumn(rows, out);
        i = end + 1;
        continue;
      }
    }
    out.entries.push({ kind: 'line', n: line.n, text: line.text });
    i += 1;
  }
  return out;
}
