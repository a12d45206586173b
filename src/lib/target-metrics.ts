/** What a quantified target (chỉ tiêu) measures, so that the targets of plans can be set side by side. */
import { vocabulary } from './vocabulary.ts';

export const TARGET_METRICS = vocabulary('Nhóm chỉ tiêu', [
  { id: 'nguoi-dao-tao', label: 'Người được đào tạo, tập huấn', en: 'people trained' },
  { id: 'du-an', label: 'Dự án khởi nghiệp được hỗ trợ', en: 'startup projects supported' },
  { id: 'doanh-nghiep', label: 'Doanh nghiệp khởi nghiệp được hỗ trợ', en: 'startups supported' },
  { id: 'von-dau-tu', label: 'Vốn đầu tư kêu gọi', en: 'investment raised' },
  { id: 'co-so-uom-tao', label: 'Cơ sở ươm tạo, khu làm việc chung', en: 'incubators and co-working spaces' },
  { id: 'su-kien', label: 'Sự kiện, khóa đào tạo mỗi năm', en: 'events and courses per year' },
  { id: 'dia-phuong', label: 'Địa phương tham gia', en: 'localities taking part' },
] as const);

export type TargetMetric = (typeof TARGET_METRICS.ids)[number];
