/**
 * Text files of a plan as people get them: Word's "plain text" (tabs after automatic numbers,
 * "a." for lettered items, the head and the foot as tab-separated cells, a task table as
 * tab-separated rows), the layout text of `pdftotext -layout` (columns set with spaces, a
 * wrapped task table, page breaks and page numbers), and the same text in UTF-16 or in the
 * legacy Windows-1258 code page.
 */
import type { Outline, Para, Row } from './outline.ts';

export const TABLE_HEADER = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'];

/** The paragraphs of the body as Word's plain text writes them. */
function wordLine(p: Para): string {
  if (p.kind === 'number') return `${p.marker}\t${p.rest}`;
  if (p.kind === 'letter') return `${p.marker!.replace(')', '.')}\t${p.rest}`;
  if (p.kind === 'bullet') return p.text.replace(/^[-–•+]\s+/u, '-\t');
  return p.text;
}

/** Two columns side by side as tab-separated lines. */
const columns = (left: string[], right: string[]) =>
  Array.from({ length: Math.max(left.length, right.length) }, (_, k) => `${left[k] ?? ''}\t${right[k] ?? ''}`);

const cell = (paragraphs: string[]) => paragraphs.join(' ');

/** A task row as the cells of a table (content, agencies and time; merged cells left empty). */
export function rowCells(row: Row): string[][] {
  return [[row.ref], row.content, row.lead, row.partners, row.timing];
}

/** Word's "plain text" of the plan; with `table`, the tasks as a tab-separated table in their section. */
export function wordText(o: Outline, table: boolean): string {
  const out: string[] = [...o.metadata, ...columns(o.headLeft, o.headRight)];
  o.body.forEach((p, k) => {
    if (table && k === o.tasks.from) {
      out.push(TABLE_HEADER.join('\t'), ...o.tasks.rows.map((row) => rowCells(row).map(cell).join('\t')));
    }
    if (!table || k < o.tasks.from || k >= o.tasks.to) out.push(wordLine(p));
  });
  out.push(...columns(o.recipients, o.signature));
  return `${out.join('\r\n')}\r\n`;
}

/** Wrap a text at `width` characters. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length));
const center = (text: string, width: number) =>
  pad(' '.repeat(Math.max(0, Math.floor((width - text.length) / 2))) + text, width);

const WIDTHS = [6, 44, 20, 26, 18];
const GUTTER = '   ';

/** Lines of a table row laid out in fixed-width columns, cells wrapped inside them. */
function layoutRow(cells: string[]): string[] {
  const wrapped = cells.map((text, k) => (text ? wrap(text, WIDTHS[k]!) : []));
  const height = Math.max(1, ...wrapped.map((lines) => lines.length));
  return Array.from({ length: height }, (_, line) =>
    wrapped
      .map((lines, k) => pad(lines[line] ?? '', WIDTHS[k]!))
      .join(GUTTER)
      .trimEnd(),
  );
}

/**
 * The layout text `pdftotext -layout` writes for the plan printed with its tasks in an appendix
 * table: text wrapped at 90 columns with a left margin, the head and the foot in two columns,
 * a form feed and the page number ("- 2 -") at the top of every page after the first.
 */
export function layoutText(o: Outline): string {
  const margin = '      ';
  const lines: string[] = [...o.metadata.flatMap((text) => wrap(text, 90).map((l) => margin + l)), ''];
  const twoColumns = (left: string[], right: string[]) => {
    for (let k = 0; k < Math.max(left.length, right.length); k++)
      lines.push(`${margin}${center(left[k] ?? '', 40)}${GUTTER}${center(right[k] ?? '', 48)}`.trimEnd());
    lines.push('');
  };
  twoColumns(o.headLeft, o.headRight);
  o.body.forEach((p, k) => {
    if (k === o.tasks.from) lines.push(`${margin}Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.`, '');
    if (k >= o.tasks.from && k < o.tasks.to) return;
    const centered = p.kind === 'kind' || p.kind === 'title';
    for (const line of wrap(p.text, 90))
      lines.push(centered ? `${margin}${center(line, 90)}`.trimEnd() : margin + line);
    lines.push('');
  });
  twoColumns(o.recipients, o.signature);
  lines.push(`\f${margin}${center('PHỤ LỤC', 130)}`.trimEnd());
  lines.push(`${margin}${center(`DANH MỤC NHIỆM VỤ ${o.tasks.title.toUpperCase()}`, 130)}`.trimEnd(), '');
  lines.push(...layoutRow(TABLE_HEADER).map((l) => margin + l));
  for (const row of o.tasks.rows) {
    lines.push('');
    lines.push(...layoutRow(rowCells(row).map(cell)).map((l) => margin + l));
  }
  // Pages of 60 lines: a form feed and the page number at the top of each page after the first.
  const out: string[] = [];
  let page = 1;
  let onPage = 0;
  for (const line of lines) {
    if (line.startsWith('\f') || onPage >= 60) {
      page += 1;
      onPage = 0;
      out.push(`\f${margin}${center(`- ${page} -`, 90)}`.trimEnd(), '');
    }
    out.push(line.replace(/^\f/, ''));
    onPage += 1;
  }
  return `${out.join('\n')}\n`;
}

/** UTF-16 (little or big endian) with its byte-order mark, lines ending CRLF, as Notepad saves "Unicode". */
export function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  const bytes = new Uint8Array(2 + crlf.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < crlf.length; i++) view.setUint16(2 + i * 2, crlf.charCodeAt(i), order === 'le');
  return bytes;
}

/** Windows-1258: base letters and combining tone marks; throws on a character the code page lacks. */
export function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const char of text.replace(/\r?\n/g, '\r\n')) {
    const direct = table.get(char);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const decomposed = char.normalize('NFD');
    const tones = [...decomposed].filter((c) => /[\u0300\u0301\u0303\u0309\u0323]/.test(c));
    const base = [...decomposed]
      .filter((c) => !tones.includes(c))
      .join('')
      .normalize('NFC');
    const bytes = [base, ...tones].map((c) => table.get(c));
    if (bytes.some((b) => b === undefined))
      throw new Error(`Windows-1258 has no “${char}” (U+${char.codePointAt(0)!.toString(16)})`);
    out.push(...(bytes as number[]));
  }
  return new Uint8Array(out);
}
