/**
 * Task tables: the list of tasks laid out as a table (in an appendix, "PHỤ LỤC … DANH MỤC NHIỆM
 * VỤ", or inside the tasks section), with columns such as TT | Nội dung | Cơ quan chủ trì | Cơ quan
 * phối hợp | Thời gian thực hiện | Sản phẩm | Kinh phí. The rows come as lines of cells (a Word
 * table, tab-separated text) or as lines laid out in columns (a PDF page, `pdftotext -layout`),
 * where a row whose cells wrap takes several lines: a line with an empty TT cell continues the row
 * above. Each row becomes the blocks the structure parser reads in a plan's text: a heading
 * ("1.1 Duy trì …", "a) Tổ chức …") and labelled lines ("Cơ quan chủ trì: …"); a row with a number
 * and no agency, whose next rows are numbered under it, is a group. An empty agency cell under a
 * sibling that has one is a cell merged down (several tasks sharing a lead): the row takes the
 * value above, and the report says so.
 */
import { fold } from '../vietnamese.ts';
import type { Block, DroppedLine, SourceLine } from './lines.ts';
import { parseAttribute, type AttributeField } from './labels.ts';
import { romanValue } from './markers.ts';

type ColumnKind = 'ref' | 'content' | 'lead' | 'partners' | 'timing' | 'other';

/** What a column header names, after folding. */
function columnKind(header: string): ColumnKind {
  const folded = fold(header)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(?:s ?tt|so tt|so thu tu|tt)$/.test(folded)) return 'ref';
  if (/^(?:co quan|don vi)(?: chu tri| thuc hien| chu tri thuc hien)+$|^chu tri$/.test(folded)) return 'lead';
  if (/^(?:co quan|don vi)? ?phoi hop(?: thuc hien| chinh)?$/.test(folded)) return 'partners';
  if (/^(?:thoi gian|thoi han|tien do)\b/.test(folded)) return 'timing';
  if (/^(?:noi dung|nhiem vu|ten nhiem vu|hoat dong|ten hoat dong|cac nhiem vu)\b/.test(folded)) return 'content';
  return 'other';
}

/** The kinds of a row of header cells, or null when it is not the header of a task table. */
function headerKinds(cells: string[]): ColumnKind[] | null {
  const kinds = cells.map(columnKind);
  const has = (kind: ColumnKind) => kinds.filter((k) => k === kind).length === 1;
  return has('ref') && has('content') && has('lead') ? kinds : null;
}

const REF = /^\(?(?:([IVXLC]{1,6})|(\d{1,3}(?:\.\d{1,2})*)|([a-zđ]))[.)/]?\)?$/u;

/** A line of a table: its source line and one text per column. */
interface Fragment {
  n: number;
  cells: string[];
}

interface Row {
  /** The TT cell as the row's first line has it. */
  ref: string;
  lines: number[];
  cells: string[];
}

export interface TaskTable {
  /** Index (in `lines`) of the first line after the table. */
  end: number;
  blocks: Block[];
  dropped: DroppedLine[];
  notes: { line: number; message: string }[];
  /** For each line of the table, the pieces of text it holds (for the "nothing lost" check). */
  pieces: Map<number, string[]>;
}

/** The columns of a laid-out header spread over `count` lines: merged extents and their text. */
function layoutColumns(lines: SourceLine[]): { from: number; to: number; text: string }[] {
  const spans = lines
    .flatMap((line) => line.segments.map((s) => ({ from: s.x, to: s.x + s.text.length, text: s.text, n: line.n })))
    .sort((a, b) => a.from - b.from);
  const columns: { from: number; to: number; parts: { n: number; text: string }[] }[] = [];
  for (const span of spans) {
    const last = columns.at(-1);
    if (last && span.from < last.to) {
      last.to = Math.max(last.to, span.to);
      last.parts.push(span);
    } else columns.push({ from: span.from, to: span.to, parts: [span] });
  }
  return columns.map((c) => ({
    from: c.from,
    to: c.to,
    text: c.parts
      .sort((a, b) => a.n - b.n)
      .map((p) => p.text)
      .join(' '),
  }));
}

/** Cut a laid-out line into cells at the column boundaries. */
function cut(line: SourceLine, bounds: number[]): string[] {
  const cells = Array.from({ length: bounds.length + 1 }, () => [] as string[]);
  for (const segment of line.segments) {
    const column = bounds.filter((b) => b <= segment.x).length;
    cells[column]!.push(segment.text);
  }
  return cells.map((parts) => parts.join(' '));
}

/** The fragments of a laid-out table starting with a header at `start`, or null. */
function layoutTable(
  lines: SourceLine[],
  start: number,
  skip: Set<number>,
): { header: string[]; headerLines: number[]; fragments: Fragment[]; end: number } | null {
  for (let count = 1; count <= 3; count++) {
    const headerLines = lines.slice(start, start + count);
    if (headerLines.some((line) => line.cells || line.segments.length === 0)) return null;
    const columns = layoutColumns(headerLines);
    if (columns.length < 3 || !headerKinds(columns.map((c) => c.text))) continue;
    // The gaps between header columns stay free of text on every line of the table.
    const free = columns.slice(1).map((column, k) => {
      const from = columns[k]!.to;
      return { from, cells: Array.from({ length: Math.max(1, column.from - from) }, () => true) };
    });
    const fragments: Fragment[] = [];
    let end = start + count;
    let spanning = false;
    for (; end < lines.length; end++) {
      const line = lines[end]!;
      if (skip.has(line.n) || line.text === '') continue;
      if (line.cells) break;
      const next = free.map((gap) => {
        const cells = [...gap.cells];
        for (const s of line.segments) {
          for (let x = s.x; x < s.x + s.text.length; x++)
            if (x >= gap.from && x < gap.from + cells.length) cells[x - gap.from] = false;
        }
        return cells;
      });
      if (next.every((cells) => cells.some(Boolean))) {
        next.forEach((cells, k) => (free[k]!.cells = cells));
        spanning = false;
      } else {
        // A group row written across the columns ("1. Thông tin, truyền thông …"), and its wrapped lines.
        const first = line.segments[0]!;
        const startsRow = first.x < columns[1]!.from && REF.test(first.text.split(' ')[0]!);
        if (!startsRow && !spanning) break;
        spanning = true;
      }
      fragments.push({ n: line.n, cells: [] });
    }
    // Column boundaries: the middle of the widest free run of each gap.
    const bounds = free.map((gap) => {
      let best = { at: gap.from, length: 0 };
      let run = { at: gap.from, length: 0 };
      gap.cells.forEach((isFree, k) => {
        if (isFree) run = run.length ? { ...run, length: run.length + 1 } : { at: gap.from + k, length: 1 };
        else run = { at: 0, length: 0 };
        if (run.length > best.length) best = run;
      });
      return best.at + Math.floor(best.length / 2);
    });
    const byN = new Map(lines.map((line) => [line.n, line]));
    for (const fragment of fragments) {
      const line = byN.get(fragment.n)!;
      const ref = line.segments[0]!;
      // A spanning group row: its number, then its title in the content column.
      const crosses = line.segments.some((s) => bounds.some((b) => s.x < b && s.x + s.text.length > b));
      if (crosses) {
        const [marker, ...rest] =
          ref.x < bounds[0]!
            ? [ref.text, ...line.segments.slice(1).map((s) => s.text)]
            : ['', ...line.segments.map((s) => s.text)];
        const words = marker!.split(' ');
        const head = REF.test(words[0]!) ? words[0]! : '';
        const title = [head ? words.slice(1).join(' ') : marker, ...rest].filter(Boolean).join(' ');
        fragment.cells = [head, title, ...bounds.slice(1).map(() => '')];
      } else fragment.cells = cut(line, bounds);
    }
    return { header: columns.map((c) => c.text), headerLines: headerLines.map((l) => l.n), fragments, end };
  }
  return null;
}

/** The fragments of a tab-separated table starting with a header at `start`, or null. */
function cellTable(
  lines: SourceLine[],
  start: number,
  skip: Set<number>,
): { header: string[]; headerLines: number[]; fragments: Fragment[]; end: number } | null {
  const header = lines[start]!.cells;
  if (!header || !headerKinds(header)) return null;
  const fragments: Fragment[] = [];
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    if (skip.has(line.n)) continue;
    if (!line.cells) {
      if (line.text === '' && lines[end + 1]?.cells) continue;
      break;
    }
    fragments.push({ n: line.n, cells: line.cells });
  }
  return { header, headerLines: [lines[start]!.n], fragments, end };
}

const canonical: Record<'lead' | 'partners' | 'timing', { field: AttributeField; label: string }> = {
  lead: { field: 'lead', label: 'Cơ quan chủ trì' },
  partners: { field: 'partners', label: 'Cơ quan phối hợp' },
  timing: { field: 'timing', label: 'Thời gian thực hiện' },
};

/** "Cơ quan chủ trì: …" with the header's wording when it is a label of that field. */
function labelled(kind: 'lead' | 'partners' | 'timing', header: string, value: string): string {
  const own = parseAttribute(value);
  if (own && own.field === canonical[kind].field) return value;
  const label = parseAttribute(`${header}:`)?.field === canonical[kind].field ? header : canonical[kind].label;
  return `${label}: ${value}`;
}

/** The pieces of a lead cell that names one lead per sub-event ("Sở A: Tham gia …. Sở B: …"). */
function subEvents(value: string): string[] | null {
  const pieces = /^[-–•+]\s/u.test(value)
    ? value.split(/(?:^|\s)[-–•+]\s+/u).filter(Boolean)
    : value.split(/(?<=[.;])\s+(?=\p{Lu})/u);
  if (pieces.length < 2 || !pieces.every((piece) => /^[^:]{3,120}:\s*\S/u.test(piece))) return null;
  return pieces.map((piece) => piece.trim());
}

/** A content cell's title, then its labelled lines and bullets ("Nội dung: …", "- …") as blocks. */
function contentPieces(value: string): string[] {
  return value
    .split(/\s+(?=(?:Nội dung|Đối tượng|Số lượng)[^:]{0,30}:\s)|(?<=[.:;])\s+(?=[-–•+]\s)/u)
    .map((piece) => piece.trim())
    .filter(Boolean);
}

/** Read a task table whose header is at `start` (tab cells or columns); null when there is none. */
export function readTaskTable(lines: SourceLine[], start: number, skip: Set<number>): TaskTable | null {
  const found = cellTable(lines, start, skip) ?? layoutTable(lines, start, skip);
  if (!found) return null;
  const refColumn = headerKinds(found.header)!.indexOf('ref');
  const header = [...found.header];
  const firstHeader = found.header.map((cell) => fold(cell));
  const dropped: DroppedLine[] = [];
  const notes: TaskTable['notes'] = [];
  const pieces = new Map<number, string[]>();
  const headerLine = (n: number, text: string) =>
    dropped.push({ line: n, text, why: 'dòng tiêu đề của bảng nhiệm vụ: tên cột làm nhãn cho từng nhiệm vụ' });
  for (const n of found.headerLines) headerLine(n, lines.find((l) => l.n === n)!.text);
  const rows: Row[] = [];
  // The header printed again at the top of a later page, and its wrapped words under it.
  let repeatedHeader = false;
  for (const fragment of found.fragments) {
    const cells = header.map((_, k) => fragment.cells[k] ?? '');
    // A row is checked whole, on its first line (see below); its other lines hold parts of it.
    pieces.set(fragment.n, []);
    const text = cells.filter(Boolean);
    if (text.length && text.every((cell) => /^\(?\d{1,2}\)?$/.test(cell)) && text.length >= 3) {
      dropped.push({ line: fragment.n, text: text.join(' '), why: 'dòng đánh số cột của bảng' });
      continue;
    }
    const ref = cells[refColumn]!;
    const inHeader = (cell: string, k: number) => cell === '' || fold(header[k]!).includes(fold(cell));
    if (rows.length && fold(ref) === firstHeader[refColumn] && cells.every(inHeader)) repeatedHeader = true;
    else if (ref) repeatedHeader = false;
    if (repeatedHeader && cells.every(inHeader)) {
      dropped.push({ line: fragment.n, text: text.join(' '), why: 'dòng tiêu đề bảng lặp lại ở trang sau' });
      continue;
    }
    if (ref && REF.test(ref)) rows.push({ ref, lines: [fragment.n], cells });
    else if (rows.length) {
      const row = rows.at(-1)!;
      row.lines.push(fragment.n);
      cells.forEach((cell, k) => {
        if (cell) row.cells[k] = row.cells[k] ? `${row.cells[k]} ${cell}` : cell;
      });
    } else {
      // Before the first numbered row: the header's own wrapped words ("Cơ quan ⏎ chủ trì").
      header.forEach((_, k) => {
        if (cells[k]) header[k] = `${header[k]} ${cells[k]}`.trim();
      });
      headerLine(fragment.n, text.join(' '));
    }
  }
  // The kinds of the columns, from the header with all its words.
  const kinds = headerKinds(header) ?? headerKinds(found.header)!;
  const col = (kind: ColumnKind) => kinds.indexOf(kind);

  // Full refs: numbers as printed (under a Roman group, prefixed with its value), letters under the last number.
  let roman: number | null = null;
  const refs = rows.map((row) => {
    const m = REF.exec(row.ref)!;
    if (m[1] && romanValue(m[1]) !== null) {
      roman = romanValue(m[1]);
      return { kind: 'number' as const, ref: String(roman) };
    }
    if (m[2]) return { kind: 'number' as const, ref: roman !== null ? `${roman}.${m[2]}` : m[2] };
    return { kind: 'letter' as const, ref: m[3]! };
  });
  const fullRefs: string[] = [];
  let lastNumber = '';
  refs.forEach((r) => {
    if (r.kind === 'number') lastNumber = r.ref;
    fullRefs.push(r.kind === 'number' ? r.ref : `${lastNumber}.${r.ref}`);
  });
  const parentOf = (ref: string) => ref.split('.').slice(0, -1).join('.');

  // A cell merged down over several rows is printed once; in a PDF its text runs on into the rows
  // below when it is longer than the first row. A row with no lead of its own under a sibling that
  // has one is such a row: what its agency and time cells hold belongs to the merged cells above.
  let owner: Row | null = null;
  rows.forEach((row, k) => {
    const isGroup = fullRefs.slice(k + 1).some((other) => parentOf(other) === fullRefs[k]);
    const sibling = owner !== null && parentOf(fullRefs[rows.indexOf(owner)]!) === parentOf(fullRefs[k]!);
    if (isGroup || row.cells[col('lead')] || !sibling) {
      owner = !isGroup && row.cells[col('lead')] ? row : null;
      return;
    }
    for (const kind of ['partners', 'timing'] as const) {
      const c = col(kind);
      if (c >= 0 && row.cells[c]) {
        owner!.cells[c] = `${owner!.cells[c]} ${row.cells[c]}`.trim();
        row.cells[c] = '';
      }
    }
  });
  const blocks: Block[] = [];
  const value = (row: Row, kind: ColumnKind) => (col(kind) >= 0 ? row.cells[col(kind)]!.replace(/[.;\s]+$/u, '') : '');
  let previous: { ref: string; lead: string; partners: string; timing: string } | null = null;
  rows.forEach((row, k) => {
    const ref = fullRefs[k]!;
    const isGroup = fullRefs.slice(k + 1).some((other) => parentOf(other) === ref);
    // Each block, and the text of the row it holds (without the label taken from the header).
    const held: string[] = [];
    const block = (text: string, own = text) => {
      blocks.push({ text, lines: row.lines, fromTable: true });
      if (own) held.push(own);
    };
    pieces.set(row.lines[0]!, held);
    const marker = refs[k]!.kind === 'letter' ? `${refs[k]!.ref})` : ref.includes('.') ? ref : `${ref}.`;
    const [title = '', ...rest] = contentPieces(row.cells[col('content')] ?? '');
    block(`${marker} ${title}`.trim(), row.cells[col('ref')]!);
    if (title) held.push(title);
    rest.forEach((piece) => block(piece));
    let lead = value(row, 'lead');
    let partners = value(row, 'partners');
    let timing = value(row, 'timing');
    held.push(...[lead, partners, timing].filter(Boolean));
    if (!isGroup && !lead && previous && parentOf(previous.ref) === parentOf(ref)) {
      ({ lead } = previous);
      partners ||= previous.partners;
      timing ||= previous.timing;
      notes.push({
        line: row.lines[0]!,
        message: `bảng: ô “${header[col('lead')]}” của mục ${ref} để trống, lấy theo mục ${previous.ref} ở dòng trên (ô gộp)`,
      });
    }
    if (lead) {
      const events = subEvents(lead);
      if (events) {
        block(`${labelled('lead', header[col('lead')]!, '').replace(/:\s*$/, '')}:`, '');
        events.forEach((piece) => block(`- ${piece}`, ''));
      } else block(labelled('lead', header[col('lead')]!, lead), '');
    }
    if (partners) block(labelled('partners', header[col('partners')]!, partners), '');
    if (timing) block(labelled('timing', header[col('timing')]!, timing), '');
    kinds.forEach((kind, c) => {
      if (kind === 'other' && row.cells[c]) block(`${header[c]}: ${row.cells[c]}`, row.cells[c]);
    });
    if (!isGroup) previous = { ref, lead, partners, timing };
  });
  return { end: found.end, blocks, dropped, notes, pieces };
}
