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
import { ACTIVITY_TYPE_IDS } from '../lib/activity-types.ts';
import { TARGET_GROUP_IDS } from '../lib/target-groups.ts';
import { GOAL_KINDS } from '../lib/goal-kinds.ts';
import { PLAN_KINDS } from '../lib/plan-kinds.ts';
import { RELATIONS } from '../lib/relations.ts';
import { SOURCE_ROLES } from '../lib/source-roles.ts';
import { TARGET_METRICS } from '../lib/target-metrics.ts';
import { taskAnchor, TASK_REF } from '../lib/task-ref.ts';
import { nearest } from '../lib/did-you-mean.ts';
import { MAX_PLAN_TITLE, MAX_TITLE } from '../lib/content-limits.ts';

/** Whether "YYYY-MM-DD" is a day of the calendar (no 2024-13-40, no 2023-02-30). */
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// A date as written: the frontmatter is read with dates as text (src/lib/plan-file.ts), since
// YAML's own dates roll over (2024-13-40 would become 2025-02-09).
const isoDate = z
  .string({ error: 'ngày phải ở dạng YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'ngày phải ở dạng YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { error: (issue) => `ngày "${issue.input as string}" không có trên lịch` });
const year = z.number().int().min(1990).max(2100);

/** A title, at most `max` characters (src/lib/content-limits.ts). */
const title = (max = MAX_TITLE) =>
  z
    .string()
    .min(1)
    .max(max, {
      error: (issue) =>
        `tiêu đề dài ${(issue.input as string).length} ký tự, quá giới hạn ${max} ký tự (content/README.md)`,
    });

/**
 * An object of the content model: a key it does not define is an error naming the key, with the
 * defined key it most likely misspells (a dropped `descripton:` would silently lose its text).
 */
function strictObject<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeys(issue.keys, known) : undefined),
  });
}

function unknownKeys(keys: string[], known: string[]): string {
  return keys
    .map((key) => {
      const near = nearest(key, known);
      return near
        ? `trường "${key}" không có trong mô hình nội dung: có phải "${near}"?`
        : `trường "${key}" không có trong mô hình nội dung (các trường có thể dùng: ${known.join(', ')})`;
    })
    .join('; ');
}

/** A document cited by the plan (căn cứ, legal basis), or the plan it implements. */
export const legalBasisSchema = strictObject({
  /** Document type as written: Quyết định, Nghị quyết, Thông tư, Kế hoạch, Kết luận… */
  type: z.string().min(1),
  /** Number as printed, e.g. "844/QĐ-TTg"; null when the document has none. */
  number: z.string().min(1).nullable(),
  date: isoDate.nullable(),
  issuer: z.string().min(1),
  title: title(),
  /** How the plan cites it (src/lib/relations.ts). */
  relation: z.enum(RELATIONS.ids),
});

/** Where the plan's data comes from, and which facts each source supports. */
export const sourceSchema = strictObject({
  file: z.string().regex(/^sources\/[^/]+\.txt$/, 'tệp nguồn phải nằm trong sources/'),
  role: z.enum(SOURCE_ROLES.ids),
  title: title(),
  supports: z.array(z.string().min(1)).min(1),
});

/** A character-level repair of the raw text (characters lost upstream), shown on the plan page. */
export const correctionSchema = strictObject({
  /** 1-based line of the raw source file. */
  line: z.number().int().positive(),
  before: z.string().min(1),
  /** The repaired wording; empty when stray text (not part of the plan) was left out. */
  after: z.string(),
  note: z.string().min(1).optional(),
});

export const planMetaSchema = strictObject({
  title: title(MAX_PLAN_TITLE),
  /** The province as it was when the plan was issued. */
  province: z.string().min(1),
  issuer: z.string().min(1),
  /** Số hiệu (document number); null when no source gives it. Never invented. */
  number: z.string().min(1).nullable(),
  issued: isoDate.nullable(),
  /** Why the date is missing or how it is bounded, when `issued` is null. */
  issuedNote: z.string().optional(),
  place: z.string().min(1).nullable(),
  signer: strictObject({
    /** Null when the copy has no signature block (a published copy cut before it): never guessed. */
    name: z.string().min(1).nullable(),
    /** "KT. Chủ tịch, Phó Chủ tịch": signing on behalf of (ký thay) the chair, as vice-chair; null when not printed. */
    capacity: z.string().min(1).nullable(),
    /** "TM. Ủy ban nhân dân": on behalf of (thay mặt) the committee, when printed. */
    onBehalfOf: z.string().min(1).nullable(),
  }),
  /** A period plan or an annual plan (src/lib/plan-kinds.ts). */
  kind: z.enum(PLAN_KINDS.ids),
  period: strictObject({ start: year, end: year }).refine((p) => p.end >= p.start, 'năm kết thúc trước năm bắt đầu'),
  legalBases: z.array(legalBasisSchema),
  sources: z.array(sourceSchema).min(1),
  corrections: z.array(correctionSchema).default([]),
});

export const goalSchema = strictObject({
  /** Purpose, requirement, general or specific goal (src/lib/goal-kinds.ts). */
  kind: z.enum(GOAL_KINDS.ids),
  text: z.string().min(1),
});

export const targetInputSchema = strictObject({
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
  strictObject({
    asWritten: z.string().min(1),
    /** The sub-event this agency leads, when the plan names a lead per sub-event. */
    scope: z.string().min(1),
  }),
]);

const sectionRef = strictObject({ ref: z.string().min(1), title: title() });

export const taskInputSchema = strictObject({
  /** As printed, relative to the plan's tasks section: "1.3", "3.2.a", "2.đ". */
  ref: z.string().regex(TASK_REF, 'số hiệu nhiệm vụ phải có dạng 1, 1.3, 3.2.a hoặc 2.đ'),
  section: sectionRef,
  /** The numbered item whose lettered children are tasks (Tây Ninh 3.2 a/b). */
  group: sectionRef.optional(),
  title: title(),
  description: z.string().min(1).optional(),
  lead: z.array(agencyInput).min(1, 'nhiệm vụ phải có cơ quan chủ trì'),
  partners: z.array(agencyInput).default([]),
  timing: strictObject({
    /** The label as written: "Thời gian thực hiện", "Thời gian hoàn thành", "Thời gian tham gia". */
    label: z.string().min(1).nullable(),
    raw: z.string().min(1).nullable(),
  }),
  quantities: z.array(z.string().min(1)).default([]),
  /** The plan's "Đối tượng" wording, when it has one. */
  audience: z.string().min(1).optional(),
  targetGroups: z.array(z.enum(TARGET_GROUP_IDS)).default([]),
  themes: z.array(z.enum(THEME_IDS)).min(1, 'nhiệm vụ phải có ít nhất một chủ đề'),
  /** What the task does, finer than its themes (src/lib/activity-types.ts), at least one. */
  activityTypes: z
    .array(
      z.enum(ACTIVITY_TYPE_IDS, {
        error: (issue) => {
          const near = nearest(String(issue.input), ACTIVITY_TYPE_IDS);
          return `loại hoạt động "${String(issue.input)}" không có trong danh mục (src/lib/activity-types.ts)${near ? `: có phải "${near}"?` : ''}`;
        },
      }),
    )
    .min(1, 'nhiệm vụ phải có ít nhất một loại hoạt động'),
  /** Attributes stated once for a group and applied to this task. */
  inherited: z.array(z.enum(['lead', 'partners', 'timing', 'quantities'])).default([]),
  inheritedNote: z.string().min(1).optional(),
});

export const planInputSchema = strictObject({
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
