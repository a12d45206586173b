/**
 * Attribute labels: the "Cơ quan chủ trì: …" lines that follow a task. Every wording of
 * DOMAIN.md (and a few close variants) is recognised, compared after folding so that
 * "Cơ quan thực hiện", "Đơn vị thực hiện" and a hard-wrapped "Cơ quan thực⏎hiện" (already
 * joined by the unwrapper) all mean the lead agency.
 */
import { fold } from '../vietnamese.ts';

/** What a label introduces: lead agency, partners, time, content, target group, quantity. */
export type AttributeField = 'lead' | 'partners' | 'timing' | 'content' | 'audience' | 'quantity';

/** The label wordings, folded (no diacritics, lower case), one pattern per field. */
export const LABEL_PATTERNS: { field: AttributeField; pattern: RegExp; examples: string[] }[] = [
  {
    field: 'lead',
    pattern: /^(?:co quan|don vi) (?:chu tri(?: thuc hien| chinh)?|thuc hien(?: chinh)?)$/,
    examples: [
      'Cơ quan chủ trì',
      'Cơ quan chủ trì thực hiện',
      'Cơ quan thực hiện',
      'Đơn vị thực hiện',
      'Đơn vị chủ trì',
    ],
  },
  {
    field: 'partners',
    pattern: /^(?:co quan|don vi) phoi hop(?: chinh| thuc hien)?$/,
    examples: ['Cơ quan phối hợp', 'Cơ quan phối hợp chính', 'Đơn vị phối hợp'],
  },
  {
    field: 'timing',
    pattern:
      /^(?:thoi gian(?: thuc hien| hoan thanh| tham gia| to chuc| trien khai)?|thoi han(?: hoan thanh| thuc hien)?|tien do(?: thuc hien)?)$/,
    examples: ['Thời gian thực hiện', 'Thời gian hoàn thành', 'Thời gian tham gia'],
  },
  { field: 'content', pattern: /^noi dung(?: [a-z]+){0,3}$/, examples: ['Nội dung', 'Nội dung đào tạo'] },
  {
    field: 'audience',
    pattern: /^doi tuong(?: tham gia| ho tro| thu huong| dao tao)?$/,
    examples: ['Đối tượng', 'Đối tượng tham gia'],
  },
  { field: 'quantity', pattern: /^so luong(?: [a-z]+){0,2}$/, examples: ['Số lượng', 'Số lượng dự kiến'] },
];

export interface Attribute {
  field: AttributeField;
  /** The label as written, without its colon: "Thời gian hoàn thành". */
  label: string;
  /** The text after the colon, trimmed (may be empty: "Cơ quan chủ trì thực hiện:" then a list). */
  value: string;
  /** Whether the line was a bullet ("- Cơ quan chủ trì: …"). */
  bulleted: boolean;
}

const BULLET = /^[-–—•+*·▪●○►]\s*/u;

/** Read "- Cơ quan phối hợp: Sở A, Sở B." as an attribute, or null when the line has no label. */
export function parseAttribute(text: string): Attribute | null {
  const bulleted = BULLET.test(text);
  const body = text.replace(BULLET, '').replace(/^\*\*|\*\*$/g, '');
  const colon = body.indexOf(':');
  if (colon <= 0 || colon > 60) return null;
  const label = body.slice(0, colon).replace(/\*\*/g, '').trim();
  const folded = fold(label);
  const found = LABEL_PATTERNS.find(({ pattern }) => pattern.test(folded));
  if (!found) return null;
  return {
    field: found.field,
    label,
    value: body
      .slice(colon + 1)
      .replace(/^\*\*/, '')
      .trim(),
    bulleted,
  };
}

// The opening words of the labels, for a label whose colon is still on the next, wrapped line.
const LABEL_START =
  /^(?:Cơ quan (?:chủ|thực|phối)|Đơn vị (?:chủ|thực|phối)|Thời gian|Thời hạn|Tiến độ|Số lượng|Đối tượng|Nội dung)(?:\s|:|$)/u;

/** The line begins with an attribute label (complete, or cut by a hard wrap). */
export function startsWithLabel(text: string): boolean {
  const body = text.replace(BULLET, '');
  return parseAttribute(body) !== null || LABEL_START.test(body);
}
