/** The kinds of statement in a plan's goals section, in the order plans write them. */
import { vocabulary } from './vocabulary.ts';

export const GOAL_KINDS = vocabulary('Loại mục tiêu', [
  { id: 'muc-dich', label: 'Mục đích', en: 'purpose' },
  { id: 'yeu-cau', label: 'Yêu cầu', en: 'requirement' },
  { id: 'muc-tieu-chung', label: 'Mục tiêu chung', en: 'general goal' },
  { id: 'muc-tieu-cu-the', label: 'Mục tiêu cụ thể', en: 'specific goal' },
] as const);

export type GoalKind = (typeof GOAL_KINDS.ids)[number];
