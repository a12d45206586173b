/**
 * Legal bases (căn cứ) and other documents a plan cites: labels, and links between plans
 * that implement one another (an annual plan under its period plan).
 */
import type { Plan } from '../schemas/plan.ts';
import { formatDate, type PlanEntry } from './plans.ts';

export type LegalBasis = Plan['plan']['legalBases'][number];

/** "Quyết định 844/QĐ-TTg ngày 18/05/2016". */
export function legalBasisLabel(basis: LegalBasis): string {
  const date = formatDate(basis.date);
  return `${basis.type} ${basis.number ?? '(không số)'}${date ? ` ngày ${date}` : ''}`;
}

/** The plan on this site with that document number, if any. */
export function findPlanByNumber<T extends PlanEntry>(entries: T[], number: string | null): T | undefined {
  if (!number) return undefined;
  return entries.find((entry) => entry.data.plan.number === number);
}
