/** The two kinds of plan (loại kế hoạch) the provinces issue. */
import { vocabulary } from './vocabulary.ts';

export const PLAN_KINDS = vocabulary('Loại kế hoạch', [
  {
    id: 'giai-doan',
    label: 'Kế hoạch giai đoạn',
    en: 'period plan',
    description: 'kế hoạch nhiều năm, đặt mục tiêu và nhiệm vụ cho cả giai đoạn',
  },
  {
    id: 'hang-nam',
    label: 'Kế hoạch năm',
    en: 'annual plan',
    description: 'kế hoạch thực hiện một kế hoạch giai đoạn trong một năm',
  },
] as const);

export type PlanKind = (typeof PLAN_KINDS.ids)[number];
