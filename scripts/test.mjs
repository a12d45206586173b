#!/usr/bin/env node
/**
 * `npm test`: every check of the project, in order, each step run even when an earlier one failed
 * (except that the tests of the built site are skipped, and counted as failed, when a build failed):
 *
 *   0. the gate                    astro check (types of every .ts and .astro file), tsc on the .mjs
 *                                  tools (tsconfig.scripts.json), ESLint with no warning allowed,
 *                                  Prettier's check: each one counts as 1 passed or 1 failed
 *   1. unit tests                  vitest run (vitest.config.ts; tests/build, tests/e2e and
 *                                  tests/corpus excluded): on small made-up plans
 *   1b. the real content           vitest run tests/corpus: properties and facts of content/plans/,
 *                                  and a synthetic fifth plan imported into a copy of the project,
 *                                  where the unit and content tests, both builds and the built-HTML
 *                                  tests must pass (slow: it runs them all again, in the copy)
 *   2. builds (no warning allowed) astro build → dist/, and BASE_PATH=/ke-hoach-mo/ with
 *                                  SITE_URL=https://example.org (a deployment: canonical URLs,
 *                                  sitemap) → dist-base/
 *   3. built-HTML tests            vitest --config vitest.dist.config.ts --project build
 *   4. browser tests (Chromium)    vitest --config vitest.dist.config.ts --project e2e
 *
 * Each vitest run writes a JSON report under tests/.artifacts/; the last line printed totals them
 * all as `N passed, N failed` (a failed build or gate check counts as 1 failed). Exits 1 if
 * anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const artifacts = join(root, 'tests', '.artifacts');
mkdirSync(artifacts, { recursive: true });

const SUB_BASE = '/ke-hoach-mo/';
// A reserved example domain: the deployment-like build needs a site URL, never a real one.
const SUB_SITE = 'https://example.org';

// node_modules/.bin first, so the project's Node 24 (devDependency "node") runs every child.
const env = {
  ...process.env,
  PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(delimiter),
  ASTRO_TELEMETRY_DISABLED: '1',
};

/**
 * One row per step; `check` marks a check of the gate, `notRun` a step skipped after a failed build.
 * @type {{ name: string, passed: number, failed: number, skipped: number, note: string, seconds: number, check?: boolean, notRun?: boolean }[]}
 */
const steps = [];

/** Run a command, its output shown as it goes (with `capture`, once it ends, and returned). */
function run(command, args, extraEnv = {}, capture = false) {
  const started = Date.now();
  console.log(
    `\n$ ${Object.entries(extraEnv)
      .map(([k, v]) => `${k}=${v} `)
      .join('')}${command} ${args.join(' ')}`,
  );
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: capture ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (capture) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
  }
  const seconds = (Date.now() - started) / 1000;
  if (result.error) console.error(`could not start ${command}: ${result.error.message}`);
  return {
    ok: result.status === 0 && !result.error,
    status: result.status ?? result.signal,
    seconds,
    output: capture ? `${result.stdout ?? ''}${result.stderr ?? ''}` : '',
  };
}

function vitest(name, args) {
  const report = join(artifacts, `vitest-${name}.json`);
  rmSync(report, { force: true });
  const { ok, status, seconds } = run('vitest', [
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${relative(root, report)}`,
  ]);
  const step = { name: `vitest ${name}`, passed: 0, failed: 0, skipped: 0, note: '', seconds };
  if (!existsSync(report)) {
    step.failed = 1;
    step.note = `no JSON report (exit ${status})`;
  } else {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    step.passed = json.numPassedTests ?? 0;
    step.failed = json.numFailedTests ?? 0;
    step.skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    // A test file that failed to load or to run its hooks has no failed test of its own: count it.
    const brokenFiles = (json.testResults ?? []).filter(
      (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
    );
    if (brokenFiles.length) {
      step.failed += brokenFiles.length;
      step.note = `${brokenFiles.length} file(s) failed outside a test: ${brokenFiles.map((f) => relative(root, f.name)).join(', ')}`;
    }
    if (step.passed + step.failed === 0) {
      step.failed = 1;
      step.note = 'ran no test';
    }
    if (!ok && step.failed === 0) {
      step.failed = 1;
      step.note = `vitest exited ${status} (unhandled error?)`;
    }
  }
  steps.push(step);
  return step.failed === 0;
}

/** A check of the gate: 1 passed or 1 failed. */
function check(name, command, args) {
  const { ok, status, seconds } = run(command, args);
  steps.push({
    name,
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    note: ok ? '' : `failed (exit ${status})`,
    seconds,
    check: true,
  });
  return ok;
}

function build(name, outDir, extraEnv = {}) {
  const { ok, status, seconds, output } = run('astro', ['build', '--outDir', outDir], extraEnv, true);
  // A build is clean or it fails: a warning ("[WARN]") is read as failure by whoever watches the
  // output, so it is one here too (the build's files are still tested). A passing build is not
  // counted as a test; a failing one counts as 1 failed.
  const warnings = output.split('\n').filter((line) => line.includes('[WARN]')).length;
  const note = !ok ? `failed (exit ${status})` : warnings ? `${warnings} warning(s) printed` : 'ok';
  steps.push({ name, passed: 0, failed: ok && !warnings ? 0 : 1, skipped: 0, note, seconds });
  return ok;
}

// 0. The gate: types, lint, format.
check('astro check (types)', 'astro', ['check']);
check('tsc (scripts/*.mjs)', 'tsc', ['-p', 'tsconfig.scripts.json']);
check('eslint --max-warnings 0', 'eslint', ['--max-warnings', '0', '.']);
check('prettier --check', 'prettier', ['--check', '--log-level', 'warn', '.']);

// 1. Unit and content tests.
vitest('unit', ['--exclude', 'tests/build/**', '--exclude', 'tests/e2e/**', '--exclude', 'tests/corpus/**']);

// 1b. The real content, and a fifth plan that breaks no test (it builds and tests a copy).
vitest('corpus', ['tests/corpus/']);

// 2. The two builds.
const built = [
  build('astro build → dist/', 'dist'),
  build(`astro build (base ${SUB_BASE}, site ${SUB_SITE}) → dist-base/`, 'dist-base', {
    BASE_PATH: SUB_BASE,
    SITE_URL: SUB_SITE,
  }),
].every(Boolean);

// 3 and 4. Tests of the built site, only on fresh builds.
for (const project of ['build', 'e2e']) {
  if (built) vitest(project, ['--config', 'vitest.dist.config.ts', '--project', project]);
  else
    steps.push({
      name: `vitest ${project}`,
      passed: 0,
      failed: 0,
      skipped: 0,
      note: 'skipped: a build failed',
      seconds: 0,
      notRun: true,
    });
}

const total = steps.reduce(
  (sum, s) => ({ passed: sum.passed + s.passed, failed: sum.failed + s.failed, skipped: sum.skipped + s.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);

console.log('\nSummary');
for (const s of steps) {
  const counts =
    s.name.startsWith('vitest') || s.check
      ? `${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`
      : s.failed
        ? '1 failed'
        : 'ok';
  console.log(
    `  ${s.notRun ? '–' : s.failed ? '✗' : '✓'} ${s.name.padEnd(48)} ${counts.padEnd(30)} ${s.seconds.toFixed(1).padStart(6)} s${s.note && s.note !== 'ok' ? `  (${s.note})` : ''}`,
  );
}
if (total.skipped) console.log(`  (${total.skipped} skipped)`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;
