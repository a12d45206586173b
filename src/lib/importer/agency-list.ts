/**
 * Splitting a list of agencies by the registry, not by commas: "Sở Văn hóa, Thể thao và Du
 * lịch, Tỉnh đoàn" is two agencies, not four. The list is cut at every ",", ";" and " và ";
 * from each position the longest run of pieces that the registry (src/lib/agencies.ts)
 * resolves is one agency. Pieces that resolve to nothing are kept together and reported as
 * unknown, never dropped. A ";" is always a boundary: no agency name contains one.
 */
import { resolveAgency } from '../agencies.ts';

export interface AgencySplit {
  /** Each agency as written in the plan, in order. */
  found: { asWritten: string; agency: string }[];
  /** Wordings the registry does not know, as written. */
  unknown: string[];
}

interface Piece {
  start: number;
  end: number;
  /** The separator that follows the piece ("," ";" "và" or "" at the end). */
  after: string;
}

// The longest registry wording has four separators ("Đoàn TNCS Hồ Chí Minh huyện, thị xã, thành phố").
const MAX_PIECES = 8;

// Plans repeat the same lists task after task: remember what the registry said about a wording.
const cache = new Map<string, string | null>();
function lookup(wording: string, province?: string): string | null {
  const key = `${province ?? ''}\u0000${wording}`;
  let id = cache.get(key);
  if (id === undefined) {
    id = resolveAgency(wording, province)?.id ?? null;
    if (cache.size > 20_000) cache.clear();
    cache.set(key, id);
  }
  return id;
}

/** Cut the list into pieces at ",", ";" and " và ", remembering each piece's place in the text. */
function pieces(list: string): Piece[] {
  const result: Piece[] = [];
  const separator = /\s*([,;])\s*|\s+(và)\s+/gu;
  let start = 0;
  for (const match of list.matchAll(separator)) {
    result.push({ start, end: match.index!, after: match[1] ?? match[2]! });
    start = match.index! + match[0].length;
  }
  result.push({ start, end: list.length, after: '' });
  return result.filter((piece) => piece.end > piece.start);
}

/** Tidy the text after a label: drop the final full stop and stray emphasis. */
export function cleanList(value: string): string {
  return value
    .replace(/\*\*/g, '')
    .replace(/[\s.;,]+$/u, '')
    .trim();
}

/** Split a list of agencies written in a plan of `province`. */
export function splitAgencies(value: string, province?: string): AgencySplit {
  const list = cleanList(value);
  const parts = pieces(list);
  const found: AgencySplit['found'] = [];
  const unknown: string[] = [];
  let pendingStart = -1;
  let pendingEnd = -1;
  const flush = () => {
    if (pendingStart >= 0) unknown.push(list.slice(pendingStart, pendingEnd).trim());
    pendingStart = -1;
  };
  let i = 0;
  while (i < parts.length) {
    let matched = -1;
    let agency: string | undefined;
    for (let j = Math.min(parts.length - 1, i + MAX_PIECES - 1); j >= i; j--) {
      // A span never crosses a ";".
      if (parts.slice(i, j).some((piece) => piece.after === ';')) continue;
      const wording = list.slice(parts[i]!.start, parts[j]!.end).trim();
      const id = lookup(wording, province);
      if (id) {
        matched = j;
        agency = id;
        break;
      }
    }
    if (matched >= 0) {
      flush();
      found.push({ asWritten: list.slice(parts[i]!.start, parts[matched]!.end).trim(), agency: agency! });
      i = matched + 1;
    } else {
      if (pendingStart < 0 || parts[i - 1]?.after === ';') {
        flush();
        pendingStart = parts[i]!.start;
      }
      pendingEnd = parts[i]!.end;
      i += 1;
    }
  }
  flush();
  return { found, unknown: unknown.filter((text) => text !== '') };
}
