/**
 * Administrative context a 2026 reader needs (DOMAIN.md): from 1 July 2025 Vietnam has two tiers
 * of local government (province and commune; the district level was abolished) and 34
 * provinces. The plans and documents were issued by the provinces as they were then: this module
 * only adds context beside them, it never rewrites a document's province. Which former province
 * is in which new one comes from content/catalogue/provinces-2025.json (src/lib/provinces.ts).
 */
import type { AdministrativeContext } from '../schemas/public-data.ts';
import { formatDate } from './plans.ts';
import { findProvince, UNITS_2025, withKind, type Unit2025 } from './provinces.ts';

/** The resolution that rearranged the provinces. */
export const REORGANISATION = {
  resolution: 'Nghị quyết 202/2025/QH15',
  issuer: 'Quốc hội',
  subject: 'sắp xếp đơn vị hành chính cấp tỉnh',
  /** The day the new provincial and communal governments began to work. */
  effective: '2025-07-01',
  provinceCount: UNITS_2025.length,
} as const;

/** The new units formed from more than one former unit, each with the units it was formed from (the first keeps its name). */
export const MERGERS_2025: readonly Unit2025[] = UNITS_2025.filter((unit) => unit.merged);

/** The unit that `province` (as it was before 1 July 2025) is part of since then; null for a name that is none of the 63. */
export function provinceSince2025(province: string): Unit2025 | null {
  return findProvince(province)?.unit ?? null;
}

/** "tỉnh Quảng Ngãi và tỉnh Kon Tum", "thành phố Hồ Chí Minh, tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu". */
function members(unit: Unit2025): string {
  const named = unit.from.map((name) => withKind(findProvince(name)!));
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} và ${named.at(-1)}` : named[0]!;
}

/**
 * One sentence of context: what the province as it was is part of since 1 July 2025. `subject`
 * names what was issued ("kế hoạch", "các văn bản").
 */
export function contextSummary(provinceAtIssue: string, subject = 'kế hoạch'): string | null {
  const province = findProvince(provinceAtIssue);
  if (!province) return null;
  const { unit } = province;
  const then = `${withKind(province)} lúc ban hành ${subject}`;
  if (!unit.merged) {
    const now = unit.name === province.name ? '' : ` (nay là ${withKind(unit)})`;
    return `Khi ${REORGANISATION.subject} từ ngày ${EFFECTIVE_DATE} theo ${REORGANISATION.resolution} của ${REORGANISATION.issuer}, ${withKind(province)}${now} giữ nguyên địa giới: ${withKind(unit)} hiện nay là ${then}.`;
  }
  const opening = `Từ ngày ${EFFECTIVE_DATE}, theo ${REORGANISATION.resolution} của ${REORGANISATION.issuer} về ${REORGANISATION.subject}, ${members(unit)} được sắp xếp thành một ${unit.kind} lấy tên là ${withKind(unit)}`;
  return unit.name === province.name
    ? `${opening}: ${withKind(unit)} hiện nay rộng hơn ${then}.`
    : `${opening}: địa bàn ${then} nay thuộc ${withKind(unit)}.`;
}

/** The administrative context of a province as it was when a plan was issued; null for a name that is none of the 63. */
export function administrativeContext(provinceAtIssue: string): AdministrativeContext | null {
  const province = findProvince(provinceAtIssue);
  if (!province) return null;
  return {
    provinceAtIssue,
    province: province.unit.name,
    mergedFrom: [...province.unit.from],
    effective: REORGANISATION.effective,
    resolution: REORGANISATION.resolution,
    summary: contextSummary(provinceAtIssue)!,
  };
}

/** The day of the reorganisation as pages print it: "01/07/2025". */
export const EFFECTIVE_DATE = formatDate(REORGANISATION.effective)!;

/** The two-tier local government, as a clause: what changed everywhere on that day. */
const TWO_TIER = `chính quyền địa phương được tổ chức theo hai cấp (tỉnh và xã; cấp huyện không còn) và cả nước có ${REORGANISATION.provinceCount} tỉnh, thành phố`;

/**
 * The general facts, shown after the province-specific sentence ("Cũng từ ngày đó" = from the same
 * day), for what the province issued (`subject`: "kế hoạch", "các văn bản").
 */
export function twoTierNote(subject = 'kế hoạch'): string {
  return `Cũng từ ngày đó, ${TWO_TIER}. ${subject[0]!.toUpperCase()}${subject.slice(1)} được ban hành bởi tỉnh như lúc đó; trang giữ nguyên nội dung ${subject}.`;
}

export const TWO_TIER_NOTE = twoTierNote();

/** The same facts for a page about no province in particular. */
export const TWO_TIER_NOTE_ALONE = `Từ ngày ${EFFECTIVE_DATE}, ${TWO_TIER}.`;

/**
 * The mergers in words, "Kon Tum nhập vào Quảng Ngãi, Thái Bình nhập vào Hưng Yên, …": of the
 * given provinces (as they were), or of all 63.
 */
export function mergersInWords(provinces?: readonly string[]): string {
  const concerned = provinces ? new Set(provinces.map((name) => findProvince(name)?.unit)) : null;
  return MERGERS_2025.filter((unit) => !concerned || concerned.has(unit))
    .flatMap((unit) => unit.from.slice(1).map((old) => `${old} nhập vào ${unit.name}`))
    .join(', ');
}

const formerCount = MERGERS_2025.reduce((sum, unit) => sum + unit.from.length, 0);

/** The whole context in a few sentences, for pages that show every plan (about page, timeline). */
export const REORGANISATION_NOTE = `${TWO_TIER_NOTE_ALONE} Theo ${REORGANISATION.resolution}, ${formerCount} tỉnh, thành phố trước đó được sắp xếp thành ${MERGERS_2025.length} đơn vị mới, ${REORGANISATION.provinceCount - MERGERS_2025.length} đơn vị giữ nguyên. Các kế hoạch trên trang được ban hành bởi các tỉnh theo địa giới lúc đó và được giữ nguyên như vậy.`;

/** The other former provinces of the same new province (Kon Tum → [Quảng Ngãi]), to link their pages. */
export function relatedProvinces(provinceAtIssue: string): string[] {
  const province = findProvince(provinceAtIssue);
  return province ? province.unit.from.filter((old) => old !== province.name) : [];
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
  const province = findProvince(provinceAtIssue);
  if (!province) return `sau ngày ${EFFECTIVE_DATE}`;
  const { unit } = province;
  if (!unit.merged) return `từ ${EFFECTIVE_DATE} không đổi`;
  return unit.name === province.name
    ? `từ ${EFFECTIVE_DATE} gộp thêm ${unit.from.filter((old) => old !== province.name).join(', ')}`
    : `từ ${EFFECTIVE_DATE} thuộc ${unit.title.charAt(0).toLowerCase()}${unit.title.slice(1)}`;
}
