/**
 * The reader of Word files (.docx, Office Open XML): the paragraphs of the document in order,
 * each table row as lines of cells (a cell's paragraphs one under the other), and the numbers of
 * automatic numbering written out as Word shows them ("1.", "1.1.", "a)"), computed from the
 * numbering definitions. Page headers and footers (separate parts of the file) are furniture and
 * are not read. The file is unzipped with fflate and its XML read with @xmldom/xmldom, both of
 * which run in Node and in browsers.
 */
import { unzipSync } from 'fflate';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { textDocument, type PlanDocument } from '../document.ts';
import { ImportError } from '../structure.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Parse one XML part; a malformed part is an ImportError. */
function parseXml(xml: string, part: string, name: string): XmlElement {
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning')
        throw new ImportError(`${name}: phần ${part} của tệp Word hỏng (${message.trim()})`, null, 'damaged');
    },
  }).parseFromString(xml, 'text/xml');
  return document.documentElement as XmlElement;
}

/** Child elements of `node` in the Word namespace with local name `local`. */
function children(node: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (
      child.nodeType === 1 &&
      (!local || ((child as XmlElement).localName === local && (child as XmlElement).namespaceURI === W))
    )
      out.push(child as XmlElement);
  }
  return out;
}

const child = (node: XmlElement | undefined, local: string) => (node ? children(node, local)[0] : undefined);
const attr = (node: XmlElement | undefined, local: string) => node?.getAttributeNS(W, local) ?? null;

interface Level {
  start: number;
  format: string;
  text: string;
}

/** The numbering definitions: for each numId, its levels and start overrides. */
function readNumbering(root: XmlElement | null): Map<string, Level[]> {
  const result = new Map<string, Level[]>();
  if (!root) return result;
  const abstract = new Map<string, Level[]>();
  for (const definition of children(root, 'abstractNum')) {
    const levels: Level[] = [];
    for (const level of children(definition, 'lvl')) {
      levels[Number(attr(level, 'ilvl') ?? 0)] = {
        start: Number(attr(child(level, 'start'), 'val') ?? 1),
        format: attr(child(level, 'numFmt'), 'val') ?? 'decimal',
        text: attr(child(level, 'lvlText'), 'val') ?? '',
      };
    }
    abstract.set(attr(definition, 'abstractNumId') ?? '', levels);
  }
  for (const num of children(root, 'num')) {
    const levels = (abstract.get(attr(child(num, 'abstractNumId'), 'val') ?? '') ?? []).map((level) => ({ ...level }));
    for (const override of children(num, 'lvlOverride')) {
      const start = attr(child(override, 'startOverride'), 'val');
      const level = levels[Number(attr(override, 'ilvl') ?? 0)];
      if (start !== null && level) level.start = Number(start);
    }
    result.set(attr(num, 'numId') ?? '', levels);
  }
  return result;
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** A counter in a level's number format (decimal, lowerLetter, upperRoman…). */
function formatNumber(value: number, format: string): string {
  const letters = () => {
    const letter = String.fromCharCode(97 + ((value - 1) % 26));
    return letter.repeat(Math.floor((value - 1) / 26) + 1);
  };
  const roman = () => {
    let rest = value;
    let out = '';
    for (const [n, r] of ROMAN) while (rest >= n) [rest, out] = [rest - n, out + r];
    return out;
  };
  switch (format) {
    case 'lowerLetter':
      return letters();
    case 'upperLetter':
      return letters().toUpperCase();
    case 'lowerRoman':
      return roman();
    case 'upperRoman':
      return roman().toUpperCase();
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/** Counts automatic numbering through the document, as Word does (per list, deeper levels restart). */
class Numbering {
  private counters = new Map<string, number[]>();
  private definitions: Map<string, Level[]>;
  constructor(definitions: Map<string, Level[]>) {
    this.definitions = definitions;
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`, or '' (no such list). */
  next(numId: string, ilvl: number): string {
    const levels = this.definitions.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level || numId === '0') return '';
    const counts = this.counters.get(numId) ?? [];
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
    counts.length = ilvl + 1;
    this.counters.set(numId, counts);
    if (level.format === 'bullet') return /^[-–+•*]$/.test(level.text) ? level.text : '•';
    return level.text.replace(/%(\d)/g, (_, k: string) => {
      const index = Number(k) - 1;
      return formatNumber(counts[index] ?? levels[index]?.start ?? 1, levels[index]?.format ?? 'decimal');
    });
  }
}

/** The style id → numbering of paragraph styles that carry a list ("List Number"…). */
function styleNumbering(root: XmlElement | null): Map<string, { numId: string; ilvl: number }> {
  const result = new Map<string, { numId: string; ilvl: number }>();
  if (!root) return result;
  for (const style of children(root, 'style')) {
    const numPr = child(child(style, 'pPr'), 'numPr');
    const numId = attr(child(numPr, 'numId'), 'val');
    if (numId)
      result.set(attr(style, 'styleId') ?? '', { numId, ilvl: Number(attr(child(numPr, 'ilvl'), 'val') ?? 0) });
  }
  return result;
}

/** The text of a paragraph, in order: runs, tabs, breaks (a break starts a new line). */
function paragraphLines(paragraph: XmlElement): string[] {
  const lines = [''];
  const walk = (node: XmlElement) => {
    for (const element of children(node)) {
      const local = element.localName;
      if (element.namespaceURI !== W) {
        // Alternate content: read the first choice only (its fallback repeats the same text).
        if (local === 'Fallback') continue;
        walk(element);
        continue;
      }
      if (local === 't') lines[lines.length - 1] += element.textContent ?? '';
      else if (local === 'tab') lines[lines.length - 1] += '\t';
      else if (local === 'br' || local === 'cr') {
        if (attr(element, 'type') !== 'page') lines.push('');
      } else if (local === 'noBreakHyphen') lines[lines.length - 1] += '-';
      else if (local !== 'pPr' && local !== 'rPr' && local !== 'delText' && local !== 'instrText') walk(element);
    }
  };
  walk(paragraph);
  return lines;
}

/** Read a .docx file's bytes into the document model. */
export function readDocx(bytes: Uint8Array, name: string): PlanDocument {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => /^word\/(?:document|numbering|styles)\.xml$/.test(file.name) });
  } catch (error) {
    throw new ImportError(`${name}: tệp Word hỏng, không giải nén được (${(error as Error).message})`, null, 'damaged');
  }
  const part = (path: string) => {
    const data = files[path];
    return data ? parseXml(new TextDecoder('utf-8').decode(data), path, name) : null;
  };
  const document = part('word/document.xml');
  if (!document) throw new ImportError(`${name}: không phải tệp Word .docx (thiếu word/document.xml)`, null, 'format');
  const numbering = new Numbering(readNumbering(part('word/numbering.xml')));
  const styles = styleNumbering(part('word/styles.xml'));
  const body = child(document, 'body');
  if (!body) throw new ImportError(`${name}: tệp Word không có phần thân`, null, 'damaged');

  const paragraph = (p: XmlElement): string[] => {
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    const styled = styles.get(attr(child(pPr, 'pStyle'), 'val') ?? '');
    const numId = attr(child(numPr, 'numId'), 'val') ?? styled?.numId;
    const ilvl = Number(attr(child(numPr, 'ilvl'), 'val') ?? styled?.ilvl ?? 0);
    const lines = paragraphLines(p);
    const label = numId ? numbering.next(numId, ilvl) : '';
    if (label && lines.some((line) => line.trim() !== '')) lines[0] = `${label} ${lines[0]!.trimStart()}`;
    return lines;
  };
  // A cell's paragraphs (tables inside it read row by row), tabs inside a cell read as spaces.
  const cellLines = (cell: XmlElement): string[] =>
    children(cell).flatMap((element) =>
      element.localName === 'p'
        ? paragraph(element).map((line) => line.replace(/\t/g, ' ').trim())
        : element.localName === 'tbl'
          ? table(element).map((line) => line.replace(/\t/g, ' ').trim())
          : [],
    );
  // Each row: as many lines as its fullest cell has paragraphs; a merged cell spans empty cells.
  const table = (tbl: XmlElement): string[] =>
    children(tbl, 'tr').flatMap((row) => {
      const cells: string[][] = [];
      for (const cell of children(row, 'tc')) {
        const tcPr = child(cell, 'tcPr');
        const merged = child(tcPr, 'vMerge');
        const continued = merged !== undefined && attr(merged, 'val') !== 'restart';
        cells.push(continued ? [] : cellLines(cell).filter((line) => line !== ''));
        const span = Number(attr(child(tcPr, 'gridSpan'), 'val') ?? 1);
        for (let k = 1; k < span; k++) cells.push([]);
      }
      const height = Math.max(1, ...cells.map((lines) => lines.length));
      return Array.from({ length: height }, (_, k) => cells.map((lines) => lines[k] ?? '').join('\t'));
    });

  const out: string[] = [];
  for (const element of children(body)) {
    if (element.localName === 'p') out.push(...paragraph(element));
    else if (element.localName === 'tbl') out.push('', ...table(element), '');
  }
  return textDocument(out.join('\n'), 'docx', 'Word (.docx)');
}
