/** Reads content/plans/*.mdx the way Astro does (js-yaml frontmatter), for tests and scripts. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { planSchema, type Plan } from '../../src/schemas/plan.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const PLANS_DIR = join(ROOT, 'content/plans');

export interface PlanFile {
  slug: string;
  file: string;
  raw: unknown;
  body: string;
}

export function readPlanFiles(dir = PLANS_DIR): PlanFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (!match) throw new Error(`${name}: thiếu frontmatter`);
      return {
        slug: name.replace(/\.mdx$/, ''),
        file: name,
        raw: yaml.load(match[1]!),
        body: text.slice(match[0].length),
      };
    });
}

export function parsePlan(file: PlanFile): Plan {
  const result = planSchema.safeParse(file.raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`${file.file}:\n${issues}`);
  }
  return result.data;
}

/** The ids of the <Task id="…"> wrappers in an MDX body, in order. */
export function bodyTaskIds(body: string): string[] {
  return [...body.matchAll(/<Task\s+id="([^"]+)"/g)].map((m) => m[1]!);
}

export function readSource(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}
