/**
 * A Word file (.docx) of a plan, made with the `docx` package the way a provincial office types
 * one: A4, Times New Roman 14 pt; the head and the foot as borderless two-column tables; numbered
 * items (1., 1.1.) in Word's automatic numbering where the source numbers them in sequence, other
 * markers typed; with `table`, the tasks as a bordered table in an appendix after the signature,
 * agency and time cells merged down where several tasks share them.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Outline, Para } from './outline.ts';
import { rowCells, TABLE_HEADER } from './text.ts';

const FONT = 'Times New Roman';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const run = (text: string, bold = false) => new TextRun({ text, bold, font: FONT, size: 28 });

/** Two columns of centred lines, without borders. */
function twoColumns(left: string[], right: string[], boldRight = false): Table {
  const cell = (lines: string[], bold: boolean) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: (lines.length ? lines : ['']).map(
        (text) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, bold)] }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, false), cell(right, boldRight)] })],
  });
}

/** The numbering a run of numbered items can use: all of one depth, counting 1, 2, 3… under their parents. */
function numberedInSequence(body: Para[]): Set<number> {
  const ok = new Set<number>();
  const counters = new Map<string, number>();
  body.forEach((p, k) => {
    if (p.kind === 'section') counters.clear();
    if (p.kind !== 'number') return;
    const parts = p.marker!.replace(/\.$/, '').split('.');
    const parent = parts.slice(0, -1).join('.');
    const expected = (counters.get(parent) ?? 0) + 1;
    counters.set(parent, Number(parts.at(-1)));
    for (const key of [...counters.keys()]) if (key.startsWith(`${parts.join('.')}.`)) counters.delete(key);
    if (Number(parts.at(-1)) === expected && parts.length <= 2) ok.add(k);
  });
  return ok;
}

/** The .docx bytes of the plan; with `table`, its tasks in an appendix table. */
export async function docxFile(o: Outline, table: boolean): Promise<Uint8Array> {
  const auto = numberedInSequence(o.body);
  // "1.1" or "1.1." as the source prints its second level.
  const second = o.body.find((p) => p.kind === 'number' && p.marker!.split('.').filter(Boolean).length === 2);
  const secondText = second?.marker!.endsWith('.') ? '%1.%2.' : '%1.%2';
  let instance = 0;
  const children: (Paragraph | Table)[] = [];
  for (const text of o.metadata) children.push(new Paragraph({ children: [run(text)] }));
  if (o.headLeft.length || o.headRight.length) children.push(twoColumns(o.headLeft, o.headRight, true));
  o.body.forEach((p, k) => {
    if (table && k === o.tasks.from)
      children.push(new Paragraph({ children: [run('Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.')] }));
    if (table && k >= o.tasks.from && k < o.tasks.to) return;
    if (p.kind === 'section') instance += 1;
    if (p.kind === 'kind' || p.kind === 'title') {
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(p.text, true)] }));
    } else if (p.kind === 'number' && auto.has(k)) {
      const level = p.marker!.replace(/\.$/, '').split('.').length - 1;
      children.push(
        new Paragraph({
          alignment: AlignmentType.BOTH,
          numbering: { reference: 'items', level, instance },
          children: [run(p.rest!, level === 0)],
        }),
      );
    } else {
      children.push(new Paragraph({ alignment: AlignmentType.BOTH, children: [run(p.text, p.kind === 'section')] }));
    }
  });
  children.push(twoColumns(o.recipients, o.signature, true));
  if (table) {
    const cell = (lines: string[], extra: Record<string, unknown> = {}) =>
      new TableCell({
        ...extra,
        children: (lines.length ? lines : ['']).map((text) => new Paragraph({ children: [run(text)] })),
      });
    const rows = [
      new TableRow({ tableHeader: true, children: TABLE_HEADER.map((text) => cell([text])) }),
      ...o.tasks.rows.map((row) => {
        const [ref, content, ...shared] = rowCells(row);
        return new TableRow({
          children: [
            cell(ref!),
            cell(content!),
            ...(row.span === 0 ? [] : shared.map((lines) => cell(lines, row.span > 1 ? { rowSpan: row.span } : {}))),
          ],
        });
      }),
    ];
    children.push(
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: [run('PHỤ LỤC', true)] }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(`DANH MỤC NHIỆM VỤ ${o.tasks.title.toUpperCase()}`, true)],
      }),
      new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
    );
  }
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.DECIMAL, text: secondText, alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
