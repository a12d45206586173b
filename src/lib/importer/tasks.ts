/**
 * From the items of the tasks section to tasks: the labelled lines after each item become its
 * lead, partners, time, content, target group and quantity; a lead list may name one agency per
 * sub-event (scope); attributes stated once after a group's last item, or in the group's own
 * heading, are applied to the items that have none (marked inherited). Items that end up with
 * no lead are not tasks; the reason is kept for the report.
 */
import { parseTiming, TimingError } from '../timing.ts';
import { parseQuantities, parseQuantity, QuantityError } from '../quantity.ts';
import type { Block } from './lines.ts';
import { parseAttribute, type Attribute } from './labels.ts';
import { parseBullet } from './markers.ts';
import { cleanList, splitAgencies } from './agency-list.ts';
import type { Item } from './structure.ts';
import {
  FALLBACK_THEME,
  suggestActivityTypes,
  suggestTargetGroups,
  suggestThemes,
  type Suggestion,
} from './classify.ts';

export type AgencyInput = string | { asWritten: string; scope: string };

export interface Problem {
  line: number;
  ref: string;
  text: string;
  detail?: string;
}

/** What the labelled lines of one item (or group heading) say. */
export interface Attributes {
  lead: { asWritten: string; scope?: string; line: number }[];
  partners: { asWritten: string; line: number }[];
  timing: { label: string; raw: string; line: number } | null;
  quantities: { raw: string; line: number }[];
  audience: { text: string; line: number } | null;
  /** Paragraphs that are not attributes (and the value of "Nội dung:"), in order. */
  description: { text: string; block: number }[];
  /** Blocks holding labelled lines (and the sub-event bullets of a lead list). */
  attributeBlocks: number[];
  hasLeadLabel: boolean;
  unknownAgencies: (Problem & { role: 'lead' | 'partners' })[];
  unparsedQuantities: Problem[];
  repeatedLabels: Problem[];
}

const stripEnd = (text: string) =>
  text
    .replace(/\*\*/g, '')
    .replace(/[\s.;]+$/u, '')
    .trim();

/** Read the labelled lines among `indices` (the blocks after an item's heading). */
export function readAttributes(blocks: Block[], indices: number[], ref: string, province: string): Attributes {
  const result: Attributes = {
    lead: [],
    partners: [],
    timing: null,
    quantities: [],
    audience: null,
    description: [],
    attributeBlocks: [],
    hasLeadLabel: false,
    unknownAgencies: [],
    unparsedQuantities: [],
    repeatedLabels: [],
  };
  const seen = new Set<string>();
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k]!;
    const block = blocks[index]!;
    const line = block.lines[0]!;
    const attribute: Attribute | null = parseAttribute(block.text);
    if (!attribute) {
      result.description.push({ text: block.text, block: index });
      continue;
    }
    if (attribute.field !== 'content' && seen.has(attribute.field)) {
      result.repeatedLabels.push({ line, ref, text: attribute.label, detail: 'nhãn lặp lại: gộp vào giá trị trước' });
    }
    seen.add(attribute.field);
    if (attribute.field === 'content') {
      result.description.push({ text: attribute.value || block.text, block: index });
      continue;
    }
    result.attributeBlocks.push(index);
    switch (attribute.field) {
      case 'lead': {
        result.hasLeadLabel = true;
        if (attribute.value) {
          addAgencies(result, 'lead', attribute.value, line, ref, province);
        } else {
          // "Cơ quan chủ trì thực hiện:" then one bullet per sub-event: "- Sở A, Sở B: Tham gia …".
          while (k + 1 < indices.length) {
            const next = blocks[indices[k + 1]!]!;
            const bullet = parseBullet(next.text);
            if (bullet === null || parseAttribute(next.text) || !bullet.includes(':')) break;
            k += 1;
            result.attributeBlocks.push(indices[k]!);
            const colon = bullet.indexOf(':');
            const scope = stripEnd(bullet.slice(colon + 1));
            addAgencies(result, 'lead', bullet.slice(0, colon), next.lines[0]!, ref, province, scope || undefined);
          }
        }
        break;
      }
      case 'partners':
        addAgencies(result, 'partners', attribute.value, line, ref, province);
        break;
      case 'timing': {
        const raw = stripEnd(attribute.value);
        if (raw && !result.timing) result.timing = { label: attribute.label, raw, line };
        break;
      }
      case 'quantity':
        addQuantities(result, attribute.value, line, ref);
        break;
      case 'audience':
        if (stripEnd(attribute.value)) result.audience = { text: stripEnd(attribute.value), line };
        break;
    }
  }
  return result;
}

function addAgencies(
  result: Attributes,
  role: 'lead' | 'partners',
  value: string,
  line: number,
  ref: string,
  province: string,
  scope?: string,
) {
  const { found, unknown } = splitAgencies(value, province);
  for (const { asWritten } of found) {
    if (role === 'lead') result.lead.push({ asWritten, line, ...(scope ? { scope } : {}) });
    else result.partners.push({ asWritten, line });
  }
  for (const text of unknown) result.unknownAgencies.push({ line, ref, text, role });
}

function addQuantities(result: Attributes, value: string, line: number, ref: string) {
  const text = cleanList(value);
  if (!text) return;
  try {
    for (const quantity of parseQuantities(text)) result.quantities.push({ raw: quantity.raw, line });
  } catch (error) {
    if (!(error instanceof QuantityError)) throw error;
    result.unparsedQuantities.push({ line, ref, text, detail: error.message });
  }
}

// Counting nouns after a figure in a task's title ("Tổ chức 01 Hội thảo …", "tối thiểu 10 dự án").
const UNITS = [
  'lượt người',
  'người',
  'lớp',
  'khóa',
  'khoá',
  'hội thảo',
  'hội nghị',
  'diễn đàn',
  'cuộc thi',
  'sự kiện',
  'dự án',
  'doanh nghiệp',
  'cơ sở ươm tạo',
  'cơ sở',
  'tỷ đồng',
  'triệu đồng',
  'đoàn',
  'câu lạc bộ',
  'chương trình',
  'ý tưởng',
  'trung tâm',
  'phóng sự',
  'chuyên mục',
  'buổi',
  'ngày hội',
  'chuyên đề',
  'sản phẩm',
];
const FIGURE = '(?:(?:khoảng|tối thiểu|ít nhất|từ)\\s+)?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:\\s*[-–]\\s*\\d+)?';
const TITLE_QUANTITY = new RegExp(
  `(?<![\\p{L}\\p{N}/.])${FIGURE}\\s+(?:${UNITS.join('|')})(?:\\s*\\/\\s*[\\p{L}]+(?:\\s[\\p{L}]+)?)?(?![\\p{L}])`,
  'giu',
);
const PARENTHESISED = new RegExp(`\\((${FIGURE}\\s+[^()]{1,60})\\)`, 'giu');

/** Quantities stated in a task's title: "(từ 02 - 05 khóa/năm)", "Tổ chức 01 Hội thảo …". */
export function titleQuantities(title: string): string[] {
  const found: { at: number; raw: string }[] = [];
  const taken: [number, number][] = [];
  for (const match of title.matchAll(PARENTHESISED)) {
    const inner = match[1]!.trim();
    if (!new RegExp(`\\s(?:${UNITS.join('|')})`, 'iu').test(` ${inner}`)) continue;
    found.push({ at: match.index!, raw: inner });
    taken.push([match.index!, match.index! + match[0].length]);
  }
  for (const match of title.matchAll(TITLE_QUANTITY)) {
    if (taken.some(([from, to]) => match.index! >= from && match.index! < to)) continue;
    found.push({ at: match.index!, raw: match[0].trim() });
  }
  return found
    .sort((a, b) => a.at - b.at)
    .map(({ raw }) => raw)
    .filter((raw) => {
      try {
        parseQuantity(raw);
        return true;
      } catch {
        return false;
      }
    });
}

export interface TaskDraft {
  item: Item;
  ref: string;
  section: { ref: string; title: string };
  group?: { ref: string; title: string };
  title: string;
  description?: string;
  lead: AgencyInput[];
  partners: AgencyInput[];
  timing: { label: string | null; raw: string | null };
  quantities: string[];
  audience?: string;
  targetGroups: string[];
  themes: string[];
  activityTypes: string[];
  inherited: ('lead' | 'partners' | 'timing' | 'quantities')[];
  inheritedNote?: string;
  /** The item whose labelled lines were applied here (itself, its last sibling, or its group). */
  attributesFrom: Item;
  /** Where the shared attributes sit in the body: after this task ("after") or in the group heading. */
  sharedAfter: boolean;
  suggestions: { themes: Suggestion[]; activityTypes: Suggestion[]; targetGroups: Suggestion[] };
  timingLine: number | null;
  unparsedTiming: Problem | null;
}

export interface NotATask {
  item: Item;
  why: string;
}

// A heading's final full stop or colon is punctuation, not part of the title ("…,.." stays).
const sectionTitle = (text: string) =>
  text
    .replace(/\*\*/g, '')
    .trim()
    .replace(/(?<!\.)[.:;]$/u, '')
    .trim();

/** The root (numbered, depth 1) ancestor of an item. */
export function rootOf(item: Item): Item {
  let root = item;
  while (root.parent) root = root.parent;
  return root;
}

/** Turn the items of the tasks section into task drafts (and the items that are not tasks). */
export function draftTasks(
  blocks: Block[],
  roots: Item[],
  context: { province: string; period: { start: number; end: number } },
): { tasks: TaskDraft[]; notTasks: NotATask[]; attributes: Map<Item, Attributes> } {
  const attributes = new Map<Item, Attributes>();
  const visit = (items: Item[]) => {
    for (const item of items) {
      attributes.set(item, readAttributes(blocks, item.intro, item.ref, context.province));
      visit(item.children);
    }
  };
  visit(roots);

  // Where each leaf takes its lead, partners and time from.
  const source = new Map<Item, { from: Item; inherited: boolean; sharedAfter: boolean; note?: string }>();
  const resolveSiblings = (parent: Item | null, siblings: Item[]) => {
    const leaves = siblings.filter((item) => item.children.length === 0);
    const last = siblings[siblings.length - 1];
    for (const leaf of leaves) {
      if (attributes.get(leaf)!.lead.length > 0 || attributes.get(leaf)!.hasLeadLabel)
        source.set(leaf, { from: leaf, inherited: false, sharedAfter: false });
    }
    // Attributes stated once after the last item of the group: the items before it that have none
    // (and no text of their own either) share them.
    if (last && last.children.length === 0 && attributes.get(last)!.lead.length > 0) {
      let first = siblings.length - 1;
      while (first > 0) {
        const previous = siblings[first - 1]!;
        const own = attributes.get(previous)!;
        if (previous.children.length > 0 || own.hasLeadLabel || own.attributeBlocks.length > 0) break;
        first -= 1;
      }
      if (first < siblings.length - 1) {
        const note = `Nêu chung một lần sau mục ${last.ref}, áp dụng cho các mục ${siblings[first]!.ref}–${last.ref}`;
        for (const item of siblings.slice(first))
          source.set(item, { from: last, inherited: true, sharedAfter: true, note });
      }
    }
    // Attributes stated in the group's heading: children without their own take them.
    if (parent && attributes.get(parent)!.lead.length > 0) {
      for (const leaf of leaves) {
        if (!source.has(leaf))
          source.set(leaf, {
            from: parent,
            inherited: true,
            sharedAfter: false,
            note: `Nêu chung ở mục ${parent.ref}, áp dụng cho các mục con`,
          });
      }
    }
    for (const item of siblings) if (item.children.length) resolveSiblings(item, item.children);
  };
  resolveSiblings(null, roots);

  const tasks: TaskDraft[] = [];
  const notTasks: NotATask[] = [];
  const walk = (items: Item[]) => {
    for (const item of items) {
      if (item.children.length) {
        walk(item.children);
        continue;
      }
      const from = source.get(item);
      const own = attributes.get(item)!;
      const given = from ? attributes.get(from.from)! : own;
      if (!item.title) {
        notTasks.push({ item, why: 'mục không có tên (chỉ có số thứ tự)' });
        continue;
      }
      if (!from || given.lead.length === 0) {
        notTasks.push({
          item,
          why: given.hasLeadLabel
            ? 'có nhãn cơ quan chủ trì nhưng không nhận ra cơ quan nào trong danh mục'
            : 'không có cơ quan chủ trì (không thấy nhãn “Cơ quan chủ trì/thực hiện”, kể cả nêu chung cho nhóm)',
        });
        continue;
      }
      tasks.push(makeDraft(item, own, given, from, context));
    }
  };
  walk(roots);
  return { tasks, notTasks, attributes };
}

function makeDraft(
  item: Item,
  own: Attributes,
  given: Attributes,
  from: { from: Item; inherited: boolean; sharedAfter: boolean; note?: string },
  context: { province: string; period: { start: number; end: number } },
): TaskDraft {
  const root = rootOf(item);
  const section = { ref: root.ref, title: sectionTitle(root === item ? item.title : root.title) };
  const group =
    item.parent && item.parent.parent ? { ref: item.parent.ref, title: sectionTitle(item.parent.title) } : undefined;
  // A task's own description; when it shares its group's lines, those stay out of it.
  const description = own.description
    .map((piece) => piece.text)
    .join('\n')
    .trim();
  const timing = given.timing;
  let unparsedTiming: Problem | null = null;
  let raw: string | null = timing?.raw ?? null;
  if (timing) {
    try {
      parseTiming(timing.raw, { period: context.period, label: timing.label });
    } catch (error) {
      if (!(error instanceof TimingError)) throw error;
      unparsedTiming = { line: timing.line, ref: item.ref, text: timing.raw, detail: error.message };
      raw = null;
    }
  }
  // Figures in the title first, then the "Số lượng" line (the same figure may legitimately repeat).
  const quantities = [...titleQuantities(item.title), ...given.quantities.map((q) => q.raw)];
  const inherited: TaskDraft['inherited'] = [];
  if (from.inherited) {
    inherited.push('lead');
    if (given.partners.length) inherited.push('partners');
    if (given.timing) inherited.push('timing');
    if (given.quantities.length) inherited.push('quantities');
  }
  // The title says what the task is; the description is read only when the title gives nothing.
  const text = [item.title, description].join(' ');
  const titleThemes = suggestThemes(item.title, '');
  const themes = titleThemes[0]?.id !== FALLBACK_THEME ? titleThemes : suggestThemes(text, section.title);
  const activityTypes = suggestActivityTypes(item.title, text);
  const titleGroups = suggestTargetGroups(item.title, own.audience?.text);
  const targetGroups = titleGroups.length ? titleGroups : suggestTargetGroups(text, own.audience?.text);
  return {
    item,
    ref: item.ref,
    section,
    ...(group ? { group } : {}),
    title: item.title,
    ...(description ? { description } : {}),
    lead: given.lead.map(({ asWritten, scope }) => (scope ? { asWritten, scope } : asWritten)),
    partners: given.partners.map(({ asWritten }) => asWritten),
    timing: { label: timing?.label ?? null, raw },
    quantities,
    ...(own.audience ? { audience: own.audience.text } : {}),
    targetGroups: targetGroups.map((s) => s.id),
    themes: themes.map((s) => s.id),
    activityTypes: activityTypes.map((s) => s.id),
    inherited,
    ...(from.note ? { inheritedNote: from.note } : {}),
    attributesFrom: from.from,
    sharedAfter: from.sharedAfter,
    suggestions: { themes, activityTypes, targetGroups },
    timingLine: timing?.line ?? null,
    unparsedTiming,
  };
}
