/**
 * The content model of a plan (kế hoạch): what an author writes in the frontmatter of
 * content/plans/<slug>.mdx (`PlanInput`), and the normalised shape the site reads (`Plan`),
 * with agencies resolved against the registry, time expressions and quantities parsed.
 * Anything that cannot be resolved stops the build with the field's path in the message.
 */
import { z } from 'astro/zod';
import { resolveAgency, type Agency } from '../lib/agencies.ts';
import { parseTiming, TimingError, type Timing } from '../lib/timing.ts';
import { parseQuantities, QuantityError, type Quantity } from '../lib/quantity.ts';
import { THEME_IDS } from '../lib/themes.ts';
import { TARGET_GROUP_IDS } from '../lib/target-groups.ts';
import { GOAL_KINDS } from '../lib/goal-kinds.ts';
import { PLAN_KINDS } from '../lib/plan-kinds.ts';
import { RELATIONS } from '../lib/relations.ts';
import { SOURCE_ROLES } from '../lib/source-roles.ts';
import { TARGET_METRICS } from '../lib/target-metrics.ts';
import { taskAnchor, TASK_REF } from '../lib/task-ref.ts';

// YAML reads an unquoted 2020-11-03 as a Date: accept both, keep the ISO string.
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải ở dạng YYYY-MM-DD'),
);
const year = z.number().int().min(1990).max(2100);

/** A document cited by the plan (căn cứ, legal basis), or the plan it implements. */
export const legalBasisSchema = z.object({
  /** Document type as written: Quyết định, Nghị quyết, Thông tư, Kế hoạch, Kết luận… */
  type: z.string().min(1),
  /** Number as printed, e.g. "844/QĐ-TTg"; null when the document has none. */
  number: z.string().min(1).nullable(),
  date: isoDate.nullable(),
  issuer: z.string().min(1),
  title: z.string().min(1),
  /** How the plan cites it (src/lib/relations.ts). */
  relation: z.enum(RELATIONS.ids),
});

/** Where the plan's data comes from, and which facts each source supports. */
export const sourceSchema = z.object({
  file: z.string().regex(/^sources\/[^/]+\.txt$/, 'tệp nguồn phải nằm trong sources/'),
  role: z.enum(SOURCE_ROLES.ids),
  title: z.string().min(1),
  supports: z.array(z.string().min(1)).min(1),
});

/** A character-level repair of the raw text (characters lost upstream), shown on the plan page. */
export const correctionSchema = z.object({
  /** 1-based line of the raw source file. */
  line: z.number().int().positive(),
  before: z.string().min(1),
  /** The repaired wording; empty when stray text (not part of the plan) was left out. */
  after: z.string(),
  note: z.string().min(1).optional(),
});

export const planMetaSchema = z.object({
  title: z.string().min(1),
  /** The province as it was when the plan was issued. */
  province: z.string().min(1),
  issuer: z.string().min(1),
  /** Số hiệu (document number); null when no source gives it. Never invented. */
  number: z.string().min(1).nullable(),
  issued: isoDate.nullable(),
  /** Why the date is missing or how it is bounded, when `issued` is null. */
  issuedNote: z.string().optional(),
  place: z.string().min(1).nullable(),
  signer: z.object({
    name: z.string().min(1),
    /** "KT. Chủ tịch, Phó Chủ tịch": signing on behalf of (ký thay) the chair, as vice-chair. */
    capacity: z.string().min(1),
    /** "TM. Ủy ban nhân dân": on behalf of (thay mặt) the committee, when printed. */
    onBehalfOf: z.string().min(1).nullable(),
  }),
  /** A period plan or an annual plan (src/lib/plan-kinds.ts). */
  kind: z.enum(PLAN_KINDS.ids),
  period: z.object({ start: year, end: year }).refine((p) => p.end >= p.start, 'năm kết thúc trước năm bắt đầu'),
  legalBases: z.array(legalBasisSchema),
  sources: z.array(sourceSchema).min(1),
  corrections: z.array(correctionSchema).default([]),
});

export const goalSchema = z.object({
  /** Purpose, requirement, general or specific goal (src/lib/goal-kinds.ts). */
  kind: z.enum(GOAL_KINDS.ids),
  text: z.string().min(1),
});

export const targetInputSchema = z.object({
  /** The figure as written: "khoảng 10.000 lượt người", "3-5 dự án". */
  quantity: z.string().min(1),
  /** What is counted, in the plan's words. */
  subject: z.string().min(1),
  /** What the target measures (src/lib/target-metrics.ts). */
  metric: z.enum(TARGET_METRICS.ids),
  /** The year by which it is due, when the plan says so. */
  by: year.optional(),
  /** "Hằng năm", "mỗi năm": the figure is per year. */
  perYear: z.boolean().default(false),
});

/** An agency as written in a task: a plain wording, or a wording with the part it leads. */
const agencyInput = z.union([
  z.string().min(1),
  z.object({
    asWritten: z.string().min(1),
    /** The sub-event this agency leads, when the plan names a lead per sub-event. */
    scope: z.string().min(1),
  }),
]);

const sectionRef = z.object({ ref: z.string().min(1), title: z.string().min(1) });

export const taskInputSchema = z.object({
  /** As printed, relative to the plan's tasks section: "1.3", "3.2.a", "2.đ". */
  ref: z.string().regex(TASK_REF, 'số hiệu nhiệm vụ phải có dạng 1, 1.3, 3.2.a hoặc 2.đ'),
  section: sectionRef,
  /** The numbered item whose lettered children are tasks (Tây Ninh 3.2 a/b). */
  group: sectionRef.optional(),
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  lead: z.array(agencyInput).min(1, 'nhiệm vụ phải có cơ quan chủ trì'),
  partners: z.array(agencyInput).default([]),
  timing: z.object({
    /** The label as written: "Thời gian thực hiện", "Thời gian hoàn thành", "Thời gian tham gia". */
    label: z.string().min(1).nullable(),
    raw: z.string().min(1).nullable(),
  }),
  quantities: z.array(z.string().min(1)).default([]),
  /** The plan's "Đối tượng" wording, when it has one. */
  audience: z.string().min(1).optional(),
  targetGroups: z.array(z.enum(TARGET_GROUP_IDS)).default([]),
  themes: z.array(z.enum(THEME_IDS)).min(1, 'nhiệm vụ phải có ít nhất một chủ đề'),
  /** Attributes stated once for a group and applied to this task. */
  inherited: z.array(z.enum(['lead', 'partners', 'timing', 'quantities'])).default([]),
  inheritedNote: z.string().min(1).optional(),
});

export const planInputSchema = z.object({
  plan: planMetaSchema,
  goals: z.array(goalSchema).min(1),
  targets: z.array(targetInputSchema).default([]),
  tasks: z.array(taskInputSchema).min(1),
});

export interface AgencyMention {
  /** Canonical name of the agency type. */
  name: string;
  /** Registry id. */
  agency: string;
  asWritten: string;
  scope?: string;
}

function resolveMentions(
  ref: string,
  mentions: z.infer<typeof agencyInput>[],
  province: string,
  path: (string | number)[],
  ctx: z.RefinementCtx,
): AgencyMention[] {
  return mentions.flatMap((mention, index) => {
    const asWritten = typeof mention === 'string' ? mention : mention.asWritten;
    const scope = typeof mention === 'string' ? undefined : mention.scope;
    const agency: Agency | undefined = resolveAgency(asWritten, province);
    if (!agency) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index],
        message: `nhiệm vụ ${ref}: cơ quan "${asWritten}" không có trong danh mục (src/lib/agencies.ts): thêm bí danh hoặc sửa cách viết`,
      });
      return [];
    }
    return [{ name: agency.name, agency: agency.id, asWritten, ...(scope ? { scope } : {}) }];
  });
}

function parseOrReport<T>(
  where: string,
  parse: () => T,
  path: (string | number)[],
  ctx: z.RefinementCtx,
): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (error instanceof TimingError || error instanceof QuantityError) {
      ctx.addIssue({ code: 'custom', path, message: `${where}: ${error.message}` });
      return undefined;
    }
    throw error;
  }
}

/** The frontmatter schema: validates, then resolves and parses everything once, at the edge. */
export const planSchema = planInputSchema.transform((input, ctx) => {
  const { province, period, issued } = input.plan;
  const seen = new Map<string, number>();
  const tasks = input.tasks.map((task, index) => {
    const at = (...rest: (string | number)[]) => ['tasks', index, ...rest];
    const previous = seen.get(task.ref);
    if (previous !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: at('ref'),
        message: `số thứ tự nhiệm vụ "${task.ref}" trùng với tasks.${previous}`,
      });
    }
    seen.set(task.ref, index);
    const where = `nhiệm vụ ${task.ref}`;
    const timing = parseOrReport(
      where,
      () => parseTiming(task.timing.raw, { period, issued, label: task.timing.label ?? undefined }),
      at('timing', 'raw'),
      ctx,
    );
    const quantities = task.quantities.flatMap(
      (raw, q) => parseOrReport(where, () => parseQuantities(raw), at('quantities', q), ctx) ?? [],
    );
    return {
      ...task,
      anchor: taskAnchor(task.ref),
      lead: resolveMentions(task.ref, task.lead, province, at('lead'), ctx),
      partners: resolveMentions(task.ref, task.partners, province, at('partners'), ctx),
      timing: { ...(timing as Timing), label: task.timing.label },
      quantities,
    };
  });
  const targets = input.targets.map((target, index) => ({
    ...target,
    parsed: parseOrReport(
      `chỉ tiêu ${index + 1}`,
      () => parseQuantities(target.quantity)[0]!,
      ['targets', index, 'quantity'],
      ctx,
    ) as Quantity,
  }));
  return { ...input, targets, tasks };
});

export type PlanInput = z.input<typeof planSchema>;
export type Plan = z.output<typeof planSchema>;
export type Task = Plan['tasks'][number];
