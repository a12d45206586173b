/**
 * The plan files of content/plans/ read and checked as the build reads them (src/lib/plan-file.ts,
 * the reader of the content collection), for tests and scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanFolder, type PlanFileEntry } from '../../src/lib/plan-file.ts';
import type { Plan } from '../../src/schemas/plan.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const PLANS_DIR = join(ROOT, 'content/plans');

export type PlanFile = PlanFileEntry;

/**
 * Every plan file of `dir`, in file name order (sources looked up under `root`); throws with every
 * problem of every broken file.
 */
export function readPlanFiles(dir = PLANS_DIR, root = ROOT): PlanFile[] {
  return readPlanFolder(dir, root);
}

/** The plan of a file, validated and resolved by planSchema. */
export function parsePlan(file: PlanFile): Plan {
  return file.plan;
}

/** The ids of the <Task id="…"> wrappers in an MDX body, in order. */
export function bodyTaskIds(body: string): string[] {
  return [...body.matchAll(/<Task\s+id="([^"]+)"/g)].map((m) => m[1]!);
}

export function readSource(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}
