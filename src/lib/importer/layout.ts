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
    if (skip.has(line.n)) {
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
      // Two columns laid out with spaces: the lines with two pieces, the blank lines and the
      // lines that stay on one side of the gutter between them, then the left column's tail.
      let last = i;
      for (let k = i + 1; k < lines.length && k <= last + 6; k++) {
        const next = lines[k]!;
        if (next.cells) break;
        if (next.segments.length >= 2) last = k;
      }
      const core = lines.slice(i, last + 1).filter((row) => !skip.has(row.n));
      const at = gutter(core);
      if (at !== null && core.every((row) => fits(row, at))) {
        let end = last;
        while (end + 1 < lines.length) {
          const next = lines[end + 1]!;
          if (skip.has(next.n)) {
            end += 1;
            continue;
          }
          if (next.cells || next.text === '' || next.segments.length !== 1 || next.segments[0]!.x >= at) break;
          if (next.segments[0]!.x + next.segments[0]!.text.length > at) break;
          end += 1;
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
