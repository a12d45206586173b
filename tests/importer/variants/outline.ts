/**
 * The outline of a source plan, for making the files a user gets of the same plan: the head's two
 * columns (issuing body and number | national motto, place and date), the text in paragraphs,
 * the foot's two columns (recipients | signature), and the tasks section as rows of a task table
 * (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện). Read with the
 * importer's own line and structure modules from the raw text of sources/.
 */
import { readSourceLines, unwrap, type Block } from '../../../src/lib/importer/lines.ts';
import { parseHead, parseSignature } from '../../../src/lib/importer/header.ts';
import {
  buildItems,
  findSections,
  flatten,
  isSectionHeading,
  pickTasksSection,
  type Item,
} from '../../../src/lib/importer/structure.ts';
import { parseAttribute } from '../../../src/lib/importer/labels.ts';
import {
  isDocKind,
  isMotto,
  parseBullet,
  parseLettered,
  parseNumbered,
  parseRoman,
} from '../../../src/lib/importer/markers.ts';

export type ParaKind = 'kind' | 'title' | 'section' | 'number' | 'letter' | 'bullet' | 'text';

export interface Para {
  text: string;
  kind: ParaKind;
  /** For a numbered or lettered item: the marker as printed and the text after it. */
  marker?: string;
  rest?: string;
}

export interface Row {
  /** The TT cell: the item's marker as printed. */
  ref: string;
  depth: number;
  group: boolean;
  /** Paragraphs of the content cell: the item's title, then its other lines. */
  content: string[];
  /** Paragraphs of the agency cells (several for a lead per sub-event) and the time cell. */
  lead: string[];
  partners: string[];
  timing: string[];
  /** Rows sharing this row's agency and time cells (merged down), counting itself; 0 inside such a span. */
  span: number;
}

export interface Outline {
  /** A legal-library metadata block, printed before the document (Hưng Yên). */
  metadata: string[];
  headLeft: string[];
  headRight: string[];
  /** The text from "KẾ HOẠCH" to the foot, paragraph by paragraph. */
  body: Para[];
  /** The tasks section: its index in `body` (heading), the paragraphs it spans, its rows. */
  tasks: { heading: number; from: number; to: number; rows: Row[]; title: string };
  recipients: string[];
  signature: string[];
  /** The running title printed in a PDF's page header or footer. */
  runningTitle: string;
}

/** The paragraph kind of a block of the body. */
function para(text: string): Para {
  if (isDocKind(text)) return { text, kind: 'kind' };
  if (isSectionHeading(text) && parseRoman(text)) return { text, kind: 'section' };
  const numbered = parseNumbered(text);
  if (numbered) return { text, kind: 'number', marker: numbered.marker, rest: numbered.title };
  const lettered = parseLettered(text);
  if (lettered) return { text, kind: 'letter', marker: `${lettered.letter})`, rest: lettered.title };
  if (parseBullet(text) !== null) return { text, kind: 'bullet' };
  return { text, kind: 'text' };
}

const TIME_HEADER = 'Thời gian thực hiện';

/** The rows of the task table: one per item of the tasks section, depth first. */
function taskRows(blocks: Block[], items: Item[]): Row[] {
  const rows: Row[] = [];
  const text = (i: number) => blocks[i]!.text;
  const visit = (siblings: Item[], depth: number) => {
    // Attributes stated once after the last of several items: one merged cell over their rows.
    const last = siblings.at(-1);
    let shared = -1;
    if (last && last.children.length === 0 && last.intro.some((i) => parseAttribute(text(i))?.field === 'lead')) {
      shared = siblings.length - 1;
      while (shared > 0) {
        const previous = siblings[shared - 1]!;
        if (previous.children.length || previous.intro.some((i) => parseAttribute(text(i)))) break;
        shared -= 1;
      }
    }
    siblings.forEach((item, k) => {
      const row: Row = {
        ref: item.marker,
        depth,
        group: item.children.length > 0,
        content: [item.title],
        lead: [],
        partners: [],
        timing: [],
        span: 1,
      };
      for (let j = 0; j < item.intro.length; j++) {
        const value = text(item.intro[j]!);
        const attribute = parseAttribute(value);
        if (attribute?.field === 'lead') {
          if (attribute.value) row.lead.push(attribute.value);
          // "Cơ quan chủ trì thực hiện:" then one "- Sở A: Tham gia …" per sub-event.
          while (!attribute.value && j + 1 < item.intro.length && parseBullet(text(item.intro[j + 1]!))?.includes(':'))
            row.lead.push(text(item.intro[++j]!));
        } else if (attribute?.field === 'partners') row.partners.push(attribute.value);
        else if (attribute?.field === 'timing')
          row.timing.push(attribute.label === TIME_HEADER ? attribute.value : `${attribute.label}: ${attribute.value}`);
        else row.content.push(value);
      }
      rows.push(row);
      if (shared >= 0 && shared < siblings.length - 1 && k >= shared) {
        const first = rows[rows.length - 1 - (k - shared)]!;
        if (k === shared) first.span = siblings.length - shared;
        else row.span = 0;
        if (k === siblings.length - 1) {
          // The shared cells sit in the first row of the span, as Word and HTML draw a merged cell.
          [first.lead, first.partners, first.timing] = [row.lead, row.partners, row.timing];
          if (first !== row) [row.lead, row.partners, row.timing] = [[], [], []];
        }
      }
      visit(item.children, depth + 1);
    });
  };
  visit(items, 0);
  return rows;
}

/** Read the outline of a source plan's raw text. */
export function outline(raw: string, runningTitle: string): Outline {
  const lines = readSourceLines(raw);
  const { blocks } = unwrap(lines);
  const signature = parseSignature(blocks, 0);
  const firstSection = blocks.findIndex((b, i) => i < signature.footStart && isSectionHeading(b.text));
  const head = parseHead(blocks, firstSection);
  const sections = findSections(blocks, firstSection, signature.footStart);
  const tasksSection = pickTasksSection(blocks, sections)!;
  const tree = buildItems(blocks, tasksSection);

  const result: Outline = {
    metadata: head.metadata.map((i) => blocks[i]!.text),
    headLeft: [],
    headRight: [],
    body: [],
    tasks: { heading: -1, from: -1, to: -1, rows: taskRows(blocks, tree.items), title: tasksSection.title },
    recipients: [],
    signature: [],
    runningTitle,
  };
  const start = head.docKind >= 0 ? head.docKind : head.titleBlock >= 0 ? head.titleBlock : firstSection;
  for (let i = 0; i < start; i++) {
    if (head.metadata.includes(i)) continue;
    const text = blocks[i]!.text;
    if (isMotto(text) || /,\s*ngày\s/u.test(text)) result.headRight.push(text);
    else if (text.trim()) result.headLeft.push(text);
  }
  const taskBlocks = new Set([tasksSection.heading, ...tasksSection.blocks]);
  const itemBlocks = new Set(flatten(tree.items).flatMap((item) => [item.heading, ...item.intro]));
  for (let i = start; i < signature.footStart; i++) {
    const p = para(blocks[i]!.text);
    if (i === head.titleBlock) p.kind = 'title';
    if (i === tasksSection.heading) result.tasks.heading = result.body.length;
    if (taskBlocks.has(i) && itemBlocks.has(i) && result.tasks.from < 0) result.tasks.from = result.body.length;
    result.body.push(p);
    if (itemBlocks.has(i)) result.tasks.to = result.body.length;
  }
  for (let i = signature.footStart; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (i === signature.footStart || (parseBullet(text) !== null && result.signature.length === 0))
      result.recipients.push(text);
    else result.signature.push(text);
  }
  return result;
}
