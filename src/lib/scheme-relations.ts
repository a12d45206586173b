/**
 * What a known provincial document is to the national startup-ecosystem scheme (Đề án 844,
 * Quyết định 844/QĐ-TTg of 18/05/2016): the province's multi-year plan under it, a year's plan,
 * a council resolution on spending, a related act, or a successor from 2025 on. The order is the
 * order pages list them in.
 */
import { vocabulary } from './vocabulary.ts';

export const SCHEME_RELATIONS = vocabulary('Vai trò đối với Đề án 844', [
  {
    id: 'provincial-plan',
    label: 'Kế hoạch, đề án nhiều năm',
    en: 'provincial plan',
    description: 'kế hoạch hoặc đề án nhiều năm của tỉnh thực hiện Đề án 844',
  },
  {
    id: 'annual-plan',
    label: 'Kế hoạch năm',
    en: 'annual plan',
    description: 'kế hoạch của một năm, hoặc kế hoạch của một sở',
  },
  {
    id: 'spending-resolution',
    label: 'Nghị quyết về mức chi',
    en: 'spending resolution',
    description: 'nghị quyết của Hội đồng nhân dân quy định nội dung và mức chi',
  },
  {
    id: 'related',
    label: 'Văn bản liên quan',
    en: 'related act',
    description: 'chương trình, chính sách khởi nghiệp khác của tỉnh',
  },
  {
    id: 'successor',
    label: 'Văn bản thế hệ sau',
    en: 'successor',
    description: 'văn bản từ năm 2025 trở đi thay thế thế hệ kế hoạch đầu tiên',
  },
] as const);

export type SchemeRelation = (typeof SCHEME_RELATIONS.ids)[number];
