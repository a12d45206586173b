/**
 * The controlled vocabulary of activity types (loại hoạt động): what a task actually does, finer
 * than its theme (src/lib/themes.ts), in terms a practitioner recognises: a provincial contest, a
 * co-working space, training of trainers (đào tạo giảng viên nguồn), a fund. Every task carries
 * at least one; the activity matrix of /so-sanh/, the "same activity elsewhere" part of each task
 * card and the pages /hoat-dong/<type>/ list the tasks by type. Each type belongs to one theme,
 * the one a reader would look under first; the types are listed theme by theme, in the themes'
 * order, which is the order of the matrix rows and of /hoat-dong/. Derived from the tasks of the plans and the vocabulary
 * of ../shared/DOMAIN.md; how to add one is in content/README.md ("Controlled values").
 */
import { vocabulary, type Term } from './vocabulary.ts';
import type { THEME_IDS } from './themes.ts';

export interface ActivityType extends Term {
  en: string;
  /** One sentence on what the type covers: shown on its page and in the comparison. */
  description: string;
  /** The theme a reader would look under first (src/lib/themes.ts). */
  theme: (typeof THEME_IDS)[number];
  /**
   * How readers name it in a search ("cuộc thi khởi nghiệp", "co-working"), beside the label: a
   * query holding one of these offers the type's page first (src/lib/search-entities.ts). None is
   * a word every task has ("khởi nghiệp" alone).
   */
  names: string[];
}

export const ACTIVITY_TYPE_VOCABULARY = vocabulary<ActivityType>('Loại hoạt động', [
  // ---- Communication (truyền thông) ----
  {
    id: 'trang-thong-tin',
    label: 'Chuyên mục, trang thông tin, fanpage',
    en: 'News column, website or fanpage',
    description:
      'Trang web, chuyên mục trên cổng thông tin điện tử hoặc fanpage về khởi nghiệp đổi mới sáng tạo, do tỉnh xây dựng và vận hành.',
    theme: 'truyen-thong',
    names: [
      'trang thông tin khởi nghiệp',
      'chuyên mục khởi nghiệp',
      'website khởi nghiệp',
      'fanpage',
      'cổng thông tin khởi nghiệp',
    ],
  },
  {
    id: 'phong-su',
    label: 'Phóng sự, chuyên đề trên báo, đài',
    en: 'Reportage on radio, TV and in the press',
    description:
      'Phóng sự, chuyên đề, chuyên mục trên báo, phát thanh, truyền hình, giới thiệu hoạt động và gương khởi nghiệp thành công.',
    theme: 'truyen-thong',
    names: ['phóng sự', 'chuyên đề trên báo', 'phóng sự truyền hình'],
  },
  {
    id: 'tuyen-truyen',
    label: 'Tuyên truyền, phổ biến đề án, chính sách',
    en: 'Awareness and dissemination of plans and policies',
    description:
      'Phổ biến đề án, kế hoạch, chính sách và kiến thức về khởi nghiệp tới tổ chức, cá nhân: qua hội nghị, tài liệu, sinh hoạt của đoàn thể.',
    theme: 'truyen-thong',
    names: ['tuyên truyền khởi nghiệp', 'phổ biến chính sách khởi nghiệp', 'tuyên truyền đề án'],
  },
  // ---- Events (sự kiện) ----
  {
    id: 'cuoc-thi',
    label: 'Cuộc thi khởi nghiệp',
    en: 'Startup contest',
    description:
      'Cuộc thi ý tưởng, dự án khởi nghiệp do tỉnh hoặc một đoàn thể của tỉnh tổ chức, kể cả vòng chung kết cấp tỉnh.',
    theme: 'su-kien',
    names: [
      'cuộc thi khởi nghiệp',
      'cuộc thi ý tưởng',
      'cuộc thi ý tưởng khởi nghiệp',
      'cuộc thi khởi nghiệp đổi mới sáng tạo',
      'cuộc thi',
      'hội thi khởi nghiệp',
    ],
  },
  {
    id: 'ngay-hoi',
    label: 'Ngày hội khởi nghiệp',
    en: 'Startup day or festival',
    description:
      'Ngày hội, lễ hội khởi nghiệp (kiểu Techfest) do tỉnh tổ chức, kể cả ngày hội của phụ nữ, thanh niên trong tỉnh.',
    theme: 'su-kien',
    names: ['ngày hội khởi nghiệp', 'ngày hội khởi nghiệp đổi mới sáng tạo', 'lễ hội khởi nghiệp', 'ngày hội'],
  },
  {
    id: 'hoi-thao',
    label: 'Hội thảo, tọa đàm, diễn đàn',
    en: 'Seminar, workshop or forum',
    description:
      'Hội nghị, hội thảo, tọa đàm, diễn đàn, buổi nói chuyện hoặc chương trình chia sẻ kiến thức, kinh nghiệm khởi nghiệp.',
    theme: 'su-kien',
    names: ['hội thảo', 'tọa đàm', 'diễn đàn khởi nghiệp', 'hội thảo khởi nghiệp'],
  },
  {
    id: 'su-kien-quoc-gia',
    label: 'Tham gia sự kiện, chương trình quốc gia',
    en: 'Taking part in national and regional events',
    description:
      'Đưa đoàn của tỉnh tham gia Techfest, ngày hội khởi nghiệp quốc gia, vùng, quốc tế hoặc chương trình do bộ, ngành Trung ương tổ chức.',
    theme: 'su-kien',
    names: ['techfest', 'ngày hội khởi nghiệp quốc gia', 'sự kiện khởi nghiệp quốc gia'],
  },
  // ---- Training (đào tạo) ----
  {
    id: 'tap-huan-khoi-nghiep',
    label: 'Đào tạo, tập huấn cho người khởi nghiệp',
    en: 'Training course for founders',
    description:
      'Lớp, khóa đào tạo kỹ năng và kiến thức (khởi sự kinh doanh, quản trị, pháp luật, thuế, công nghệ) cho người khởi nghiệp, doanh nghiệp, thanh niên, phụ nữ.',
    theme: 'dao-tao',
    names: [
      'tập huấn khởi nghiệp',
      'đào tạo khởi nghiệp',
      'lớp đào tạo khởi nghiệp',
      'khóa đào tạo khởi nghiệp',
      'đào tạo người khởi nghiệp',
    ],
  },
  {
    id: 'boi-duong-can-bo',
    label: 'Bồi dưỡng cán bộ, người hỗ trợ khởi nghiệp',
    en: 'Training for officials and support staff',
    description:
      'Tập huấn cho công chức, cán bộ hỗ trợ pháp lý, đội ngũ tư vấn, người điều hành câu lạc bộ: những người hỗ trợ người khởi nghiệp.',
    theme: 'dao-tao',
    names: ['bồi dưỡng cán bộ', 'tập huấn cán bộ', 'đào tạo cán bộ hỗ trợ khởi nghiệp'],
  },
  {
    id: 'giang-vien-nguon',
    label: 'Đào tạo giảng viên nguồn, chuyên gia',
    en: 'Training of trainers and experts',
    description:
      'Đào tạo những người sẽ dạy hoặc tư vấn về khởi nghiệp: giảng viên nguồn của các trường, chuyên gia khởi nghiệp.',
    theme: 'dao-tao',
    names: ['giảng viên nguồn', 'đào tạo giảng viên nguồn', 'đào tạo chuyên gia khởi nghiệp', 'training of trainers'],
  },
  // ---- Infrastructure (hạ tầng) ----
  {
    id: 'khong-gian-lam-viec-chung',
    label: 'Không gian làm việc chung',
    en: 'Co-working space',
    description:
      'Khu làm việc chung (co-working space) cho người khởi nghiệp: xây dựng, khuyến khích hình thành hoặc cho dùng miễn phí.',
    theme: 'ha-tang',
    names: ['không gian làm việc chung', 'khu làm việc chung', 'co-working', 'coworking', 'co-working space'],
  },
  {
    id: 'trung-tam-ho-tro',
    label: 'Trung tâm hỗ trợ, cơ sở ươm tạo',
    en: 'Support centre or incubator',
    description:
      'Trung tâm hỗ trợ khởi nghiệp, khu dịch vụ, cơ sở ươm tạo, vườn ươm: thành lập, xây dựng đề án, đẩy mạnh hoạt động.',
    theme: 'ha-tang',
    names: [
      'trung tâm hỗ trợ khởi nghiệp',
      'cơ sở ươm tạo',
      'vườn ươm',
      'vườn ươm doanh nghiệp',
      'trung tâm khởi nghiệp',
      'incubator',
    ],
  },
  // ---- Networks (kết nối) ----
  {
    id: 'su-kien-ket-noi',
    label: 'Sự kiện kết nối doanh nghiệp, hệ sinh thái',
    en: 'Matchmaking event',
    description:
      'Sự kiện để người khởi nghiệp gặp doanh nghiệp, nhà tuyển dụng và các bên của hệ sinh thái khởi nghiệp.',
    theme: 'ket-noi',
    names: ['sự kiện kết nối', 'hội thảo kết nối', 'kết nối doanh nghiệp'],
  },
  {
    id: 'cau-lac-bo',
    label: 'Câu lạc bộ khởi nghiệp',
    en: 'Startup club',
    description: 'Thành lập, hỗ trợ câu lạc bộ, nhóm khởi nghiệp của tỉnh, của địa phương hoặc trong trường học.',
    theme: 'ket-noi',
    names: ['câu lạc bộ khởi nghiệp', 'CLB khởi nghiệp', 'câu lạc bộ'],
  },
  {
    id: 'mang-luoi-co-van',
    label: 'Mạng lưới cố vấn, chuyên gia',
    en: 'Mentor network',
    description: 'Mạng lưới cố vấn, tư vấn, chuyên gia, doanh nhân có kinh nghiệm kèm cặp người khởi nghiệp.',
    theme: 'ket-noi',
    names: ['mạng lưới cố vấn', 'cố vấn khởi nghiệp', 'mentor', 'chuyên gia cố vấn'],
  },
  {
    id: 'lien-ket-hop-tac',
    label: 'Liên kết, hợp tác với tổ chức, địa phương khác',
    en: 'Partnerships with organisations and other provinces',
    description:
      'Mạng lưới liên kết, chương trình hợp tác với tổ chức, hiệp hội, trường, tỉnh khác, đối tác trong nước và quốc tế.',
    theme: 'ket-noi',
    names: ['hợp tác', 'liên kết hợp tác', 'mạng lưới liên kết'],
  },
  // ---- Policy (chính sách) ----
  {
    id: 'xay-dung-chinh-sach',
    label: 'Xây dựng, triển khai đề án, chính sách',
    en: 'Drafting and implementing policies and schemes',
    description:
      'Nghiên cứu, xây dựng đề án, kế hoạch, chính sách hỗ trợ khởi nghiệp của tỉnh, hoặc triển khai chương trình, đề án của Trung ương.',
    theme: 'chinh-sach',
    names: ['xây dựng chính sách', 'xây dựng đề án', 'chính sách hỗ trợ khởi nghiệp'],
  },
  {
    id: 'cai-cach-thu-tuc',
    label: 'Cải cách thủ tục, hỗ trợ pháp lý',
    en: 'Administrative reform and legal support',
    description:
      'Cải cách thủ tục hành chính, hỗ trợ thủ tục pháp lý để doanh nghiệp khởi nghiệp gia nhập thị trường nhanh, ít tốn kém.',
    theme: 'chinh-sach',
    names: ['cải cách thủ tục hành chính', 'cải cách hành chính', 'hỗ trợ pháp lý'],
  },
  // ---- Finance (tài chính) ----
  {
    id: 'quy-khoi-nghiep',
    label: 'Thành lập quỹ hỗ trợ khởi nghiệp',
    en: 'Setting up a startup fund',
    description: 'Thành lập hoặc hướng dẫn thành lập một quỹ hỗ trợ khởi nghiệp của tỉnh.',
    theme: 'tai-chinh',
    names: ['quỹ khởi nghiệp', 'quỹ hỗ trợ khởi nghiệp', 'thành lập quỹ'],
  },
  {
    id: 'tiep-can-von',
    label: 'Tiếp cận nguồn vốn, quỹ',
    en: 'Access to finance',
    description:
      'Giúp người khởi nghiệp tiếp cận vốn vay, quỹ và nguồn kinh phí có sẵn của Trung ương, của tỉnh, của đoàn thể.',
    theme: 'tai-chinh',
    names: ['tiếp cận vốn', 'nguồn vốn', 'vốn vay'],
  },
  {
    id: 'ket-noi-dau-tu',
    label: 'Kết nối nhà đầu tư, gọi vốn',
    en: 'Investor matching',
    description: 'Giới thiệu nhà đầu tư, đối tác; chương trình kêu gọi đầu tư cho các nhóm khởi nghiệp.',
    theme: 'tai-chinh',
    names: ['nhà đầu tư', 'kết nối đầu tư', 'gọi vốn', 'kêu gọi đầu tư'],
  },
  // ---- Direct support (hỗ trợ trực tiếp) ----
  {
    id: 'ho-tro-du-an',
    label: 'Hỗ trợ, ươm tạo dự án và doanh nghiệp',
    en: 'Support to individual projects and startups',
    description:
      'Hỗ trợ, đồng hành với những dự án, doanh nghiệp khởi nghiệp cụ thể để hình thành, phát triển, có khi kèm con số dự án.',
    theme: 'ho-tro-truc-tiep',
    names: ['ươm tạo dự án', 'hỗ trợ dự án khởi nghiệp'],
  },
  {
    id: 'cong-nghe-so-huu-tri-tue',
    label: 'Đổi mới công nghệ, sở hữu trí tuệ',
    en: 'Technology and intellectual property',
    description:
      'Hỗ trợ đổi mới công nghệ, sở hữu trí tuệ, tiêu chuẩn, chất lượng, chuyển giao kết quả nghiên cứu; khai thác thông tin sáng chế.',
    theme: 'ho-tro-truc-tiep',
    names: ['sở hữu trí tuệ', 'đổi mới công nghệ', 'chuyển giao công nghệ'],
  },
  {
    id: 'quang-ba-san-pham',
    label: 'Quảng bá, trưng bày, tiêu thụ sản phẩm',
    en: 'Product promotion, fairs and trade',
    description:
      'Quảng bá, trưng bày sản phẩm khởi nghiệp, hội chợ, chợ phiên, xúc tiến thương mại và kết nối cung cầu.',
    theme: 'ho-tro-truc-tiep',
    names: ['trưng bày sản phẩm', 'quảng bá sản phẩm', 'hội chợ', 'chợ phiên', 'xúc tiến thương mại'],
  },
  // ---- Schools (nhà trường) ----
  {
    id: 'chuong-trinh-nha-truong',
    label: 'Khởi nghiệp trong chương trình nhà trường',
    en: 'Startup curriculum in schools',
    description:
      'Nội dung, chương trình, mô hình giáo dục khởi nghiệp trong trường trung học, cao đẳng, đại học, cho giáo viên và học sinh, sinh viên.',
    theme: 'truong-hoc',
    names: ['khởi nghiệp trong nhà trường', 'chương trình đào tạo khởi nghiệp', 'giáo dục khởi nghiệp'],
  },
  {
    id: 'dao-tao-sinh-vien',
    label: 'Đào tạo khởi nghiệp cho học sinh, sinh viên',
    en: 'Startup training for pupils and students',
    description: 'Lớp đào tạo, bồi dưỡng về khởi nghiệp dành riêng cho học sinh, sinh viên.',
    theme: 'truong-hoc',
    names: ['đào tạo sinh viên', 'đào tạo khởi nghiệp cho sinh viên', 'đào tạo học sinh'],
  },
  // ---- Local level (địa phương) ----
  {
    id: 'cap-huyen',
    label: 'Hệ sinh thái khởi nghiệp cấp huyện',
    en: 'District-level ecosystem',
    description: 'Bộ phận hỗ trợ, hoạt động và hệ sinh thái khởi nghiệp ở cấp huyện, thị xã, thành phố thuộc tỉnh.',
    theme: 'dia-phuong',
    names: ['cấp huyện', 'hệ sinh thái cấp huyện', 'khởi nghiệp cấp huyện'],
  },
  // ---- Monitoring (theo dõi) ----
  {
    id: 'so-ket-danh-gia',
    label: 'Sơ kết, tổng kết, đánh giá',
    en: 'Review conference',
    description: 'Hội nghị sơ kết, tổng kết, đánh giá việc thực hiện kế hoạch, nghị quyết về khởi nghiệp.',
    theme: 'theo-doi',
    names: ['sơ kết', 'tổng kết', 'hội nghị sơ kết'],
  },
  {
    id: 'hoc-tap-kinh-nghiem',
    label: 'Tham quan, học tập kinh nghiệm',
    en: 'Study tour and exchange',
    description:
      'Đoàn công tác, hành trình khởi nghiệp tới nơi có hệ sinh thái phát triển để học cách làm, gặp gỡ, trao đổi.',
    theme: 'theo-doi',
    names: ['học tập kinh nghiệm', 'tham quan học tập', 'hành trình khởi nghiệp', 'đoàn công tác'],
  },
]);

export const ACTIVITY_TYPES = ACTIVITY_TYPE_VOCABULARY.terms;
export const ACTIVITY_TYPE_IDS = ACTIVITY_TYPE_VOCABULARY.ids;

/** The activity type with this id; throws for an id outside the vocabulary. */
export const getActivityType = ACTIVITY_TYPE_VOCABULARY.get;
