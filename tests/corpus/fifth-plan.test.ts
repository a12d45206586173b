/**
 * The corpus grows: a fifth plan, added the way the README says (its raw text put in sources/,
 * then `npm run import`), breaks no test. In a temporary copy of the project, a synthetic plan of a
 * province not yet on the site (tests/helpers/synthetic-plan.ts) is imported with the importer's
 * command line and recorded as the README asks (a release in the data changelog naming the new
 * content hash, the new task permalinks added to tests/fixtures/task-ids.json); then the unit
 * tests, both builds (dist/ at the root, dist-base/ under a sub-path, as scripts/test.mjs makes
 * them) and the tests of the built site run there, and must all pass. A test that counts the real
 * plans, or names them where any plan would do, fails here, and the message lists each failure.
 *
 * Slow (the unit suite, two builds and the built-site suite, in the copy): scripts/test.mjs runs it
 * in its own step, after the unit tests.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, parsePlan, readPlanFiles } from '../helpers/content.ts';
import { copyProject, toolEnv } from '../helpers/fixture-site.ts';
import { FIFTH_PLAN, syntheticPlanText } from '../helpers/synthetic-plan.ts';
import { SUB_BASE, SUB_SITE } from '../build/dist.ts';
import { contentHash, parseChangelog } from '../../src/lib/dataset.ts';
import { taskRecords } from '../../src/lib/plans.ts';

/** Where README's procedure puts a new raw text. */
const SOURCE = 'sources/005_binh-phuoc.txt';
/** What the importer names it: <province>-<start>-<end>. */
const SLUG = 'binh-phuoc-2021-2025';
const STEP_TIMEOUT = 600_000;

let copy = '';

/** Runs a tool of the project in the copy, with the environment `npm test` gives it. */
function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), args, {
    cwd: copy,
    encoding: 'utf8',
    env: toolEnv({ PATH: [join(copy, 'node_modules/.bin'), process.env.PATH].join(delimiter), ...env }),
    timeout: STEP_TIMEOUT - 10_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.trim() };
}

const tool = (path: string) => join(copy, 'node_modules', path);

interface VitestReport {
  numPassedTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

/**
 * Runs vitest in the copy; returns what failed, one line per test ("file > test: first line of
 * the message"), or per file that failed outside its tests, and how many passed.
 */
function vitest(name: string, args: string[]) {
  const report = join(copy, 'tests/.artifacts', `fifth-plan-${name}.json`);
  mkdirSync(join(copy, 'tests/.artifacts'), { recursive: true });
  const { status, output } = run([
    tool('vitest/vitest.mjs'),
    'run',
    ...args,
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  if (!existsSync(report))
    return { status, passed: 0, failed: [`no report (exit ${status}):\n${output.slice(-4000)}`] };
  const json = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
  const failed = json.testResults.flatMap((file) => {
    const where = relative(copy, file.name);
    const tests = file.assertionResults.filter((test) => test.status === 'failed');
    if (!tests.length && file.status === 'failed') return [`${where}: ${firstLine(file.message ?? 'failed')}`];
    return tests.map((test) => `${where} > ${test.fullName}: ${firstLine(test.failureMessages[0] ?? '')}`);
  });
  return { status, passed: json.numPassedTests, failed };
}

const firstLine = (message: string) => message.trim().split('\n')[0]!.slice(0, 300);

beforeAll(() => {
  copy = copyProject();
  writeFileSync(join(copy, SOURCE), syntheticPlanText(FIFTH_PLAN));
}, 60_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe(`a fifth plan (${FIFTH_PLAN.province}), imported into a copy of the project`, () => {
  it('is imported by the importer’s command line', () => {
    const plans = join(copy, 'content/plans');
    const { status, output } = run([join(copy, 'scripts/import.ts'), SOURCE, '--out', plans]);
    expect(status, output).toBe(0);
    expect(existsSync(join(plans, `${SLUG}.mdx`)), output).toBe(true);
  });

  it('is recorded as the README asks: a release of the data changelog, its task permalinks pinned', () => {
    const plansDir = join(copy, 'content/plans');
    const files = readdirSync(plansDir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({ name, text: readFileSync(join(plansDir, name), 'utf8') }));
    const changelogFile = join(copy, 'src/pages/du-lieu/_CHANGELOG.md');
    const changelog = readFileSync(changelogFile, 'utf8');
    const [newest] = parseChangelog(changelog);
    const [major, minor] = newest!.version.split('.').map(Number);
    const release = [
      `## ${major}.${minor! + 1}.0 · ${new Date().toISOString().slice(0, 10)} · nội dung ${contentHash(files)}`,
      `- Thêm kế hoạch ${FIFTH_PLAN.province} ${FIFTH_PLAN.period.start}–${FIFTH_PLAN.period.end}.`,
      '',
      '',
    ].join('\n');
    const at = changelog.indexOf('\n## ') + 1;
    writeFileSync(changelogFile, changelog.slice(0, at) + release + changelog.slice(at));

    const snapshotFile = join(copy, 'tests/fixtures/task-ids.json');
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as { id: string; url: string }[];
    const plan = readPlanFiles(plansDir, copy).find((file) => file.slug === SLUG)!;
    const added = taskRecords([{ id: SLUG, data: parsePlan(plan) }]).map(({ id, url }) => ({ id, url }));
    expect(added.length).toBe(FIFTH_PLAN.groups.flatMap((group) => group.tasks).length);
    writeFileSync(
      snapshotFile,
      `[\n${[...snapshot, ...added].map((row) => `  ${JSON.stringify(row)}`).join(',\n')}\n]\n`,
    );
  });

  it(
    'passes the unit tests and the tests of the real content',
    () => {
      // Not this file: it would copy the project again, inside the copy.
      const { status, passed, failed } = vitest('unit', ['--exclude', 'tests/corpus/fifth-plan.test.ts']);
      expect(failed, failed.join('\n')).toEqual([]);
      expect(status).toBe(0);
      expect(passed).toBeGreaterThan(0);
    },
    STEP_TIMEOUT,
  );

  it(
    'builds, at the root and under a sub-path',
    () => {
      const astro = tool('astro/bin/astro.mjs');
      for (const [outDir, env] of [
        ['dist', {}],
        ['dist-base', { BASE_PATH: SUB_BASE, SITE_URL: SUB_SITE }],
      ] as const) {
        const { status, output } = run([astro, 'build', '--outDir', outDir], env);
        expect(status, `${outDir}:\n${output.slice(-4000)}`).toBe(0);
        expect(existsSync(join(copy, outDir, `ke-hoach/${SLUG}/index.html`)), outDir).toBe(true);
      }
    },
    STEP_TIMEOUT,
  );

  it(
    'passes the tests of the built site',
    () => {
      const { status, passed, failed } = vitest('build', ['--config', 'vitest.dist.config.ts', '--project', 'build']);
      expect(failed, failed.join('\n')).toEqual([]);
      expect(status).toBe(0);
      expect(passed).toBeGreaterThan(0);
    },
    STEP_TIMEOUT,
  );
});
