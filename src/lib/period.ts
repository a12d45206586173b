/**
 * A plan's period as readers write it. Its own module, free of the vocabularies, because the
 * search page's script labels results with it and should not carry what it does not use.
 */

/** "2019–2025" or "2022". */
export function periodLabel(plan: { period: { start: number; end: number } }): string {
  const { start, end } = plan.period;
  return start === end ? String(start) : `${start}–${end}`;
}
