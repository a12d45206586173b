/**
 * The controlled vocabulary of activity themes (chủ đề hoạt động). Every task carries at least
 * one; the comparison matrix uses them as rows. Vietnamese label first, English gloss beside it.
 */
import { vocabulary, type Term } from './vocabulary.ts';

export interface Theme extends Term {
  en: string;
  /** One sentence on what belongs here, shown on the comparison page. */
  description: string;
}

export const THEME_VOCABULARY = vocabulary<Theme>('Chủ đề', [
  {
    id: 'truyen-thong',
    label: 'Truyền thông, nâng cao nhận thức',
    en: 'Communication and awareness',
    description: 'Chuyên mục, phóng sự, trang thông tin, tuyên truyền về khởi nghiệp đổi mới sáng tạo.',
  },
  {
    id: 'su-kien',
    label: 'Sự kiện, cuộc thi, ngày hội',
    en: 'Events and competitions',
    description: 'Hội thảo, diễn đàn, cuộc thi ý tưởng, ngày hội khởi nghiệp, kể cả tham gia sự kiện nơi khác.',
  },
  {
    id: 'dao-tao',
    label: 'Đào tạo, tập huấn',
    en: 'Training and capacity building',
    description: 'Lớp đào tạo, tập huấn, bồi dưỡng kiến thức và kỹ năng cho người khởi nghiệp và người hỗ trợ.',
  },
  {
    id: 'ha-tang',
    label: 'Hạ tầng, không gian làm việc chung',
    en: 'Infrastructure, co-working and incubators',
    description: 'Trung tâm hỗ trợ, cơ sở ươm tạo, khu làm việc chung, cơ sở vật chất - kỹ thuật.',
  },
  {
    id: 'ket-noi',
    label: 'Kết nối mạng lưới, hợp tác',
    en: 'Networking and partnerships',
    description: 'Mạng lưới cố vấn, câu lạc bộ, liên kết với tổ chức, địa phương, đối tác trong và ngoài tỉnh.',
  },
  {
    id: 'chinh-sach',
    label: 'Cơ chế, chính sách, thủ tục',
    en: 'Policy, regulation and procedures',
    description: 'Xây dựng, triển khai chính sách hỗ trợ; cải cách thủ tục; hỗ trợ pháp lý.',
  },
  {
    id: 'tai-chinh',
    label: 'Tài chính, quỹ, vốn đầu tư',
    en: 'Funding and investment',
    description: 'Quỹ hỗ trợ, tiếp cận nguồn vốn, kêu gọi đầu tư cho khởi nghiệp.',
  },
  {
    id: 'ho-tro-truc-tiep',
    label: 'Hỗ trợ trực tiếp dự án, doanh nghiệp',
    en: 'Direct support to startups',
    description:
      'Hỗ trợ cụ thể cho dự án, doanh nghiệp khởi nghiệp: tư vấn, sở hữu trí tuệ, quảng bá, trưng bày sản phẩm.',
  },
  {
    id: 'truong-hoc',
    label: 'Khởi nghiệp trong nhà trường',
    en: 'School and university programmes',
    description: 'Chương trình cho học sinh, sinh viên, giáo viên, giảng viên tại các trường.',
  },
  {
    id: 'dia-phuong',
    label: 'Hệ sinh thái cấp huyện, địa phương',
    en: 'Local and district ecosystems',
    description: 'Hoạt động do cấp huyện thực hiện hoặc xây dựng hệ sinh thái tại địa phương.',
  },
  {
    id: 'theo-doi',
    label: 'Theo dõi, sơ kết, đánh giá',
    en: 'Monitoring and review',
    description: 'Sơ kết, tổng kết, học tập kinh nghiệm về việc thực hiện kế hoạch.',
  },
]);

export const THEMES = THEME_VOCABULARY.terms;
export const THEME_IDS = THEME_VOCABULARY.ids;

/** The theme with this id; throws for an id outside the vocabulary. */
export const getTheme = THEME_VOCABULARY.get;
