/**
 * The "nothing silently dropped" check, run on the written output: every non-blank line of
 * the source must be found, as text, in the place the importer sent it: the MDX body (after
 * undoing the escaping), a string of the frontmatter (as re-read from the YAML), or the report.
 * Comparison ignores white space (lines were joined), `*` and `\` (markdown), bullet shapes.
 */
import type { SourceLine } from './lines.ts';
import { unescapeMdx } from './mdx.ts';
import { formatReport, type ImportReport } from './report.ts';

export interface Destination {
  lines: number[];
  kind: 'body' | 'frontmatter' | 'report';
  /** Where in that output, for messages. */
  where: string;
}

/** The form in which text is compared: no white space, no markdown emphasis or escapes. */
export function comparable(text: string): string {
  // Bullet and dash shapes too: a table cell's sub-event list is written back as "- " lines.
  return text.normalize('NFC').replace(/[\s*\\\-–—•+·▪●○►]/gu, '');
}

/** A source line as looked for: without its bullet (the body writes every bullet as "- "). */
const lineForm = (text: string) => comparable(text.replace(/^[-–—•+*·▪●○►]\s+/u, ''));

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

const MARKER = /^(?:\d{1,3}(?:\.\d{1,2})*\.?|[a-zđ][)./]|\([a-zđ]\))\s*/u;

/** Check that each non-blank line is in the output the importer sent it to. */
export function checkCoverage(
  lines: SourceLine[],
  destinations: Destination[],
  output: { frontmatter: unknown; body: string; report: ImportReport },
  pieces: Map<number, string[]> = new Map(),
): { checked: number; missing: { line: number; text: string }[] } {
  const body = comparable(unescapeMdx(output.body));
  const frontmatter = strings(output.frontmatter).map(comparable);
  const report = comparable(formatReport(output.report));
  const byLine = new Map<number, Destination[]>();
  for (const destination of destinations) {
    for (const n of destination.lines) byLine.set(n, [...(byLine.get(n) ?? []), destination]);
  }
  const missing: { line: number; text: string }[] = [];
  let checked = 0;
  for (const { n, text } of lines) {
    if (text === '') continue;
    checked += 1;
    // A line read in pieces (table cells, columns) is found when each piece is.
    const found = (pieces.get(n) ?? [text]).every((piece) =>
      (byLine.get(n) ?? []).some((destination) => {
        if (destination.kind === 'body') return body.includes(lineForm(piece));
        if (destination.kind === 'report') return report.includes(lineForm(piece));
        // A task's heading: its number is the task's ref, the rest is in its title.
        const rest = lineForm(destination.lines[0] === n ? piece.replace(MARKER, '') : piece);
        return rest === '' || frontmatter.some((value) => value.includes(rest));
      }),
    );
    if (!found) missing.push({ line: n, text });
  }
  return { checked, missing };
}
