/** How many tasks of a set of plans carry each theme: for the province page and the home page. */
import type { PlanEntry } from './plans.ts';
import { THEMES, type Theme } from './themes.ts';

export function countByTheme(plans: PlanEntry[]): { theme: Theme; count: number }[] {
  return THEMES.map((theme) => ({
    theme,
    count: plans.reduce(
      (sum, plan) => sum + plan.data.tasks.filter((task) => task.themes.includes(theme.id)).length,
      0,
    ),
  }));
}
