/**
 * The outline of a plan: Roman-numeral sections (I., II., … which may skip a number), and in
 * each, numbered items (1., 1.1, 1.1.) and lettered items (a) … đ) … g)) as a tree. A numbered
 * item with children is a heading or a group; an item without children may be a task. When
 * the numbering cannot be made into a tree (an item "2.1" outside "2", a number given twice),
 * the import stops with an `ImportError` naming the line.
 */
import { fold } from '../vietnamese.ts';
import type { Block } from './lines.ts';
import { isAllCaps, nextLetters, parseLettered, parseNumbered, parseRoman } from './markers.ts';
import { parseAttribute } from './labels.ts';

/**
 * Why an import stopped, so that a person can be told what to do next: the file is over a limit,
 * empty, of a kind not read (an old .doc), damaged, a scan with no text, in an encoding not
 * recognised, not a plan (no sections, no tasks: a news item), or the importer failed its own
 * checks of what it wrote.
 */
export type ImportErrorKind =
  'too-large' | 'empty' | 'format' | 'damaged' | 'scanned' | 'encoding' | 'not-a-plan' | 'internal';

/** An error that stops the import: the source cannot be read as a plan. */
export class ImportError extends Error {
  /** 1-based source line where the structure broke, when there is one. */
  line: number | null;
  kind: ImportErrorKind;
  constructor(message: string, line: number | null = null, kind: ImportErrorKind = 'not-a-plan') {
    super(line ? `dòng ${line}: ${message}` : message);
    this.line = line;
    this.kind = kind;
  }
}

export interface Section {
  numeral: string;
  value: number;
  title: string;
  /** Block index of the heading. */
  heading: number;
  /** Block indices of the content, up to the next section (or the document's foot). */
  blocks: number[];
}

/** A Roman-numeral heading: "II. NỘI DUNG TRIỂN KHAI" (a short line, usually in capitals). */
export function isSectionHeading(text: string): boolean {
  const roman = parseRoman(text);
  return roman !== null && roman.title !== '' && (isAllCaps(roman.title) || roman.title.length <= 90);
}

/** Split the blocks between `from` and `to` into Roman-numeral sections. */
export function findSections(blocks: Block[], from: number, to: number): Section[] {
  const sections: Section[] = [];
  for (let i = from; i < to; i++) {
    if (!isSectionHeading(blocks[i]!.text)) {
      sections.at(-1)?.blocks.push(i);
      continue;
    }
    const roman = parseRoman(blocks[i]!.text)!;
    sections.push({ numeral: roman.numeral, value: roman.value, title: roman.title, heading: i, blocks: [] });
  }
  return sections;
}

/** The section that holds the tasks: titled NỘI DUNG / NHIỆM VỤ…, with the most lead labels. */
export function pickTasksSection(blocks: Block[], sections: Section[]): Section | null {
  const candidates = sections.filter((section) => /noi dung|nhiem vu|giai phap|hoat dong/.test(fold(section.title)));
  const leads = (section: Section) =>
    section.blocks.filter((i) => parseAttribute(blocks[i]!.text)?.field === 'lead').length;
  let best: Section | null = null;
  for (const section of candidates) {
    if (!best || leads(section) > leads(best)) best = section;
  }
  return best && leads(best) > 0 ? best : (candidates[0] ?? null);
}

export interface Item {
  kind: 'number' | 'letter';
  /** The ref relative to the section: "3.2", "3.2.a", "1.a". */
  ref: string;
  /** The marker as printed: "1.1.", "a)". */
  marker: string;
  title: string;
  heading: number;
  /** Blocks after the heading, up to the first child (or the next item). */
  intro: number[];
  children: Item[];
  parent: Item | null;
}

/**
 * Build the item tree of a section. Blocks before the first item are returned as `lead`.
 * Content after an item's last child belongs to that child (where the source puts it).
 */
export function buildItems(blocks: Block[], section: Section): { lead: number[]; items: Item[] } {
  const roots: Item[] = [];
  const lead: number[] = [];
  let current: Item | null = null;
  const byRef = new Map<string, Item>();
  const line = (i: number) => blocks[i]!.lines[0]!;
  for (const i of section.blocks) {
    const text = blocks[i]!.text;
    const numbered = parseNumbered(text);
    const lettered = numbered ? null : parseLettered(text);
    if (numbered) {
      const ref = numbered.parts.join('.');
      const parentRef = numbered.parts.slice(0, -1).join('.');
      const parent = parentRef ? byRef.get(parentRef) : null;
      if (parentRef && !parent) {
        throw new ImportError(
          `mục ${numbered.marker} nằm ngoài mục ${parentRef} (không thấy dòng tiêu đề mục ${parentRef} trong phần ${section.numeral}): không dựng được cấu trúc`,
          line(i),
        );
      }
      const seen = byRef.get(ref);
      if (seen) {
        throw new ImportError(
          `số thứ tự ${numbered.marker} lặp lại (đã có ở dòng ${line(seen.heading)}) trong phần ${section.numeral}`,
          line(i),
        );
      }
      const item: Item = {
        kind: 'number',
        ref,
        marker: numbered.marker,
        title: numbered.title,
        heading: i,
        intro: [],
        children: [],
        parent: parent ?? null,
      };
      (parent ? parent.children : roots).push(item);
      byRef.set(ref, item);
      current = item;
    } else if (lettered) {
      let owner: Item | null = current;
      while (owner && owner.kind === 'letter') owner = owner.parent;
      if (!owner) {
        throw new ImportError(
          `mục ${lettered.letter}) không thuộc mục đánh số nào trong phần ${section.numeral}`,
          line(i),
        );
      }
      const ref = `${owner.ref}.${lettered.letter}`;
      const seen = byRef.get(ref);
      if (seen) {
        throw new ImportError(
          `mục ${lettered.letter}) lặp lại trong mục ${owner.ref} (đã có ở dòng ${line(seen.heading)})`,
          line(i),
        );
      }
      const item: Item = {
        kind: 'letter',
        ref,
        marker: `${lettered.letter})`,
        title: lettered.title,
        heading: i,
        intro: [],
        children: [],
        parent: owner,
      };
      owner.children.push(item);
      byRef.set(ref, item);
      current = item;
    } else if (current) {
      current.intro.push(i);
    } else {
      lead.push(i);
    }
  }
  return { lead, items: roots };
}

/** Every item of a tree, depth first, in document order. */
export function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...flatten(item.children)]);
}

/** Notes on numbering that skips (Roman III → V, letters c) → e)), for the report. */
export function numberingNotes(
  blocks: Block[],
  sections: Section[],
  trees: Map<Section, Item[]>,
): { line: number; message: string }[] {
  const notes: { line: number; message: string }[] = [];
  sections.forEach((section, k) => {
    const previous = sections[k - 1];
    const expected = previous ? previous.value + 1 : 1;
    if (section.value !== expected) {
      notes.push({
        line: blocks[section.heading]!.lines[0]!,
        message: previous
          ? `phần ${section.numeral} đứng sau phần ${previous.numeral}: văn bản bỏ qua hoặc đảo số La Mã (giữ nguyên như bản gốc)`
          : `phần đầu tiên mang số ${section.numeral} (giữ nguyên như bản gốc)`,
      });
    }
  });
  for (const [, items] of trees) {
    for (const item of flatten(items)) {
      const siblings = item.parent ? item.parent.children : items;
      const index = siblings.indexOf(item);
      const previous = siblings[index - 1];
      if (item.kind === 'letter') {
        const expected = nextLetters(previous?.kind === 'letter' ? previous.ref.split('.').pop()! : null);
        const letter = item.ref.split('.').pop()!;
        if (!expected.includes(letter)) {
          notes.push({
            line: blocks[item.heading]!.lines[0]!,
            message: `mục ${item.marker} đứng sau ${previous ? previous.marker : 'đầu nhóm'}: thứ tự chữ cái không liên tục (giữ nguyên như bản gốc)`,
          });
        }
      } else {
        const last = Number(item.ref.split('.').pop());
        const before = previous?.kind === 'number' ? Number(previous.ref.split('.').pop()) : 0;
        if (last !== before + 1) {
          notes.push({
            line: blocks[item.heading]!.lines[0]!,
            message: `mục ${item.marker} đứng sau ${previous ? previous.marker : 'đầu phần'}: số thứ tự không liên tục (giữ nguyên như bản gốc)`,
          });
        }
      }
    }
  }
  return notes;
}
