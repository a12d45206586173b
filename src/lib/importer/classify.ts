/**
 * Suggested themes (src/lib/themes.ts), activity types (src/lib/activity-types.ts) and target
 * groups (src/lib/target-groups.ts) for a task,
 * by transparent keyword rules: each rule lists the phrases that make it apply. The phrases are
 * compared after folding (no diacritics), on the task's title and description (target groups
 * also on its "Đối tượng" wording). Suggestions are ordered by where their first phrase occurs
 * and are listed in the report for a human to review; they are never a substitute for reading.
 */
import { fold } from '../vietnamese.ts';

export interface Rule {
  id: string;
  /** Folded phrases; a phrase matches at word boundaries. */
  phrases: string[];
}

/** Theme rules, one per theme of src/lib/themes.ts. */
export const THEME_RULES: Rule[] = [
  {
    id: 'truyen-thong',
    phrases: [
      'tuyen truyen',
      'truyen thong',
      'phong su',
      'chuyen muc',
      'chuyen de',
      'website',
      'trang thong tin',
      'fanpage',
      'thong tin dai chung',
      'pho bien kien thuc',
      'quang ba',
    ],
  },
  {
    id: 'su-kien',
    phrases: [
      'hoi thao',
      'hoi nghi',
      'dien dan',
      'cuoc thi',
      'hoi thi',
      'ngay hoi',
      'su kien',
      'toa dam',
      'techfest',
      'cho phien',
    ],
  },
  { id: 'dao-tao', phrases: ['dao tao', 'tap huan', 'boi duong', 'khoa hoc ngan han', 'lop hoc'] },
  {
    id: 'ha-tang',
    phrases: [
      'khong gian lam viec chung',
      'co so uom tao',
      'vuon uom',
      'khu lam viec',
      'co so vat chat',
      'co so ky thuat',
      'khu tap trung',
      'khu dich vu',
      'trung tam ho tro',
      'trung tam xuc tien',
      'trung tam khoi nghiep',
      'co-working',
    ],
  },
  { id: 'ket-noi', phrases: ['ket noi', 'mang luoi', 'lien ket', 'hop tac', 'cau lac bo', 'doan cong tac'] },
  {
    id: 'chinh-sach',
    phrases: ['chinh sach', 'co che', 'thu tuc', 'phap ly', 'phap luat', 'de an', 'ke hoach thuc hien'],
  },
  {
    id: 'tai-chinh',
    phrases: [
      'quy ho tro',
      'quy phat trien',
      'quy dau tu',
      'quy khoi nghiep',
      'quy doi moi',
      'quy quoc gia',
      'cac quy',
      'nguon von',
      'von dau tu',
      'nha dau tu',
      'keu goi dau tu',
      'tai tro',
      'nguon luc tai chinh',
    ],
  },
  {
    id: 'ho-tro-truc-tiep',
    phrases: [
      'ho tro xay dung',
      'ho tro phat trien',
      'ho tro cac doanh nghiep',
      'ho tro cho cac doanh nghiep',
      'ho tro ca nhan',
      'tu van',
      'so huu tri tue',
      'trung bay',
      'quang ba san pham',
      'uom tao',
      'dong hanh',
    ],
  },
  {
    id: 'truong-hoc',
    phrases: [
      'cac truong',
      'truong dai hoc',
      'truong cao dang',
      'truong trung',
      'nha truong',
      'truong hoc',
      'hoc sinh',
      'sinh vien',
      'giao vien',
      'giang vien',
      'co so giao duc',
    ],
  },
  { id: 'dia-phuong', phrases: ['cap huyen', 'cac huyen', 'tai cac dia phuong', 'dia ban quan ly'] },
  { id: 'theo-doi', phrases: ['so ket', 'tong ket', 'danh gia', 'hoc tap kinh nghiem'] },
];

/** Activity-type rules, one per type of src/lib/activity-types.ts. */
export const ACTIVITY_TYPE_RULES: Rule[] = [
  {
    id: 'trang-thong-tin',
    phrases: ['website', 'trang thong tin', 'fanpage', 'cong thong tin', 'chuyen muc'],
  },
  { id: 'phong-su', phrases: ['phong su', 'chuyen de', 'bao dai', 'tren bao', 'thong tin dai chung'] },
  { id: 'tuyen-truyen', phrases: ['tuyen truyen', 'pho bien', 'nang cao nhan thuc'] },
  { id: 'cuoc-thi', phrases: ['cuoc thi', 'hoi thi', 'chung ket'] },
  { id: 'ngay-hoi', phrases: ['ngay hoi', 'le hoi'] },
  { id: 'hoi-thao', phrases: ['hoi thao', 'hoi nghi', 'toa dam', 'dien dan', 'noi chuyen'] },
  {
    id: 'su-kien-quoc-gia',
    phrases: ['techfest', 'ngay hoi khoi nghiep quoc gia', 'tham gia cac su kien', 'cac bo nganh trung uong'],
  },
  { id: 'su-kien-ket-noi', phrases: ['hoi thao ket noi', 'su kien ket noi', 'ket noi giua doanh nghiep'] },
  {
    id: 'tap-huan-khoi-nghiep',
    phrases: ['tap huan', 'lop dao tao', 'khoa dao tao', 'dao tao ky nang', 'to chuc dao tao', 'dao tao boi duong'],
  },
  {
    id: 'boi-duong-can-bo',
    phrases: ['cong chuc', 'boi duong nghiep vu', 'doi ngu can bo', 'doi ngu tu van'],
  },
  { id: 'giang-vien-nguon', phrases: ['giang vien nguon', 'dao tao chuyen gia'] },
  {
    id: 'chuong-trinh-nha-truong',
    phrases: ['chuong trinh dao tao', 'noi dung chuong trinh', 'trong cac truong', 'co so giao duc', 'ngoai khoa'],
  },
  { id: 'dao-tao-sinh-vien', phrases: ['cho sinh vien', 'cho hoc sinh', 'dao tao cho sinh vien'] },
  { id: 'cau-lac-bo', phrases: ['cau lac bo', 'clb'] },
  {
    id: 'mang-luoi-co-van',
    phrases: ['co van', 'mang luoi tu van', 'cac chuyen gia', 'he thong cac to chuc thuc day'],
  },
  {
    id: 'lien-ket-hop-tac',
    phrases: ['hop tac', 'lien ket', 'mang luoi lien ket', 'mang luoi ket noi', 'doi tac quoc te'],
  },
  { id: 'khong-gian-lam-viec-chung', phrases: ['khong gian lam viec chung', 'khu lam viec chung', 'co-working'] },
  {
    id: 'trung-tam-ho-tro',
    phrases: [
      'trung tam ho tro',
      'trung tam xuc tien',
      'trung tam khoi nghiep',
      'trung tam thong tin',
      'co so uom tao',
      'vuon uom',
      'khu dich vu',
      'khu tap trung',
    ],
  },
  { id: 'quy-khoi-nghiep', phrases: ['thanh lap quy', 'quy ho tro khoi nghiep', 'quy ho tro kndmst'] },
  { id: 'tiep-can-von', phrases: ['nguon von', 'tiep can quy', 'vay', 'cac quy'] },
  { id: 'ket-noi-dau-tu', phrases: ['nha dau tu', 'keu goi dau tu', 'goi von'] },
  {
    id: 'ho-tro-du-an',
    phrases: ['du an khoi nghiep', 'dong hanh', 'ho tro phat trien', 'ho tro xay dung phat trien'],
  },
  {
    id: 'cong-nghe-so-huu-tri-tue',
    phrases: ['so huu tri tue', 'tai san tri tue', 'doi moi cong nghe', 'chuyen giao', 'sang che'],
  },
  {
    id: 'quang-ba-san-pham',
    phrases: ['quang ba san pham', 'trung bay', 'hoi cho', 'cho phien', 'xuc tien thuong mai', 'cung cau'],
  },
  {
    id: 'xay-dung-chinh-sach',
    phrases: ['xay dung de an', 'xay dung ke hoach', 'chinh sach ho tro', 'trien khai thuc hien', 'tham muu'],
  },
  { id: 'cai-cach-thu-tuc', phrases: ['thu tuc hanh chinh', 'ho tro phap ly', 'thu tuc phap ly'] },
  { id: 'so-ket-danh-gia', phrases: ['so ket', 'tong ket', 'danh gia viec thuc hien'] },
  { id: 'hoc-tap-kinh-nghiem', phrases: ['hoc tap kinh nghiem', 'doan cong tac', 'hanh trinh khoi nghiep'] },
  { id: 'cap-huyen', phrases: ['cap huyen', 'cac huyen', 'hstkndmst cap huyen'] },
];

/** Target-group rules, one per group of src/lib/target-groups.ts. */
export const TARGET_GROUP_RULES: Rule[] = [
  { id: 'doanh-nghiep-khoi-nghiep', phrases: ['doanh nghiep khoi nghiep', 'startup'] },
  {
    id: 'ca-nhan-nhom-khoi-nghiep',
    phrases: [
      'nhom ca nhan',
      'cho ca nhan',
      'ca nhan co',
      'ca nhan khoi nghiep',
      'y tuong khoi nghiep',
      'du an khoi nghiep',
      'nhom khoi nghiep',
      'nguoi khoi nghiep',
    ],
  },
  { id: 'doanh-nghiep', phrases: ['cac doanh nghiep', 'doanh nghiep nho va vua', 'hop tac xa', 'doanh nghiep trong'] },
  { id: 'sinh-vien', phrases: ['sinh vien'] },
  { id: 'hoc-sinh', phrases: ['hoc sinh'] },
  { id: 'giao-vien', phrases: ['giao vien', 'giang vien'] },
  { id: 'thanh-nien', phrases: ['thanh nien', 'doan vien'] },
  { id: 'phu-nu', phrases: ['phu nu'] },
  { id: 'nong-dan', phrases: ['nong dan'] },
  { id: 'can-bo', phrases: ['can bo', 'cong chuc', 'vien chuc'] },
  {
    id: 'to-chuc-ho-tro',
    phrases: [
      'chuyen gia',
      'co van',
      'doi ngu tu van',
      'to chuc ho tro',
      'to chuc thuc day',
      'to chuc cung cap dich vu',
    ],
  },
  // ("nhân dân" alone would match every "Ủy ban nhân dân".)
  {
    id: 'cong-dong',
    phrases: ['cong dong', 'tang lop nhan dan', 'cho nhan dan', 'cua nhan dan', 'nguoi dan', 'thong tin dai chung'],
  },
];

export interface Suggestion {
  id: string;
  /** The phrase that made the rule apply, as folded. */
  because: string;
}

/** The rules that apply to `text`, ordered by where their first phrase occurs. */
export function applyRules(rules: Rule[], text: string): Suggestion[] {
  const folded = ` ${fold(text).replace(/[^a-z0-9-]+/g, ' ')} `;
  const hits: (Suggestion & { at: number })[] = [];
  for (const rule of rules) {
    let best: { at: number; because: string } | null = null;
    for (const phrase of rule.phrases) {
      const at = folded.indexOf(` ${phrase.trim()} `);
      if (at >= 0 && (!best || at < best.at)) best = { at, because: phrase.trim() };
    }
    if (best) hits.push({ id: rule.id, because: best.because, at: best.at });
  }
  return hits.sort((a, b) => a.at - b.at).map(({ id, because }) => ({ id, because }));
}

/** The theme given when no rule applies (the schema needs one): flagged in the report. */
export const FALLBACK_THEME = 'ho-tro-truc-tiep';

/** Suggested themes for a task; the section's title is the fallback when the task says nothing. */
export function suggestThemes(text: string, sectionTitle: string): Suggestion[] {
  const own = applyRules(THEME_RULES, text);
  if (own.length) return own;
  const fromSection = applyRules(THEME_RULES, sectionTitle)
    .slice(0, 1)
    .map((s) => ({ ...s, because: `${s.because} (tên phần)` }));
  return fromSection.length
    ? fromSection
    : [{ id: FALLBACK_THEME, because: 'không quy tắc nào khớp: chọn tạm, cần người biên tập chọn' }];
}

/** The activity type given when no rule applies (the schema needs one): flagged in the report. */
export const FALLBACK_ACTIVITY_TYPE = 'ho-tro-du-an';

/** Suggested activity types for a task: from its title, else its description too; a fallback when nothing matches. */
export function suggestActivityTypes(title: string, text: string): Suggestion[] {
  const own = applyRules(ACTIVITY_TYPE_RULES, title);
  if (own.length) return own;
  const more = applyRules(ACTIVITY_TYPE_RULES, text);
  return more.length
    ? more
    : [{ id: FALLBACK_ACTIVITY_TYPE, because: 'không quy tắc nào khớp: chọn tạm, cần người biên tập chọn' }];
}

/** Suggested target groups: from the "Đối tượng" wording when there is one, else the task's text. */
export function suggestTargetGroups(text: string, audience?: string): Suggestion[] {
  return applyRules(TARGET_GROUP_RULES, audience ?? text);
}
