/**
 * The differences between what the importer makes of a source and the committed, hand-curated
 * content of the same plan: metadata, goals, targets and, task by task, every field (plan.sources
 * and plan.corrections are records of the curation itself and are not compared). Used by
 * sources.test.ts (each difference must be listed, with its reason, in
 * fixtures/hand-corrections.json) and by `node tests/importer/compare.ts` to print them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPlan } from '../../src/lib/importer/index.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import { parsePlan, readPlanFiles, ROOT } from '../helpers/content.ts';

export interface Difference {
  /** "plan.number", "goals", "tasks.1.1.partners"… */
  field: string;
  imported: unknown;
  committed: unknown;
}

/** Each plan of content/plans/ with its primary source. */
export function committedPlans(): { slug: string; source: string; plan: Plan }[] {
  return readPlanFiles().map((file) => {
    const plan = parsePlan(file);
    return { slug: file.slug, source: plan.plan.sources.find((s) => s.role === 'primary')!.file, plan };
  });
}

const mention = (m: { agency: string; asWritten: string; scope?: string }) => ({
  agency: m.agency,
  asWritten: m.asWritten,
  ...(m.scope ? { scope: m.scope } : {}),
});

/** The fields compared, per task; `timing` includes the parse (kind, start, end, recurrence, reading). */
function taskView(task: Plan['tasks'][number]) {
  return {
    section: task.section,
    group: task.group ?? null,
    title: task.title,
    description: task.description ?? null,
    lead: task.lead.map(mention),
    partners: task.partners.map(mention),
    timing: task.timing,
    quantities: task.quantities.map((q) => q.raw),
    audience: task.audience ?? null,
    inherited: task.inherited,
    inheritedNote: task.inheritedNote ?? null,
    themes: task.themes,
    activityTypes: task.activityTypes,
    targetGroups: task.targetGroups,
  };
}

function planView(plan: Plan) {
  const { corrections: _c, sources: _s, ...meta } = plan.plan;
  return { ...meta, goals: plan.goals, targets: plan.targets.map((t) => t.quantity) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Import `source` and list every difference from `committed`. */
export function differences(source: string, committed: Plan, slug: string): Difference[] {
  const result = importPlan(readFileSync(join(ROOT, source), 'utf8'), { file: source, slug });
  return planDifferences(result.plan, committed);
}

/** Every difference of an imported plan from the committed one. */
export function planDifferences(imported: Plan, committed: Plan): Difference[] {
  const diffs: Difference[] = [];
  const a = planView(imported);
  const b = planView(committed);
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (key === 'legalBases') {
      const numbers = new Set(
        [...(x as Plan['plan']['legalBases']), ...(y as Plan['plan']['legalBases'])].map((l) => l.number ?? ''),
      );
      for (const number of numbers) {
        const p = (x as Plan['plan']['legalBases']).find((l) => l.number === number);
        const q = (y as Plan['plan']['legalBases']).find((l) => l.number === number);
        for (const field of ['type', 'date', 'issuer', 'title', 'relation'] as const) {
          if (!same(p?.[field] ?? null, q?.[field] ?? null))
            diffs.push({
              field: `plan.legalBases.${number}.${field}`,
              imported: p?.[field] ?? null,
              committed: q?.[field] ?? null,
            });
        }
      }
      continue;
    }
    if (!same(x, y))
      diffs.push({
        field: key === 'goals' || key === 'targets' ? key : `plan.${key}`,
        imported: x ?? null,
        committed: y ?? null,
      });
  }
  const refs = [...new Set([...imported.tasks.map((t) => t.ref), ...committed.tasks.map((t) => t.ref)])];
  for (const ref of refs) {
    const p = imported.tasks.find((t) => t.ref === ref);
    const q = committed.tasks.find((t) => t.ref === ref);
    if (!p || !q) {
      diffs.push({ field: `tasks.${ref}`, imported: p ? 'có' : null, committed: q ? 'có' : null });
      continue;
    }
    const x = taskView(p);
    const y = taskView(q);
    for (const key of Object.keys(x) as (keyof typeof x)[]) {
      if (!same(x[key], y[key])) diffs.push({ field: `tasks.${ref}.${key}`, imported: x[key], committed: y[key] });
    }
  }
  return diffs;
}

export const FIXTURE = join(ROOT, 'tests/importer/fixtures/hand-corrections.json');

export interface Listed extends Difference {
  /** Why the committed content differs: a recorded correction, or a curator's decision. */
  why: string;
}

/** Reasons that hold for every difference of a field: themes and target groups are suggestions by design. */
const SUGGESTED: Record<string, string> = {
  themes:
    'Chủ đề do người biên tập chọn; trình nhập chỉ gợi ý theo từ khóa (src/lib/importer/classify.ts) và liệt kê gợi ý trong báo cáo để duyệt.',
  activityTypes:
    'Loại hoạt động do người biên tập chọn; trình nhập chỉ gợi ý theo từ khóa (src/lib/importer/classify.ts) và liệt kê gợi ý trong báo cáo để duyệt.',
  targetGroups:
    'Đối tượng do người biên tập chọn; trình nhập chỉ gợi ý theo từ khóa (src/lib/importer/classify.ts) và liệt kê gợi ý trong báo cáo để duyệt.',
};

/**
 * `node tests/importer/compare.ts` prints the differences; `--write` rewrites the fixture, keeping
 * each reason whose difference is unchanged. A new or changed difference gets an empty reason
 * (except themes and target groups), which sources.test.ts rejects until a person writes one.
 */
if (import.meta.url === `file://${process.argv[1]}`) {
  const write = process.argv.includes('--write');
  let old: Record<string, Listed[]> = {};
  try {
    old = JSON.parse(readFileSync(FIXTURE, 'utf8')).plans ?? {};
  } catch {
    old = {};
  }
  const plans: Record<string, Listed[]> = {};
  for (const { slug, source, plan } of committedPlans()) {
    const diffs = differences(source, plan, slug);
    console.log(`\n### ${slug} (${diffs.length})`);
    for (const d of diffs)
      console.log(
        `${d.field}\n   imported:  ${JSON.stringify(d.imported)}\n   committed: ${JSON.stringify(d.committed)}`,
      );
    plans[slug] = diffs.map((d) => {
      const kept = (old[slug] ?? []).find(
        (o) => o.field === d.field && same(o.imported, d.imported) && same(o.committed, d.committed),
      );
      const generic = SUGGESTED[d.field.split('.').pop()!];
      return { field: d.field, why: kept?.why || generic || '', imported: d.imported, committed: d.committed };
    });
  }
  if (write) {
    const { writeFileSync } = await import('node:fs');
    const comment =
      'Mọi khác biệt giữa kết quả của trình nhập (scripts/import.ts) và nội dung đã biên tập tay trong content/plans/, kèm lý do. tests/importer/sources.test.ts thất bại nếu có khác biệt không được liệt kê ở đây, hoặc được liệt kê mà không còn nữa. Tạo lại bằng: node tests/importer/compare.ts --write (lý do được giữ; khác biệt mới có lý do rỗng, phải điền tay).';
    writeFileSync(FIXTURE, `${JSON.stringify({ $comment: comment, plans }, null, 2)}\n`);
    console.log(`\nđã ghi ${FIXTURE}`);
  }
}
