/**
 * The document model every format reader produces and the structure parser consumes: the lines of
 * a plan in reading order, each with its page and its position, and table rows as cells. A model
 * is written out as plain text (the copy kept in sources/, which the line numbers of the report and
 * of plan.corrections refer to) and that text reads back into the same model:
 *
 * - a page break is a form feed (`\f`) at the start of the page's first line, as `pdftotext` writes;
 * - a table row is one line of cells separated by tabs, as Word's "plain text" writes;
 * - a line laid out in columns (a PDF page, `pdftotext -layout`) keeps its columns as runs of two
 *   or more spaces, each piece at its character column.
 *
 * Pure: no file system, no Node API (the same code runs in the browser).
 */

/** A piece of a laid-out line: the character column it starts at, and its text. */
export interface Segment {
  x: number;
  text: string;
}

/** One line of a document. */
export interface DocLine {
  /** The line as written in the source text (tabs and column spacing kept, page break removed). */
  text: string;
  /** 1-based page, or null when the source marks no pages. */
  page: number | null;
  /** The cells of a table row (a Word table, tab-separated text), or null. */
  cells: string[] | null;
  /** The pieces of the line by column (start column and text); one piece for ordinary text. */
  segments: Segment[];
}

/** What a reader made of a file: its lines, and what it noticed on the way (encoding, layout). */
export interface PlanDocument {
  /** The reader that made it. */
  format: 'text' | 'docx' | 'pdf';
  /** How the bytes were decoded ("UTF-8", "UTF-16 LE", "Windows-1258"…), for the report. */
  encoding: string;
  lines: DocLine[];
  /** Facts for the report, with the line they concern (null for the whole file). */
  notes: { line: number | null; message: string }[];
}

// A list marker followed by a tab ("1.1.\tDuy trì…", "a.\tTổ chức…", "-\t…"): Word's plain text
// writes automatic numbering and bullets this way; when it is the line's only tab, it is a space,
// not a cell boundary (a table row, "1.1\tDuy trì…\tSở …", has more).
const MARKER_TAB = /^\s*(?:\(?[a-zđ]\)|[a-zđ][.)/]|\d{1,3}(?:\.\d{1,2})*\.?|[IVXLC]{1,8}\.|[-–—•+*·▪●○►o])\t/u;

/** The pieces of a line split at runs of two or more spaces, with their columns. */
export function lineSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  for (const match of text.matchAll(/\S+(?: \S+)*/g)) segments.push({ x: match.index!, text: match[0] });
  return segments;
}

/** Read one line of text into a DocLine (the page is set by the caller). */
function docLine(text: string, page: number | null): DocLine {
  const untabbed =
    text.split('\t').length === 2 ? text.replace(MARKER_TAB, (marker) => `${marker.slice(0, -1)} `) : text;
  const cells = untabbed.includes('\t') ? untabbed.split('\t').map((cell) => cell.trim()) : null;
  return { text, page, cells, segments: cells ? [] : lineSegments(untabbed.replace(/\t/g, ' ')) };
}

/** Read a decoded text into the document model (the inverse of `documentText`). */
export function textDocument(text: string, format: PlanDocument['format'] = 'text', encoding = 'UTF-8'): PlanDocument {
  const paged = text.includes('\f');
  let page = 1;
  const lines = text.split(/\r\n|\r|\n/).map((raw) => {
    let line = raw;
    while (line.includes('\f')) {
      page += 1;
      line = line.replace('\f', '');
    }
    return docLine(line, paged ? page : null);
  });
  return { format, encoding, lines, notes: [] };
}

/** The text of a document, as kept in sources/: lines, tabs between cells, a form feed per page break. */
export function documentText(document: PlanDocument): string {
  let page = document.lines[0]?.page ?? null;
  return document.lines
    .map((line) => {
      const breaks = page !== null && line.page !== null && line.page > page ? '\f'.repeat(line.page - page) : '';
      if (line.page !== null) page = line.page;
      return `${breaks}${line.cells ? line.cells.join('\t') : line.text}`;
    })
    .join('\n');
}

/** Lay out pieces of text at character columns (at least two spaces between pieces). */
export function layoutLine(segments: Segment[]): string {
  let out = '';
  for (const segment of segments) {
    const gap = out === '' ? segment.x : Math.max(2, segment.x - out.length);
    out += ' '.repeat(gap) + segment.text;
  }
  return out;
}
