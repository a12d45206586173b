/**
 * CSV files that open correctly in Excel with Vietnamese text: UTF-8 with a byte-order mark,
 * fields as RFC 4180 writes them (CRLF line ends, quoted when needed, quotes doubled), and no
 * cell a spreadsheet would run as a formula (see formulaSafe). Shared by /data/tasks.csv, the
 * comparison tables' CSV files and the in-page CSV of src/client/compare.ts.
 */

/** The byte-order mark that makes Excel read the file as UTF-8. */
export const BOM = '\uFEFF';

/** Collapse runs of white space (line breaks, tabs, non-breaking spaces) to one space, trimmed. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV injection"): = + - @ tab CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell that a spreadsheet would read as a formula ("=HYPERLINK(…)", "+1", "@SUM(…)", and also a
 * plan's "- list item") gets a single quote in front, so that it is shown as text and never run.
 * Applied to every cell alike, whatever its column: a reader of the file strips one leading "'"
 * from a cell whose next character is one of = + - @ tab CR (documented on /du-lieu/).
 */
export function formulaSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One field, formula-safe; quoted when it holds a quote, a comma, a semicolon or a line break,
 * and when it was made formula-safe (OWASP: the quote prefix inside double quotes).
 */
export function csvField(value: string): string {
  const safe = formulaSafe(value);
  return safe !== value || /["\r\n,;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file from its rows (the header first): BOM, then each row ended by CRLF. */
export function toCsv(rows: string[][]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
