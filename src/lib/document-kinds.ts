/**
 * The kinds of provincial document (loại văn bản) the catalogue of known documents records: a
 * plan, a decision (often issuing or approving a plan or scheme), a scheme, a council resolution,
 * a directive. The catalogue file writes the Vietnamese label ("Kế hoạch"); the site stores the id.
 */
import { vocabulary } from './vocabulary.ts';

export const DOCUMENT_KINDS = vocabulary('Loại văn bản', [
  { id: 'ke-hoach', label: 'Kế hoạch', en: 'plan', description: 'kế hoạch của Ủy ban nhân dân hoặc của một sở' },
  {
    id: 'quyet-dinh',
    label: 'Quyết định',
    en: 'decision',
    description: 'quyết định của Ủy ban nhân dân, thường ban hành hoặc phê duyệt một kế hoạch, đề án',
  },
  { id: 'de-an', label: 'Đề án', en: 'scheme', description: 'đề án nhiều năm, thường được phê duyệt bằng quyết định' },
  {
    id: 'nghi-quyet',
    label: 'Nghị quyết',
    en: 'resolution',
    description: 'nghị quyết của Hội đồng nhân dân, thường quy định nội dung và mức chi',
  },
  { id: 'chi-thi', label: 'Chỉ thị', en: 'directive', description: 'chỉ thị của Ủy ban nhân dân' },
] as const);

export type DocumentKind = (typeof DOCUMENT_KINDS.ids)[number];
