/**
 * What the site knows of a province (before 1 July 2025): a plan read here in full, documents
 * known only from other sources, documents known only from weak sources, or nothing found. The
 * map colours each province by it; the order is the legend's.
 */
import { vocabulary } from './vocabulary.ts';

export const COVERAGE = vocabulary('Mức độ hiểu biết về tỉnh', [
  {
    id: 'full-text',
    label: 'Có toàn văn trên trang',
    description: 'ít nhất một kế hoạch của tỉnh có toàn văn và dữ liệu nhiệm vụ trên trang',
  },
  {
    id: 'known',
    label: 'Đã biết, chưa có toàn văn',
    description: 'có văn bản đã biết qua nguồn khác, chưa có toàn văn trên trang',
  },
  {
    id: 'weak-only',
    label: 'Chỉ biết qua nguồn yếu',
    description: 'các văn bản đã biết đều chỉ từ nguồn yếu, chưa được kiểm chứng',
  },
  {
    id: 'none',
    label: 'Chưa tìm thấy văn bản',
    description: 'chưa tìm thấy văn bản nào; không có nghĩa là tỉnh không có',
  },
] as const);

export type Coverage = (typeof COVERAGE.ids)[number];
