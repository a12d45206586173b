/**
 * CSV files that open correctly in Excel with Vietnamese text: UTF-8 with a byte-order mark,
 * fields as RFC 4180 writes them (CRLF line ends, quoted when needed, quotes doubled).
 * Shared by /data/tasks.csv and the comparison tables' CSV downloads.
 */

/** The byte-order mark that makes Excel read the file as UTF-8. */
export const BOM = '\uFEFF';

/** Collapse runs of white space (line breaks, tabs, non-breaking spaces) to one space, trimmed. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One field, quoted when it holds a quote, a comma, a semicolon or a line break. */
export function csvField(value: string): string {
  return /["\r\n,;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A whole CSV file from its rows (the header first): BOM, then each row ended by CRLF. */
export function toCsv(rows: string[][]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
