/** How a task's time frame is read (src/lib/timing.ts): the kinds of timing, for data and charts. */
import { vocabulary } from './vocabulary.ts';

export const TIMING_KINDS = vocabulary('Cách hiểu thời gian', [
  {
    id: 'window',
    label: 'Trong một khoảng',
    description: 'thực hiện trong một khoảng có ngày (một quý, một năm, một giai đoạn)',
  },
  { id: 'deadline', label: 'Hạn hoàn thành', description: 'hoàn thành trước ngày end' },
  { id: 'recurring', label: 'Hằng năm', description: 'lặp lại hằng năm từ start đến end' },
  { id: 'ongoing', label: 'Thường xuyên', description: 'thường xuyên, liên tục trong khoảng start–end' },
  {
    id: 'unspecified',
    label: 'Không nêu ngày',
    description: 'không có ngày (do cơ quan chủ trì bố trí, theo lịch của cơ quan khác)',
  },
] as const);

export type TimingKind = (typeof TIMING_KINDS.ids)[number];

/** How a task card words each kind after the plan's own wording: "Quý III/2022 (trong khoảng từ … đến …)". */
export const TIMING_READING: Record<TimingKind, string> = {
  window: 'trong khoảng',
  deadline: 'hạn hoàn thành',
  recurring: 'lặp lại hằng năm',
  ongoing: 'thường xuyên',
  unspecified: 'không có ngày cụ thể',
};
