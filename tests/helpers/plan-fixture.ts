/**
 * Small made-up plans, validated by the real schema, for unit tests: what the lib computes is
 * tested on these, so that adding a plan to content/plans/ changes no unit test.
 */
import { planSchema } from '../../src/schemas/plan.ts';
import type { PlanEntry } from '../../src/lib/plans.ts';

export interface FixtureTask {
  ref: string;
  title?: string;
  lead?: string[];
  timing?: string | null;
  label?: string;
  themes?: string[];
  activityTypes?: string[];
  targetGroups?: string[];
  quantities?: string[];
  section?: string;
}

/** A document a fixture plan cites (căn cứ): written as a plan's frontmatter writes it. */
export interface FixtureBasis {
  type: string;
  number: string | null;
  date?: string | null;
  issuer: string;
  title?: string;
  relation: 'implements' | 'basis' | 'cites';
}

export interface FixturePlanOptions {
  province?: string;
  kind?: 'giai-doan' | 'hang-nam';
  period?: { start: number; end: number };
  number?: string | null;
  issued?: string | null;
  legalBases?: FixtureBasis[];
  targets?: unknown[];
}

/** A plan entry with the given tasks; agencies are written as the registry knows them. */
export function fixturePlan(
  slug: string,
  {
    province = 'Tây Ninh',
    kind = 'hang-nam',
    period = { start: 2022, end: 2022 },
    number = null,
    issued = null,
    legalBases = [],
    targets = [],
  }: FixturePlanOptions = {},
  tasks: FixtureTask[],
): PlanEntry {
  const data = planSchema.parse({
    plan: {
      title: `Kế hoạch thử ${slug}`,
      province,
      issuer: `Ủy ban nhân dân tỉnh ${province}`,
      number,
      issued,
      place: null,
      signer: { name: 'Người Ký', capacity: 'KT. Chủ tịch, Phó Chủ tịch', onBehalfOf: null },
      kind,
      period,
      legalBases: legalBases.map((basis) => ({ date: null, title: `Văn bản ${basis.number}`, ...basis })),
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
      activityTypes: task.activityTypes ?? ['hoi-thao'],
      targetGroups: task.targetGroups ?? [],
      quantities: task.quantities ?? [],
    })),
  });
  return { id: slug, data };
}

/** The national programme the plans implement (Quyết định 844/QĐ-TTg). */
export const NATIONAL_PROGRAMME: FixtureBasis = {
  type: 'Quyết định',
  number: '844/QĐ-TTg',
  date: '2016-05-18',
  issuer: 'Thủ tướng Chính phủ',
  relation: 'implements',
};

/**
 * Three plans that cite each other the way real ones do: a period plan of Tây Ninh implementing
 * the national programme, an annual plan of Tây Ninh implementing that period plan, and a period
 * plan of Kon Tum that names the programme as a basis and cites a local decision.
 */
export function fixtureCorpusPlans(): PlanEntry[] {
  return [
    fixturePlan(
      'tay-ninh-2022',
      {
        number: '1694/KH-UBND',
        legalBases: [
          { type: 'Kế hoạch', number: '2721/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Tây Ninh', relation: 'implements' },
          { ...NATIONAL_PROGRAMME, relation: 'basis' },
        ],
      },
      [{ ref: '1' }, { ref: '2', lead: ['Tỉnh đoàn'] }],
    ),
    fixturePlan(
      'kon-tum-2019-2025',
      {
        province: 'Kon Tum',
        kind: 'giai-doan',
        period: { start: 2019, end: 2025 },
        number: '2763/KH-UBND',
        issued: '2019-10-21',
        legalBases: [
          { ...NATIONAL_PROGRAMME, relation: 'basis' },
          { type: 'Quyết định', number: '414/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Kon Tum', relation: 'cites' },
        ],
      },
      [
        { ref: '1.1', timing: 'Năm 2020' },
        { ref: '1.2', lead: ['Sở Khoa học và Công nghệ', 'Tỉnh đoàn'], timing: 'Năm 2021' },
      ],
    ),
    fixturePlan(
      'tay-ninh-2020-2025',
      {
        kind: 'giai-doan',
        period: { start: 2020, end: 2025 },
        number: '2721/KH-UBND',
        issued: '2020-11-03',
        legalBases: [NATIONAL_PROGRAMME],
      },
      [{ ref: '1', timing: 'Năm 2021' }],
    ),
  ];
}
