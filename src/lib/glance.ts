/**
 * "Nhìn nhanh" (at a glance): what a comparison of plans shows, in a few sentences, computed from
 * a few facts per plan. The same function writes the summary of every pre-rendered comparison page
 * and, in the browser, the summary of a selection changed in place (src/client/compare.ts reads
 * the facts from the page), so that both always say the same thing of the same plans. Small on
 * purpose: the comparison's island bundles it.
 */
import { THEMES } from './themes.ts';

/** What the summary needs to know of one plan. */
export interface PlanFacts {
  slug: string;
  province: string;
  /** Number of tasks. */
  tasks: number;
  /** Tasks per theme id; a theme with none is left out. */
  themes: Record<string, number>;
  /** Tasks the Sở KH&CN (Department of Science and Technology) leads, alone or jointly. */
  scienceLed: number;
}

/** "62 %": a share in Vietnamese notation (no decimals). */
export const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)} %`);

export interface ThemeCoverage {
  theme: string;
  label: string;
  /** Provinces with at least one task under the theme. */
  provinces: string[];
  tasks: number;
}

/** For each theme, which provinces' plans have tasks under it: the basis of "only one province covers…". */
export function themeCoverageOf(plans: readonly PlanFacts[]): ThemeCoverage[] {
  return THEMES.map((theme) => {
    const withTheme = plans.filter((plan) => (plan.themes[theme.id] ?? 0) > 0);
    return {
      theme: theme.id,
      label: theme.label,
      provinces: [...new Set(withTheme.map((plan) => plan.province))],
      tasks: withTheme.reduce((sum, plan) => sum + plan.themes[theme.id]!, 0),
    };
  });
}

/** The summary of a comparison of `plans` (in reading order), one sentence per line. */
export function glanceLines(plans: readonly PlanFacts[]): string[] {
  const coverage = themeCoverageOf(plans);
  const provinces = [...new Set(plans.map((plan) => plan.province))];
  const several = provinces.length > 1;
  const taskTotal = plans.reduce((sum, plan) => sum + plan.tasks, 0);
  const scienceLed = plans.reduce((sum, plan) => sum + plan.scienceLed, 0);
  const everywhere = coverage.filter((c) => c.provinces.length === provinces.length);
  const onlyOne = coverage.filter((c) => c.provinces.length === 1);
  const somewhere = coverage.filter((c) => c.provinces.length > 1 && c.provinces.length < provinces.length);
  const nowhere = coverage.filter((c) => c.provinces.length === 0);
  const lines = [`${plans.length} kế hoạch của ${provinces.length} tỉnh, ${taskTotal} nhiệm vụ.`];
  if (several) {
    lines.push(
      `Chủ đề tỉnh nào cũng có: ${everywhere.length > 0 ? everywhere.map((c) => c.label).join('; ') : 'không có'}.`,
      `Chủ đề chỉ một tỉnh có: ${
        onlyOne.length > 0
          ? onlyOne.map((c) => `${c.label} (${c.provinces[0]}, ${c.tasks} nhiệm vụ)`).join('; ')
          : 'không có chủ đề nào chỉ riêng một tỉnh'
      }.`,
    );
  }
  if (provinces.length > 2 && coverage.some((c) => c.provinces.length > 0 && c.provinces.length < provinces.length)) {
    const absent = somewhere.map(
      (c) => `${c.label} (không có ở ${provinces.filter((p) => !c.provinces.includes(p)).join(', ')})`,
    );
    lines.push(`Chủ đề vắng ở một số tỉnh: ${absent.join('; ') || 'không có'}.`);
  }
  if (nowhere.length > 0) lines.push(`Chủ đề không kế hoạch nào có: ${nowhere.map((c) => c.label).join('; ')}.`);
  lines.push(
    `Sở Khoa học và Công nghệ chủ trì (một mình hoặc cùng cơ quan khác) ${scienceLed}/${taskTotal} nhiệm vụ (${percent(
      scienceLed,
      taskTotal,
    )}): ${plans
      .map((plan) => `${plan.province} ${plan.scienceLed}/${plan.tasks} (${percent(plan.scienceLed, plan.tasks)})`)
      .join(', ')}.`,
  );
  return lines;
}
