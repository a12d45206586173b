/** How a plan cites a document (quan hệ): the order is the order pages list them in. */
import { vocabulary } from './vocabulary.ts';

export const RELATIONS = vocabulary('Quan hệ với văn bản', [
  {
    id: 'implements',
    label: 'Thực hiện',
    description: 'kế hoạch thực hiện văn bản này (kế hoạch hoặc đề án cấp trên)',
    /** What the citing plan does, as the end of a sentence ("kế hoạch …"). */
    verb: 'thực hiện văn bản này',
  },
  { id: 'basis', label: 'Căn cứ', description: 'văn bản là căn cứ ban hành kế hoạch', verb: 'căn cứ vào văn bản này' },
  {
    id: 'cites',
    label: 'Nhắc tới',
    description: 'văn bản được nhắc tới trong nội dung kế hoạch',
    verb: 'nhắc tới văn bản này',
  },
] as const);

export type Relation = (typeof RELATIONS.ids)[number];
