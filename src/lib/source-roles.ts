/** What a source file is to a plan: its own text, or a secondary source (news item, portal). */
import { vocabulary } from './vocabulary.ts';

export const SOURCE_ROLES = vocabulary('Vai trò của nguồn', [
  { id: 'primary', label: 'nguồn chính', description: 'văn bản của chính kế hoạch' },
  { id: 'secondary', label: 'nguồn thứ cấp', description: 'nguồn thứ cấp (tin bài, cổng thông tin)' },
] as const);

export type SourceRole = (typeof SOURCE_ROLES.ids)[number];
