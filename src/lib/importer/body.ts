/**
 * The body of the MDX file: the complete text in reading order, laid out as content/README.md
 * says. The head as paragraphs (a legal-library metadata block as a blockquote), Roman sections
 * as `##`, numbered headings as `###`, groups as `####`, each task wrapped in
 * <Task id="<slug>/<ref>"> (its heading is printed by the component from the frontmatter), the
 * lines a group shares left after its last task, and stray characters of the foot left out.
 */
import type { Block } from './lines.ts';
import { isHeadingLike, parseBullet, parseNumbered, stripEmphasis } from './markers.ts';
import type { Item, Section } from './structure.ts';
import type { Attributes, TaskDraft } from './tasks.ts';
import type { Part } from './mdx.ts';

export interface BodyInput {
  blocks: Block[];
  slug: string;
  /** Index of the first Roman-numeral section: everything before it is the head. */
  firstSection: number;
  /** Blocks of the legal-library metadata block. */
  metadata: number[];
  sections: Section[];
  /** An appendix after the foot (PHỤ LỤC), which may hold the task table. */
  appendix: Section | null;
  tasksSection: Section;
  /** Per section: blocks before its first item, and its item tree. */
  trees: Map<Section, { lead: number[]; items: Item[] }>;
  drafts: Map<Item, TaskDraft>;
  attributes: Map<Item, Attributes>;
  /** The foot ("Nơi nhận", signature): from footStart up to footEnd, and the blocks of it to leave out. */
  footStart: number;
  footEnd: number;
  stray: number[];
}

/** Lay out the body as parts (see mdx.ts), each with the source lines it holds. */
export function bodyParts(input: BodyInput): Part[] {
  const { blocks } = input;
  const parts: Part[] = [];
  const lines = (i: number) => blocks[i]!.lines;
  const plain = (i: number, kind: 'para' | 'quote' = 'para') => {
    const text = blocks[i]!.text;
    // "- …" is a list item; "* Một số chỉ tiêu:" stays a paragraph (escaped), as in the curated files.
    const bullet = kind === 'para' && !text.startsWith('*') ? parseBullet(text) : null;
    parts.push({ kind: bullet !== null ? 'bullet' : kind, text: bullet ?? text, lines: lines(i) });
  };
  const heading = (i: number, level: 2 | 3 | 4) =>
    parts.push({ kind: 'heading', level, text: blocks[i]!.text, lines: lines(i) });

  for (let i = 0; i < input.firstSection; i++) plain(i, input.metadata.includes(i) ? 'quote' : 'para');
  const section = (section: Section) => {
    heading(section.heading, 2);
    if (section === input.tasksSection) {
      writeTasksSection(input, section, parts, plain, heading);
      return;
    }
    for (const i of section.blocks) {
      const numbered = parseNumbered(stripEmphasis(blocks[i]!.text));
      if (numbered && isHeadingLike(numbered.title)) heading(i, numbered.parts.length > 1 ? 4 : 3);
      else plain(i);
    }
  };
  input.sections.forEach(section);
  const stray = new Set(input.stray);
  for (let i = input.footStart; i < input.footEnd; i++) if (!stray.has(i)) plain(i);
  if (input.appendix) section(input.appendix);
  return parts;
}

function writeTasksSection(
  input: BodyInput,
  section: Section,
  parts: Part[],
  plain: (i: number) => void,
  heading: (i: number, level: 3 | 4) => void,
) {
  const tree = input.trees.get(section)!;
  tree.lead.forEach((i) => plain(i));
  const walk = (items: Item[]) => {
    for (const item of items) {
      if (item.children.length) {
        heading(item.heading, item.parent ? 4 : 3);
        item.intro.forEach((i) => plain(i));
        walk(item.children);
        continue;
      }
      const draft = input.drafts.get(item);
      if (!draft) {
        // Not a task (the report says why): its text stays, as printed.
        plain(item.heading);
        item.intro.forEach((i) => plain(i));
        continue;
      }
      // Lines shared by the group stay where they are, after the last task's wrapper.
      let inside = item.intro;
      let after: number[] = [];
      if (draft.sharedAfter && draft.attributesFrom === item) {
        const shared = input.attributes.get(item)!.attributeBlocks;
        const cut = item.intro.findIndex((i) => shared.includes(i));
        if (cut >= 0) [inside, after] = [item.intro.slice(0, cut), item.intro.slice(cut)];
      }
      const id = `${input.slug}/${draft.ref}`;
      if (inside.length === 0) parts.push({ kind: 'task-self', id });
      else {
        parts.push({ kind: 'task-open', id });
        inside.forEach((i) => plain(i));
        parts.push({ kind: 'task-close' });
      }
      after.forEach((i) => plain(i));
    }
  };
  walk(tree.items);
}
