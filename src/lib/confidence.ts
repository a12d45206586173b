/**
 * How far the source of a catalogue entry can be trusted (độ tin cậy), from the text itself down
 * to a weak secondary copy. A `weak` entry is shown as such, with its source, and is never
 * presented as verified. The catalogue file writes the ids
 * with spaces ("official site"); the site stores them with hyphens.
 */
import { vocabulary } from './vocabulary.ts';

// `weak`: a source that does not verify the facts (a blog, a mirror, an unrelated site).
export const CONFIDENCE_LEVELS = vocabulary('Độ tin cậy của nguồn', [
  {
    id: 'source-text',
    label: 'Văn bản gốc',
    en: 'source text',
    description: 'trang có chính văn bản này',
    weak: false,
  },
  {
    id: 'official-site',
    label: 'Cổng thông tin chính thức',
    en: 'official site',
    description: 'cổng thông tin của tỉnh, sở hoặc cơ quan nhà nước',
    weak: false,
  },
  {
    id: 'legal-database',
    label: 'Cơ sở dữ liệu văn bản',
    en: 'legal database',
    description: 'trang thư viện, cơ sở dữ liệu văn bản pháp luật',
    weak: false,
  },
  { id: 'press', label: 'Báo chí', en: 'press', description: 'bài báo, bản tin', weak: false },
  {
    id: 'weak',
    label: 'Nguồn yếu, chưa kiểm chứng',
    en: 'weak',
    description: 'bản sao thứ cấp, blog hoặc trang không liên quan: chưa được kiểm chứng',
    weak: true,
  },
] as const);

export type Confidence = (typeof CONFIDENCE_LEVELS.ids)[number];
