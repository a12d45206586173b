/**
 * Every file a user may get of each committed plan (tests/importer/variants/generate.ts: Word,
 * PDF, PDF-viewer copy, Word plain text, pdftotext -layout, task tables, UTF-16, Windows-1258)
 * imports to the committed content: the same tasks (refs, in order), lead and partner agencies,
 * timing, and document facts (title, province, issuer, number, date, place, signer, kind, period),
 * except for the differences the plain text already has, each listed with its reason in
 * fixtures/hand-corrections.json. The text a Word or PDF file is read into (what the importer
 * keeps in sources/) reads back into the same plan. The files are made once, in a temporary folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPlan, documentText } from '../../src/lib/importer/index.ts';
import { readDocument } from '../../src/lib/importer/readers/index.ts';
import { committedPlans, FIXTURE, planDifferences, type Listed } from './compare.ts';
import { generateAll, VARIANTS } from './variants/generate.ts';

const listed: Record<string, Listed[]> = JSON.parse(readFileSync(FIXTURE, 'utf8')).plans;
const plans = committedPlans();
const folder = mkdtempSync(join(tmpdir(), 'khm-variants-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
beforeAll(async () => {
  await generateAll(folder);
}, 240_000);

/** The fields compared: which tasks, their agencies and timing, and the document's facts. */
const COMPARED =
  /^(?:tasks\.[0-9a-zđ.]+?(?:\.(?:lead|partners|timing))?|plan\.(?:title|province|issuer|number|issued|place|signer|kind|period))$/u;
const OTHER_TASK_FIELD =
  /\.(?:section|group|title|description|quantities|audience|inherited|inheritedNote|themes|targetGroups)$/;
const compared = (field: string) => COMPARED.test(field) && !OTHER_TASK_FIELD.test(field);
const key = (d: { field: string; imported: unknown; committed: unknown }) =>
  JSON.stringify([d.field, d.imported, d.committed]);

const rows: string[] = [];
afterAll(() =>
  console.log(
    `\nbiến thể × nguồn → nhiệm vụ tìm được/đã biên tập, chủ trì đúng, thông tin văn bản đúng\n${rows.join('\n')}`,
  ),
);

describe.each(plans)('$slug', ({ slug, plan }) => {
  const expected = (listed[slug] ?? [])
    .filter((d) => compared(d.field))
    .map(key)
    .sort();

  it.each(VARIANTS.map((v) => [v.name, v] as const))('%s', async (_, variant) => {
    const name = `${slug}.${variant.name}${variant.extension}`;
    const document = await readDocument(new Uint8Array(readFileSync(join(folder, name))), name);
    const result = importPlan(document, { file: `sources/${slug}.txt`, slug });
    const diffs = planDifferences(result.plan, plan).filter((d) => compared(d.field));
    const leadsRight = plan.tasks.filter((task) => {
      const mine = result.plan.tasks.find((t) => t.ref === task.ref);
      return mine && JSON.stringify(mine.lead) === JSON.stringify(task.lead);
    }).length;
    const metaRight = !diffs.some((d) => d.field.startsWith('plan.') && !expected.includes(key(d)));
    rows.push(
      `${variant.name.padEnd(15)} ${slug.padEnd(20)} ${result.plan.tasks.length}/${plan.tasks.length}  chủ trì ${leadsRight}/${plan.tasks.length}  ${metaRight ? 'đúng' : 'SAI'}`,
    );
    expect(result.plan.tasks.map((t) => t.ref)).toEqual(plan.tasks.map((t) => t.ref));
    expect(diffs.map(key).sort()).toEqual(expected);
    expect(result.report.coverage.missing).toEqual([]);
    if (document.format !== 'text') {
      // What the importer keeps in sources/ reads back into the same plan.
      const again = importPlan(documentText(document), { file: `sources/${slug}.txt`, slug });
      expect(again.plan).toEqual(result.plan);
    }
  });
});
