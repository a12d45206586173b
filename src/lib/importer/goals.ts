/**
 * Goals (mục đích, yêu cầu, mục tiêu): the sections before the tasks whose titles say so. Under
 * "1. Mục đích", "2. Yêu cầu", "1. Mục tiêu chung", "2. Mục tiêu cụ thể" every bullet, lettered
 * item or paragraph is one goal; a short heading ending in ":" ("* Một số chỉ tiêu cụ thể:") is
 * not. Goals that carry figures are candidates for the quantified targets, entered by hand.
 */
import type { PlanInput } from '../../schemas/plan.ts';
import { fold } from '../vietnamese.ts';
import type { Block } from './lines.ts';
import { isHeadingLike, parseBullet, parseLettered, parseNumbered, stripEmphasis } from './markers.ts';
import type { Section } from './structure.ts';

export type GoalKind = PlanInput['goals'][number]['kind'];

const GOAL_KINDS: [RegExp, GoalKind][] = [
  [/muc tieu chung/, 'muc-tieu-chung'],
  [/muc tieu cu the|chi tieu/, 'muc-tieu-cu-the'],
  [/muc dich/, 'muc-dich'],
  [/yeu cau/, 'yeu-cau'],
  [/muc tieu/, 'muc-tieu-chung'],
];

/** The kind of goal a title announces ("Mục tiêu cụ thể" → muc-tieu-cu-the), or null. */
export function goalKind(title: string): GoalKind | null {
  const folded = fold(title);
  return GOAL_KINDS.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

export interface Goals {
  goals: PlanInput['goals'];
  /** Blocks that became goals. */
  blocks: Set<number>;
  /** Numbered headings that announce a kind of goal ("1. Mục tiêu chung"). */
  headings: Set<number>;
  /** Goals with figures (not counting years): candidates for `targets`. */
  candidates: { line: number; text: string }[];
}

/** Read the goals of the sections that come before the tasks section. */
export function readGoals(blocks: Block[], sections: Section[]): Goals {
  const result: Goals = { goals: [], blocks: new Set(), headings: new Set(), candidates: [] };
  for (const section of sections) {
    let kind = goalKind(section.title);
    if (!kind) continue;
    for (const i of section.blocks) {
      const text = stripEmphasis(blocks[i]!.text);
      const numbered = parseNumbered(text);
      if (numbered) {
        kind = isHeadingLike(numbered.title) ? goalKind(numbered.title) : null;
        if (kind) result.headings.add(i);
        continue;
      }
      if (!kind) continue;
      const goal = (parseBullet(text) ?? parseLettered(text)?.title ?? text).trim();
      if (!goal || /:$/.test(goal)) continue;
      result.goals.push({ kind, text: goal });
      result.blocks.add(i);
      if (kind.startsWith('muc-tieu') && /\d/.test(goal.replace(/(?:19|20)\d\d/g, '')))
        result.candidates.push({ line: blocks[i]!.lines[0]!, text: goal });
    }
  }
  return result;
}
