/**
 * Temporary copies of the project: one whose content/plans/ holds only the files a test gives
 * (content/catalogue/ as committed), built the way `npm run build` would (so that a broken content
 * file can be built), or a whole copy to change and test as a maintainer would.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './content.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  dir: string;
}

/** What a copy of the project leaves out: version control, caches and builds (dist, dist-base…). */
const NOT_COPIED = /^(?:node_modules|\.git|\.astro|dist|dist-.*)$/;

/**
 * A temporary copy of the project: the given entries of its root (default: all but version
 * control, caches and builds), and node_modules linked entry by entry except the caches (.astro
 * holds the content store), so that what runs in the copy neither reads nor overwrites the
 * project's. The caller removes it.
 */
export function copyProject(entries = readdirSync(ROOT).filter((name) => !NOT_COPIED.test(name))): string {
  const dir = mkdtempSync(join(tmpdir(), 'khm-site-'));
  const artifacts = join(ROOT, 'tests/.artifacts');
  for (const entry of entries) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (source) => source !== artifacts });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name))
      symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/**
 * The environment a tool run in a copy gets: this process's, without what vitest adds to it
 * (VITEST*, NODE_ENV, TEST, FORCE_TTY and Vite's BASE_URL, MODE, DEV, PROD, SSR: Astro would
 * read BASE_URL=/ and build links without the sub-path it was given), plus `extra`.
 */
export function toolEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  const added = /^(?:VITEST.*|NODE_ENV|TEST|FORCE_TTY|BASE_URL|MODE|DEV|PROD|SSR)$/;
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !added.test(name))),
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...extra,
  };
}

export function buildWithContent(files: Record<string, string>, { keep = false } = {}): BuildResult {
  const dir = copyProject(['src', 'sources', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']);
  // The catalogue of known documents as committed: the fixture's plans are linked to it or added to it.
  cpSync(join(ROOT, 'content/catalogue'), join(dir, 'content/catalogue'), { recursive: true });
  mkdirSync(join(dir, 'content/plans'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'content/plans', name), text);
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/node'),
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: toolEnv(),
      timeout: 180_000,
    },
  );
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}
