/**
 * The committed content against its sources: every plan validates, every task of the source's
 * tasks section is in the content in document order (checked by an independent count), each task
 * has its anchor in the body, and every correction of the raw text is where it says it is.
 */
import { describe, expect, it } from 'vitest';
import { bodyTaskIds, parsePlan, readPlanFiles, readSource } from '../helpers/content.ts';
import { countSourceTasks } from '../helpers/source-count.ts';

const files = readPlanFiles();
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

it('has the four plans of sources/ (golden: more may be added)', () => {
  expect(files.map((file) => file.slug)).toEqual(
    expect.arrayContaining(['hung-yen-2021-2025', 'kon-tum-2019-2025', 'quang-ngai-2024', 'tay-ninh-2022']),
  );
});

describe.each(files)('$slug', (file) => {
  const plan = parsePlan(file);
  const primary = plan.plan.sources.find((source) => source.role === 'primary')!;
  const sourceText = readSource(primary.file);
  // The source as one line, with the recorded corrections applied: what the content must quote.
  const corrected = sourceText.split('\n');
  for (const { line, before, after } of plan.plan.corrections) {
    corrected[line - 1] = corrected[line - 1]!.replace(before, after);
  }
  const correctedText = collapse(corrected.join('\n'));

  it('has the tasks an independent count finds in the source, in order', () => {
    expect(plan.tasks.map((task) => task.ref)).toEqual(countSourceTasks(sourceText));
  });

  it('wraps each task of the frontmatter, once and in order, in the body', () => {
    expect(bodyTaskIds(file.body)).toEqual(plan.tasks.map((task) => `${file.slug}/${task.ref}`));
  });

  it('quotes each task title from the (corrected) source', () => {
    for (const task of plan.tasks) expect(correctedText, task.ref).toContain(collapse(task.title));
  });

  it('quotes each agency wording from the (corrected) source', () => {
    for (const task of plan.tasks) {
      for (const mention of [...task.lead, ...task.partners]) {
        expect(correctedText, `${task.ref}: ${mention.asWritten}`).toContain(collapse(mention.asWritten));
      }
    }
  });

  it('records corrections that match the raw source line', () => {
    const lines = sourceText.split('\n');
    for (const { line, before, after } of plan.plan.corrections) {
      expect(lines[line - 1], `dòng ${line}`).toContain(before);
      if (after) expect(file.body, `dòng ${line}`).toContain(after);
    }
  });

  it('names a primary source that exists and a number only where a source supports it', () => {
    expect(plan.plan.sources.filter((source) => source.role === 'primary')).toHaveLength(1);
    for (const source of plan.plan.sources) expect(() => readSource(source.file)).not.toThrow();
    if (plan.plan.number) {
      const backed = plan.plan.sources.some((source) => readSource(source.file).includes(plan.plan.number!));
      expect(backed, plan.plan.number).toBe(true);
    }
  });

  it('gives every task a lead agency and at least one theme', () => {
    for (const task of plan.tasks) {
      expect(task.lead.length, task.ref).toBeGreaterThan(0);
      expect(task.themes.length, task.ref).toBeGreaterThan(0);
    }
  });
});
