/**
 * The hostile-content build: the real plans plus tests/fixtures/hostile/, whose
 * texts hold markup, MDX braces, "javascript:" links and spreadsheet formulas, built in a temporary
 * copy of the project (tests/helpers/fixture-site.ts). Shared by tests/build/hostile.test.ts and
 * tests/e2e/hostile.test.ts; each builds its own copy and removes it afterwards, unless
 * HOSTILE_DIST=<folder> names a build of it already made (to iterate on the tests quickly).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PLANS_DIR, ROOT } from './content.ts';
import { buildWithContent } from './fixture-site.ts';

export const HOSTILE_DIR = join(ROOT, 'tests/fixtures/hostile');
export const HOSTILE_SLUG = 'thu-nghiem-2023';
export const HOSTILE_FILE = `${HOSTILE_SLUG}.mdx`;

/** A word only the hostile plan holds, to search for it. */
export const MARKER = 'xsstest';

/** What the reader must see, literally, wherever the plan's texts are shown. */
export const PAYLOADS = {
  script: "<script>alert('xsstest",
  img: `"><img src=x onerror=alert('xsstest`,
  braces: '{xsstest}',
  javascript: "javascript:alert('xsstest",
} as const;

/** How long a build may take (the helper's own limit is 180 s), for beforeAll. */
export const BUILD_TIMEOUT = 200_000;

export interface HostileSite {
  /** The built site (the dist/ folder of the copy). */
  dir: string;
  /** Removes the temporary copy (nothing when HOSTILE_DIST was given). */
  cleanup(): void;
}

export function buildHostileSite(): HostileSite {
  if (process.env.HOSTILE_DIST) return { dir: resolve(ROOT, process.env.HOSTILE_DIST), cleanup() {} };
  const files: Record<string, string> = {};
  for (const name of readdirSync(PLANS_DIR).filter((n) => n.endsWith('.mdx')))
    files[name] = readFileSync(join(PLANS_DIR, name), 'utf8');
  files[HOSTILE_FILE] = readFileSync(join(HOSTILE_DIR, HOSTILE_FILE), 'utf8');
  const result = buildWithContent(files, { keep: true });
  const cleanup = () => rmSync(result.dir, { recursive: true, force: true });
  if (result.status !== 0) {
    cleanup();
    throw new Error(`the hostile-content build failed (exit ${result.status}):\n${result.output.slice(-4000)}`);
  }
  return { dir: join(result.dir, 'dist'), cleanup };
}
