/**
 * Administrative context a 2026 reader needs (DOMAIN.md): from 1 July 2025 Vietnam has two tiers
 * of local government (province and commune; the district level was abolished) and 34
 * provinces. The plans were issued by the provinces as they were then: this module only adds
 * context beside a plan, it never rewrites the plan's province.
 */
import type { AdministrativeContext } from '../schemas/public-data.ts';
import { formatDate } from './plans.ts';
import { fold } from './vietnamese.ts';

/** The resolution that rearranged the provinces. */
export const REORGANISATION = {
  resolution: 'Nghị quyết 202/2025/QH15',
  issuer: 'Quốc hội',
  subject: 'sắp xếp đơn vị hành chính cấp tỉnh',
  /** The day the new provincial and communal governments began to work. */
  effective: '2025-07-01',
  provinceCount: 34,
} as const;

/**
 * The mergers that concern the provinces of this site: each new province and the former
 * provinces it was formed from (the first keeps its name). Provinces not listed here are not
 * claimed to be unchanged: the site simply records nothing about them.
 */
export const MERGERS_2025: { province: string; from: string[] }[] = [
  { province: 'Quảng Ngãi', from: ['Quảng Ngãi', 'Kon Tum'] },
  { province: 'Hưng Yên', from: ['Hưng Yên', 'Thái Bình'] },
  { province: 'Tây Ninh', from: ['Tây Ninh', 'Long An'] },
];

const same = (a: string, b: string) => fold(a) === fold(b);

/** The province that `province` (as it was before 1 July 2025) is part of since then, if recorded. */
export function provinceSince2025(province: string): { province: string; from: string[] } | null {
  return MERGERS_2025.find((merger) => merger.from.some((old) => same(old, province))) ?? null;
}

/** One sentence of context: what the province as it was is part of since 1 July 2025. */
export function contextSummary(provinceAtIssue: string, merger: { province: string; from: string[] }): string {
  const opening = `Từ ngày 01/07/2025, theo ${REORGANISATION.resolution} của ${REORGANISATION.issuer} về ${REORGANISATION.subject}, tỉnh ${merger.from.join(' và tỉnh ')} được sắp xếp thành một tỉnh lấy tên là tỉnh ${merger.province}`;
  return same(merger.province, provinceAtIssue)
    ? `${opening}: tỉnh ${merger.province} hiện nay rộng hơn tỉnh ${provinceAtIssue} lúc ban hành kế hoạch.`
    : `${opening}: địa bàn tỉnh ${provinceAtIssue} lúc ban hành kế hoạch nay thuộc tỉnh ${merger.province}.`;
}

/** The administrative context of a province as it was when a plan was issued; null when not recorded. */
export function administrativeContext(provinceAtIssue: string): AdministrativeContext | null {
  const merger = provinceSince2025(provinceAtIssue);
  if (!merger) return null;
  return {
    provinceAtIssue,
    province: merger.province,
    mergedFrom: merger.from,
    effective: REORGANISATION.effective,
    resolution: REORGANISATION.resolution,
    summary: contextSummary(provinceAtIssue, merger),
  };
}

/** The day of the reorganisation as pages print it: "01/07/2025". */
export const EFFECTIVE_DATE = formatDate(REORGANISATION.effective)!;

/** The two-tier local government, as a clause: what changed everywhere on that day. */
const TWO_TIER = `chính quyền địa phương được tổ chức theo hai cấp (tỉnh và xã; cấp huyện không còn) và cả nước có ${REORGANISATION.provinceCount} tỉnh, thành phố`;

/** The general facts, shown after the province-specific sentence ("Cũng từ ngày đó" = from the same day). */
export const TWO_TIER_NOTE = `Cũng từ ngày đó, ${TWO_TIER}. Kế hoạch được ban hành bởi tỉnh như lúc đó; trang giữ nguyên nội dung kế hoạch.`;

/** The same facts for a page about no province in particular. */
export const TWO_TIER_NOTE_ALONE = `Từ ngày ${EFFECTIVE_DATE}, ${TWO_TIER}.`;

/** The recorded mergers in words: "Kon Tum nhập vào Quảng Ngãi, Thái Bình nhập vào Hưng Yên, …". */
export function mergersInWords(): string {
  return MERGERS_2025.flatMap((merger) =>
    merger.from.filter((old) => !same(old, merger.province)).map((old) => `${old} nhập vào ${merger.province}`),
  ).join(', ');
}

/** The whole context in a few sentences, for pages that show every plan (about page, timeline). */
export const REORGANISATION_NOTE = `${TWO_TIER_NOTE_ALONE} Theo ${REORGANISATION.resolution}, ${mergersInWords()}. Các kế hoạch trên trang được ban hành bởi các tỉnh theo địa giới lúc đó và được giữ nguyên như vậy.`;

/** The other former provinces of the same new province (Kon Tum → [Quảng Ngãi]), to link their plans. */
export function relatedProvinces(provinceAtIssue: string): string[] {
  const merger = provinceSince2025(provinceAtIssue);
  return merger ? merger.from.filter((old) => !same(old, provinceAtIssue)) : [];
}

/** The registry id of the district People's Committees, a level of government that no longer exists. */
export const DISTRICT_COMMITTEES = 'ubnd-cap-huyen';

/** The tasks that give a role to the district People's Committees (as lead or partner). */
export function districtLevelTasks<T extends { lead: { agency: string }[]; partners: { agency: string }[] }>(
  tasks: T[],
): T[] {
  return tasks.filter((task) =>
    [...task.lead, ...task.partners].some((mention) => mention.agency === DISTRICT_COMMITTEES),
  );
}

/** The context in a few words, for a folded section's hint: "từ 01/07/2025 thuộc tỉnh Quảng Ngãi". */
export function contextInBrief(provinceAtIssue: string): string {
  const merger = provinceSince2025(provinceAtIssue);
  if (!merger) return `sau ngày ${EFFECTIVE_DATE}`;
  return same(merger.province, provinceAtIssue)
    ? `từ ${EFFECTIVE_DATE} gộp thêm tỉnh ${merger.from.filter((old) => !same(old, provinceAtIssue)).join(', ')}`
    : `từ ${EFFECTIVE_DATE} thuộc tỉnh ${merger.province}`;
}
