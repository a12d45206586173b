/**
 * The importer against the committed content: importing the source of each committed plan gives the tasks
 * of the hand-curated content/plans/*.mdx (refs, lead and partner agencies, raw and parsed
 * timing) exactly, except where the curated file was corrected by hand; every difference (in
 * any field) is listed, with its reason, in fixtures/hand-corrections.json. The news item
 * (sources/003) is refused with a clear message.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPlan, ImportError } from '../../src/lib/importer/index.ts';
import { ROOT } from '../helpers/content.ts';
import { countSourceTasks } from '../helpers/source-count.ts';
import { committedPlans, differences, FIXTURE, type Listed } from './compare.ts';

const listed: Record<string, Listed[]> = JSON.parse(readFileSync(FIXTURE, 'utf8')).plans;
const plans = committedPlans();
const key = (d: { field: string; imported: unknown; committed: unknown }) =>
  JSON.stringify([d.field, d.imported, d.committed]);

it('covers every plan of content/plans/, each made from its own file of sources/', () => {
  // The hand corrections are listed for plans of content/plans/ only (a new plan may have none).
  for (const slug of Object.keys(listed)) expect(plans.map((p) => p.slug)).toContain(slug);
  const texts = readdirSync(join(ROOT, 'sources')).filter((name) => name.endsWith('.txt'));
  for (const { source } of plans) expect(texts).toContain(source.replace('sources/', ''));
  expect(new Set(plans.map((p) => p.source)).size).toBe(plans.length);
});

describe.each(plans)('$slug', ({ slug, source, plan }) => {
  const raw = readFileSync(join(ROOT, source), 'utf8');
  const result = importPlan(raw, { file: source });
  const diffs = differences(source, plan, slug);
  const corrections = new Set(plan.plan.corrections.map((c) => c.line));

  it('gets the same slug as the committed file', () => {
    expect(result.slug).toBe(slug);
  });

  it('finds the same tasks, in the same order (and the independent count agrees)', () => {
    expect(result.plan.tasks.map((t) => t.ref)).toEqual(plan.tasks.map((t) => t.ref));
    expect(result.plan.tasks.map((t) => t.ref)).toEqual(countSourceTasks(raw));
  });

  it('reproduces lead and partner agencies and timing exactly, except where a recorded correction changed the source', () => {
    for (const task of plan.tasks) {
      const mine = result.plan.tasks.find((t) => t.ref === task.ref)!;
      for (const field of ['lead', 'partners', 'timing'] as const) {
        if (JSON.stringify(mine[field]) === JSON.stringify(task[field])) continue;
        const entry = (listed[slug] ?? []).find((d) => d.field === `tasks.${task.ref}.${field}`);
        expect(entry, `${task.ref}.${field} khác mà không được liệt kê`).toBeDefined();
        // Only a correction of the raw text recorded in the committed file may explain these fields.
        const lines = [...entry!.why.matchAll(/plan\.corrections dòng (\d+)/g)].map((m) => Number(m[1]));
        expect(lines.length, `${task.ref}.${field}: lý do phải dẫn plan.corrections`).toBeGreaterThan(0);
        for (const line of lines) expect(corrections.has(line), `${task.ref}.${field}: dòng ${line}`).toBe(true);
      }
    }
  });

  it('lists every difference from the committed content with a reason, and lists nothing else', () => {
    const expected = (listed[slug] ?? []).map(key).sort();
    expect(diffs.map(key).sort()).toEqual(expected);
    for (const entry of listed[slug] ?? []) expect(entry.why.trim(), entry.field).not.toBe('');
  });

  it('accounts for every non-blank line of the source in the body, the frontmatter or the report', () => {
    const nonBlank = raw.split(/\r?\n/).filter((line) => line.replace(/[\s\u00a0\u200b\ufeff]/g, '') !== '').length;
    expect(result.report.coverage.checked).toBe(nonBlank);
    expect(result.report.coverage.missing).toEqual([]);
  });

  it('gives every numbered or lettered line of the source an outcome in the report', () => {
    const numbered = raw
      .split(/\r?\n/)
      .map((text, i) => ({ text: text.trim(), line: i + 1 }))
      .filter(({ text }) => /^(?:\d{1,3}(?:\.\d{1,2})*\.|\d{1,3}(?:\.\d{1,2})+)\s|^[a-zđ]\)\s/u.test(text));
    const reported = new Set(result.report.items.map((item) => item.line));
    for (const { line, text } of numbered) expect(reported.has(line), `dòng ${line}: ${text.slice(0, 40)}`).toBe(true);
    for (const task of result.plan.tasks) {
      expect(
        result.report.items.some((item) => item.outcome === 'task' && item.task === task.ref),
        task.ref,
      ).toBe(true);
    }
  });

  it('wraps each task in the body once, in order', () => {
    const ids = [...result.body.matchAll(/<Task\s+id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(result.plan.tasks.map((t) => `${slug}/${t.ref}`));
  });
});

it('refuses the news item (sources/003), saying it is not a plan and where', () => {
  const raw = readFileSync(join(ROOT, 'sources/003_1c70fee2389b0d60.txt'), 'utf8');
  let error: unknown;
  try {
    importPlan(raw, { file: 'sources/003_1c70fee2389b0d60.txt' });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).line).toBe(1);
  expect((error as ImportError).message).toMatch(/La Mã/);
  expect((error as ImportError).message).toMatch(/bản tin, không phải toàn văn kế hoạch/);
});
