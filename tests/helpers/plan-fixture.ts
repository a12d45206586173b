/** Small made-up plans, validated by the real schema, for unit tests of the matrix and the timeline. */
import { planSchema } from '../../src/schemas/plan.ts';
import type { PlanEntry } from '../../src/lib/plans.ts';

export interface FixtureTask {
  ref: string;
  title?: string;
  lead?: string[];
  timing?: string | null;
  label?: string;
  themes?: string[];
  targetGroups?: string[];
  quantities?: string[];
  section?: string;
}

/** A plan entry with the given tasks; agencies are written as the registry knows them. */
export function fixturePlan(
  slug: string,
  { province = 'Tây Ninh', kind = 'hang-nam', period = { start: 2022, end: 2022 }, targets = [] as unknown[] } = {},
  tasks: FixtureTask[],
): PlanEntry {
  const data = planSchema.parse({
    plan: {
      title: `Kế hoạch thử ${slug}`,
      province,
      issuer: `Ủy ban nhân dân tỉnh ${province}`,
      number: null,
      issued: null,
      place: null,
      signer: { name: 'Người Ký', capacity: 'KT. Chủ tịch, Phó Chủ tịch', onBehalfOf: null },
      kind,
      period,
      legalBases: [],
      sources: [{ file: 'sources/thu.txt', role: 'primary', title: 'Thử', supports: ['Toàn văn'] }],
    },
    goals: [{ kind: 'muc-dich', text: 'Thử.' }],
    targets,
    tasks: tasks.map((task) => ({
      ref: task.ref,
      section: { ref: task.section ?? task.ref.split('.')[0]!, title: `Mục ${task.section ?? task.ref.split('.')[0]}` },
      title: task.title ?? `Nhiệm vụ ${task.ref}`,
      lead: task.lead ?? ['Sở Khoa học và Công nghệ'],
      timing: {
        label: task.label ?? 'Thời gian thực hiện',
        raw: task.timing === undefined ? 'Quý III/2022' : task.timing,
      },
      themes: task.themes ?? ['su-kien'],
      targetGroups: task.targetGroups ?? [],
      quantities: task.quantities ?? [],
    })),
  });
  return { id: slug, data };
}
