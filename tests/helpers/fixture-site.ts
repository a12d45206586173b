/**
 * Builds the site in a temporary copy of the project whose content/plans/ holds only the files
 * a test gives (content/catalogue/ as committed), so that a broken content file can be built the way `npm run build` would.
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

export function buildWithContent(files: Record<string, string>, { keep = false } = {}): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'khm-site-'));
  for (const entry of ['src', 'sources', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  // node_modules linked entry by entry, except the caches (.astro holds the content store): a
  // fixture build must neither read nor overwrite the project's.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name))
      symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
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
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 180_000,
    },
  );
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}
