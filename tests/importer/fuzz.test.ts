/**
 * Robustness: 200 seeded mutations of the sources of the committed plans (lines deleted, duplicated, re-wrapped,
 * characters dropped, random Unicode inserted). The importer never crashes and never hangs:
 * each case either writes a schema-valid MDX file that compiles and accounts for every line,
 * or stops with an ImportError that says why. Cases run in a worker thread that is stopped,
 * naming the case, if the whole run overstays its time.
 */
import { expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT } from '../helpers/content.ts';
import { runCases } from './worker-cases.ts';
import type { CaseResult } from './fuzz.ts';
import { committedPlans } from './compare.ts';

const SOURCES = committedPlans().map(({ source }) => join(ROOT, source));
const CASES = 200;
const SEED = 20251126;
const BUDGET_MS = 50_000;

it(`imports ${CASES} mutated plans without a crash or a hang`, { timeout: BUDGET_MS + 10_000 }, async () => {
  const { finished, results, current } = await runCases<CaseResult>(
    new URL('./fuzz-worker.ts', import.meta.url),
    { sources: SOURCES, cases: CASES, seed: SEED },
    BUDGET_MS,
  );
  expect(finished, `dừng ở ca ${JSON.stringify(current)} sau ${results.length} ca`).toBe('done');
  expect(results).toHaveLength(CASES);

  const problems = results
    .filter((r) => r.problem)
    .map((r) => `${r.source.split('/').pop()} seed ${r.seed} [${r.mutations.join(' ')}]: ${r.problem}`);
  expect(problems).toEqual([]);
  // No single case may take long: a slow case is a pathological pattern waiting to hang.
  const slowest = results.reduce((a, b) => (a.ms > b.ms ? a : b));
  expect(slowest.ms, `${slowest.source} seed ${slowest.seed}`).toBeLessThan(5_000);
  // Most small damage is absorbed; what is refused is refused with the line where it broke.
  const written = results.filter((r) => r.outcome === 'written').length;
  expect(written).toBeGreaterThan(CASES / 2);
  for (const r of results.filter((r) => r.outcome === 'refused')) expect(r.message).toMatch(/\S{3}/);
});
