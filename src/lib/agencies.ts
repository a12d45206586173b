/**
 * The agency registry: one entry per *type* of body that leads or partners in a task.
 * Each province has its own Sở Khoa học và Công nghệ (Department of Science and Technology);
 * the registry names the type, and the plan supplies the province. Aliases are the ways the
 * sources write the same body; they are compared after folding (see `agencyKey`).
 */
import { fold } from './vietnamese.ts';
import { vocabulary } from './vocabulary.ts';

/** What kind of body an agency is, for grouping on the agency index (in this order). */
export const AGENCY_KINDS = vocabulary('Nhóm cơ quan', [
  { id: 'so-nganh', label: 'Sở, ban, ngành tỉnh', en: 'provincial departments and offices' },
  { id: 'chinh-quyen', label: 'Chính quyền', en: "People's Committees and their offices" },
  { id: 'doan-the', label: 'Đoàn thể, hội, hiệp hội', en: 'mass organisations and associations' },
  { id: 'truyen-thong', label: 'Báo chí, truyền thông', en: 'press, radio-television, portals' },
  { id: 'giao-duc', label: 'Trường học, cơ sở đào tạo', en: 'universities, colleges, schools' },
  { id: 'ho-tro', label: 'Tổ chức hỗ trợ khởi nghiệp', en: 'support centres, clubs, funds' },
  { id: 'trung-uong', label: 'Cơ quan trung ương', en: 'national bodies' },
  // Generic groups named without a specific body ("các sở, ban, ngành liên quan").
  { id: 'chung', label: 'Nhóm chung (không nêu tên cụ thể)', en: 'generic groups' },
] as const);

export type AgencyKind = (typeof AGENCY_KINDS.ids)[number];

export interface Agency {
  /** Stable id, used in URLs (/co-quan/<id>/) and in the public data. */
  id: string;
  /** Canonical Vietnamese name of the type, without the province. */
  name: string;
  /** Usual abbreviation, if the sources or readers use one. */
  short?: string;
  kind: AgencyKind;
  /** Other wordings found in the plans (the canonical name is always an alias too). */
  aliases: string[];
}

export const AGENCIES: Agency[] = [
  // Sở, ban, ngành (provincial departments)
  {
    id: 'so-khoa-hoc-va-cong-nghe',
    name: 'Sở Khoa học và Công nghệ',
    short: 'Sở KH&CN',
    kind: 'so-nganh',
    aliases: ['Sở KH&CN', 'Sở KHCN', 'Sở Khoa học Công nghệ'],
  },
  {
    id: 'so-ke-hoach-va-dau-tu',
    name: 'Sở Kế hoạch và Đầu tư',
    short: 'Sở KH&ĐT',
    kind: 'so-nganh',
    aliases: ['Sở KH&ĐT', 'Sở KHĐT'],
  },
  {
    id: 'so-thong-tin-va-truyen-thong',
    name: 'Sở Thông tin và Truyền thông',
    short: 'Sở TT&TT',
    kind: 'so-nganh',
    aliases: ['Sở TT&TT', 'Sở TTTT'],
  },
  {
    id: 'so-giao-duc-va-dao-tao',
    name: 'Sở Giáo dục và Đào tạo',
    short: 'Sở GD&ĐT',
    kind: 'so-nganh',
    aliases: ['Sở GD&ĐT', 'Sở GDĐT'],
  },
  {
    id: 'so-lao-dong-thuong-binh-va-xa-hoi',
    name: 'Sở Lao động - Thương binh và Xã hội',
    short: 'Sở LĐ-TB&XH',
    kind: 'so-nganh',
    aliases: ['Sở Lao động Thương binh và Xã hội', 'Sở Lao động, Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'Sở LĐTBXH'],
  },
  {
    id: 'so-nong-nghiep-va-phat-trien-nong-thon',
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    short: 'Sở NN&PTNT',
    kind: 'so-nganh',
    aliases: ['Sở Nông nghiệp và PTNT', 'Sở NN&PTNT', 'Sở NNPTNT'],
  },
  {
    id: 'so-cong-thuong',
    name: 'Sở Công Thương',
    kind: 'so-nganh',
    aliases: ['Sở Công thương'],
  },
  {
    id: 'so-van-hoa-the-thao-va-du-lich',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    short: 'Sở VH-TT&DL',
    kind: 'so-nganh',
    aliases: ['Sở Văn hóa, Thể thao Du lịch', 'Sở Văn hóa Thể thao và Du lịch', 'Sở VH-TT&DL', 'Sở VHTTDL'],
  },
  {
    id: 'so-tai-chinh',
    name: 'Sở Tài chính',
    kind: 'so-nganh',
    aliases: [],
  },
  {
    id: 'so-noi-vu',
    name: 'Sở Nội vụ',
    kind: 'so-nganh',
    aliases: [],
  },
  {
    id: 'so-tu-phap',
    name: 'Sở Tư pháp',
    kind: 'so-nganh',
    aliases: [],
  },
  {
    id: 'so-xay-dung',
    name: 'Sở Xây dựng',
    kind: 'so-nganh',
    aliases: [],
  },
  {
    id: 'cuc-thue-tinh',
    name: 'Cục Thuế tỉnh',
    kind: 'so-nganh',
    aliases: ['Cục Thuế'],
  },
  {
    id: 'ban-tuyen-giao-tinh-uy',
    name: 'Ban Tuyên giáo Tỉnh ủy',
    kind: 'so-nganh',
    aliases: ['Ban Tuyên giáo Tỉnh uỷ'],
  },

  // Chính quyền (government)
  {
    id: 'van-phong-ubnd-tinh',
    name: 'Văn phòng Ủy ban nhân dân tỉnh',
    short: 'Văn phòng UBND tỉnh',
    kind: 'chinh-quyen',
    aliases: ['Văn phòng UBND tỉnh', 'VP UBND tỉnh'],
  },
  {
    id: 'ubnd-cap-huyen',
    name: 'Ủy ban nhân dân các huyện, thị xã, thành phố',
    short: 'UBND cấp huyện',
    kind: 'chinh-quyen',
    aliases: [
      'UBND các huyện, thị xã, thành phố',
      'UBND các huyện, thị xã, thành phố trên địa bàn tỉnh',
      'Ủy ban nhân dân các huyện, thành phố',
      'UBND các huyện, thành phố',
      'UBND huyện, thị xã, thành phố',
      'các huyện, thị xã, thành phố',
    ],
  },

  // Đoàn thể, hội (mass organisations and associations)
  {
    id: 'tinh-doan',
    name: 'Tỉnh đoàn',
    short: 'Đoàn TNCS HCM tỉnh',
    kind: 'doan-the',
    aliases: [
      'Tỉnh Đoàn',
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh',
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
      'Đoàn TNCS Hồ Chí Minh tỉnh',
      'Đoàn TNCS HCM tỉnh',
    ],
  },
  {
    id: 'doan-cap-huyen',
    name: 'Đoàn Thanh niên cấp huyện',
    short: 'Huyện, thành Đoàn',
    kind: 'doan-the',
    aliases: [
      'Đoàn TNCS Hồ Chí Minh huyện, thị xã, thành phố',
      'các huyện, thành Đoàn trên địa bàn tỉnh',
      'các huyện, thành Đoàn',
    ],
  },
  {
    id: 'hoi-lien-hiep-phu-nu-tinh',
    name: 'Hội Liên hiệp Phụ nữ tỉnh',
    short: 'Hội LHPN tỉnh',
    kind: 'doan-the',
    aliases: ['Hội LHPN tỉnh', 'Hội Liên hiệp phụ nữ tỉnh'],
  },
  {
    id: 'hoi-lien-hiep-phu-nu-cap-huyen',
    name: 'Hội Liên hiệp Phụ nữ cấp huyện',
    kind: 'doan-the',
    aliases: ['Hội Liên hiệp Phụ nữ các huyện, thị xã, thành phố'],
  },
  {
    id: 'hoi-nong-dan-tinh',
    name: 'Hội Nông dân tỉnh',
    kind: 'doan-the',
    aliases: ['Hội Nông dân'],
  },
  {
    id: 'lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh',
    name: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
    short: 'Liên hiệp các Hội KH&KT tỉnh',
    kind: 'doan-the',
    aliases: [
      'Liên Hiệp các Hội Khoa học và Kỹ thuật tỉnh',
      'Liên hiệp các hội khoa học kỹ thuật tỉnh',
      'Liên hiệp các Hội khoa học và Kỹ thuật',
    ],
  },
  {
    id: 'hiep-hoi-doanh-nghiep-tinh',
    name: 'Hiệp hội doanh nghiệp tỉnh',
    kind: 'doan-the',
    aliases: ['Hiệp Hội doanh nghiệp tỉnh', 'Hiệp hội DN tỉnh'],
  },
  {
    id: 'hoi-doanh-nhan-tre-tinh',
    name: 'Hội doanh nhân trẻ tỉnh',
    kind: 'doan-the',
    // Hưng Yên writes "Hội doanh nghiệp trẻ tỉnh" for the same body.
    aliases: ['Hội Doanh nhân trẻ', 'Hội doanh nghiệp trẻ tỉnh', 'Hội doanh nghiệp trẻ'],
  },

  // Báo chí, truyền thông (media)
  {
    id: 'bao-tinh',
    name: 'Báo tỉnh',
    kind: 'truyen-thong',
    // The province name follows "Báo" (Báo Tây Ninh, Báo Hưng Yên…): it is removed before matching.
    aliases: ['Báo'],
  },
  {
    id: 'dai-phat-thanh-va-truyen-hinh-tinh',
    name: 'Đài Phát thanh và Truyền hình tỉnh',
    short: 'Đài PT-TH tỉnh',
    kind: 'truyen-thong',
    aliases: [
      'Đài Phát thanh - Truyền hình tỉnh',
      'Đài Phát thanh Truyền hình',
      'Đài Phát thanh và Truyền hình',
      'Đài PT-TH tỉnh',
    ],
  },
  {
    id: 'cong-thong-tin-dien-tu-tinh',
    name: 'Cổng Thông tin điện tử tỉnh',
    short: 'Cổng TTĐT tỉnh',
    kind: 'truyen-thong',
    aliases: ['Cổng TTĐT tỉnh'],
  },
  {
    id: 'trang-thong-tin-khoi-nghiep',
    name: 'Trang thông tin điện tử khởi nghiệp sáng tạo',
    kind: 'truyen-thong',
    aliases: ['Trang Thông tin điện tử khởi nghiệp sáng tạo và các Cổng Thông tin khác'],
  },

  // Giáo dục (education)
  {
    id: 'truong-dai-hoc-cao-dang',
    name: 'Các trường đại học, cao đẳng',
    kind: 'giao-duc',
    aliases: [
      'các trường đại học, cao đẳng trên địa bàn tỉnh',
      'trường đại học, cao đẳng',
      'Các trường đại học, cao đẳng, trung học chuyên nghiệp',
      'các trường',
    ],
  },
  {
    id: 'truong-cao-dang-trung-cap-nghe',
    name: 'Các trường cao đẳng, trung cấp nghề',
    kind: 'giao-duc',
    aliases: [
      'Các trường Cao đẳng, Trung cấp nghề trên địa bàn tỉnh',
      'các Trường Cao đẳng, Trung cấp nghề trên địa bàn tỉnh',
    ],
  },
  {
    id: 'truong-pho-thong',
    name: 'Các trường trung học phổ thông, trung học cơ sở',
    short: 'Các trường THPT, THCS',
    kind: 'giao-duc',
    aliases: [
      'các trường THPT trên địa bàn tỉnh',
      'các trường THPT',
      'các trường THCS, THPT',
      'các trường Cao đẳng, Trung cấp, THPT trên địa bàn tỉnh',
    ],
  },
  {
    id: 'trung-tam-gdnn-gdtx',
    name: 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
    short: 'Trung tâm GDNN-GDTX',
    kind: 'giao-duc',
    aliases: [],
  },
  {
    id: 'truong-dai-hoc-su-pham-ky-thuat-hung-yen',
    name: 'Trường Đại học Sư phạm Kỹ thuật Hưng Yên',
    kind: 'giao-duc',
    aliases: ['Trường Đại học sư phạm kỹ thuật Hưng Yên'],
  },
  {
    id: 'phan-hieu-dai-hoc-da-nang-tai-kon-tum',
    name: 'Phân hiệu Đại học Đà Nẵng tại Kon Tum',
    kind: 'giao-duc',
    aliases: ['Phân hiệu Đại học Đà Nẵng'],
  },
  {
    id: 'truong-cao-dang-cong-dong-kon-tum',
    name: 'Trường Cao đẳng Cộng đồng Kon Tum',
    kind: 'giao-duc',
    aliases: [],
  },

  // Hỗ trợ khởi nghiệp (support bodies)
  {
    id: 'trung-tam-ung-dung-khcn',
    name: 'Trung tâm Ứng dụng và Dịch vụ Khoa học Công nghệ',
    kind: 'ho-tro',
    aliases: ['Trung tâm Ứng dụng và Dịch vụ Khoa học và Công nghệ'],
  },
  {
    id: 'cau-lac-bo-khoi-nghiep',
    name: 'Các câu lạc bộ khởi nghiệp',
    short: 'CLB khởi nghiệp',
    kind: 'ho-tro',
    aliases: [
      'Câu lạc bộ khởi nghiệp sáng tạo tỉnh',
      'các câu lạc bộ khởi nghiệp sáng tạo',
      'Các câu lạc bộ hỗ trợ khởi nghiệp',
      'câu lạc bộ hỗ trợ khởi nghiệp tại các đơn vị',
      'câu lạc bộ khởi nghiệp',
    ],
  },
  {
    id: 'quy-khoi-nghiep-doanh-nghiep-khcn-viet-nam',
    name: 'Quỹ Khởi nghiệp Doanh nghiệp Khoa học và Công nghệ Việt Nam',
    kind: 'trung-uong',
    aliases: [],
  },

  // Nhóm chung (generic groups)
  {
    id: 'cac-so-ban-nganh',
    name: 'Các sở, ban, ngành liên quan',
    kind: 'chung',
    aliases: [
      'các sở, ban, ngành',
      'các sở, ngành liên quan',
      'các sở, ngành có liên quan',
      'các sở, ngành',
      'các sở, ngành tỉnh',
      'các sở, ban, ngành tỉnh',
      'các sở, ban ngành',
      'các sở, ban, ngành và địa phương',
      'các sở, ngành, tổ chức có liên quan triển khai thực hiện',
      'các cơ quan sở, ngành',
    ],
  },
  {
    id: 'cac-so-nganh-doan-the',
    name: 'Các sở, ban, ngành, đoàn thể tỉnh',
    kind: 'chung',
    aliases: ['các sở, ngành, đoàn thể', 'các sở, ban ngành, đoàn thể', 'các sở, ban, ngành, đoàn thể'],
  },
  {
    id: 'cac-don-vi-lien-quan',
    name: 'Các cơ quan, đơn vị có liên quan',
    kind: 'chung',
    aliases: [
      'các đơn vị có liên quan',
      'các đơn vị liên quan',
      'các cơ quan đơn vị liên quan',
      'các cơ quan, đơn vị liên quan',
      'các cơ quan, đơn vị chức năng có liên quan',
      'các cơ quan đơn vị chức năng liên quan',
      'các cơ quan, đơn vị, cá nhân liên quan',
      'các cơ quan liên quan',
    ],
  },
  {
    id: 'doanh-nghiep-to-chuc-ca-nhan',
    name: 'Các doanh nghiệp, tổ chức, cá nhân liên quan',
    kind: 'chung',
    aliases: [
      'các doanh nghiệp, tổ chức cá nhân liên quan',
      'các doanh nghiệp',
      'các doanh nghiệp và đơn vị liên quan',
      'các doanh nghiệp, đơn vị liên quan',
      'các tổ chức, cá nhân',
      'các doanh nghiệp, tổ chức, cá nhân',
    ],
  },
  {
    id: 'don-vi-to-chuc-dao-tao',
    name: 'Cơ quan chủ trì tổ chức đào tạo, tập huấn',
    kind: 'chung',
    aliases: [],
  },
];

const byId = new Map(AGENCIES.map((agency) => [agency.id, agency]));

/** The registry entry with this id; throws for an id that is not in the registry. */
export function getAgency(id: string): Agency {
  const agency = byId.get(id);
  if (!agency) throw new Error(`Cơ quan không có trong danh mục: "${id}"`);
  return agency;
}

/**
 * The form in which wordings are compared: folded, "&" spelled out, the province's own name
 * and trailing place phrases removed ("Tỉnh đoàn Tây Ninh" → "tinh doan"), so that each
 * alias need only be written once for all provinces.
 */
export function agencyKey(wording: string, province?: string): string {
  let key = ` ${fold(wording)} `;
  if (province) key = key.replace(` ${fold(province)} `, ' ').replace(` tinh ${fold(province)} `, ' tinh ');
  return key
    .replace(/[.;:]+\s*$/g, ' ')
    .replace(/\s*&\s*/g, ' va ')
    .replace(/\s*[-–,]\s*/g, ' ')
    .replace(/ tren dia ban( tinh)? /g, ' ')
    .replace(/ (co )?lien quan /g, ' lien quan ')
    .replace(/^ (cac )?/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const byKey = new Map<string, Agency>();
for (const agency of AGENCIES) {
  for (const wording of [agency.name, ...agency.aliases]) {
    const key = agencyKey(wording);
    const clash = byKey.get(key);
    if (clash && clash.id !== agency.id) {
      throw new Error(`Danh mục cơ quan: "${wording}" trùng với ${clash.id}`);
    }
    byKey.set(key, agency);
  }
}

/** Resolve a wording as written in a plan of `province` to its registry entry, or undefined. */
export function resolveAgency(wording: string, province?: string): Agency | undefined {
  return byKey.get(agencyKey(wording, province)) ?? byKey.get(agencyKey(wording));
}
