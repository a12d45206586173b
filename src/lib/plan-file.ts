/**
 * Reading the plan files (content/plans/<slug>.mdx) as the build reads them: the content
 * collection (src/content.config.ts), the tests and the benchmark's generator all go through
 * `readPlanFolder` or `readPlanFile`, so that what the tests accept is what the build accepts.
 * It checks, in order, and reports every problem of a file at once, each with the file, the line
 * and the field path ("content/plans/x.mdx:42 tasks.3.title: …"):
 *
 * - the size of the file (src/lib/content-limits.ts);
 * - the frontmatter as YAML 1.2 (core schema), dates read as the text written (YAML's own dates
 *   roll over: 2024-13-40 would become 2025-02-09), duplicate keys refused, aliases limited;
 * - no invisible control character (bidi overrides, zero-width characters) in any text, which
 *   would reverse or hide what follows it on every page that shows the text;
 * - the schema of src/schemas/plan.ts (strict: an unknown key is an error);
 * - each task of the frontmatter wrapped exactly once in the body (`<Task id="<slug>/<ref>">`),
 *   so that its anchor exists once; no wrapper for a task the frontmatter does not have;
 * - each source file named in `plan.sources` exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { planSchema, type Plan } from '../schemas/plan.ts';
import { MAX_ALIAS_NODES, MAX_FILE_BYTES } from './content-limits.ts';
import { taskId } from './task-ref.ts';

/** One problem of a plan file: where (1-based line of the file, field path) and what. */
export interface Problem {
  line?: number;
  path?: string;
  message: string;
}

/** A plan file the build refuses; its message lists every problem, one per line. */
export class PlanFileError extends Error {
  readonly file: string;
  readonly problems: Problem[];
  constructor(file: string, problems: Problem[]) {
    super(formatProblems(file, problems));
    this.name = 'PlanFileError';
    this.file = file;
    this.problems = problems;
  }
}

/** Plan files the build refuses, all listed at once (one build shows every broken file). */
export class PlanFilesError extends Error {
  // Not named `errors`: Astro would print only the first of a list under that name.
  readonly files: PlanFileError[];
  constructor(files: PlanFileError[]) {
    super(files.map((error) => error.message).join('\n'));
    this.name = 'PlanFilesError';
    this.files = files;
  }
}

/** A heading, then "content/plans/x.mdx:42 tasks.3.title: …", one line per problem. */
export function formatProblems(file: string, problems: Problem[]): string {
  const lines = problems.map(
    (problem) =>
      `  ${file}${problem.line ? `:${problem.line}` : ''}${problem.path ? ` ${problem.path}` : ''}: ${problem.message}`,
  );
  return [`Tệp kế hoạch ${file} có ${problems.length} lỗi (content/README.md):`, ...lines].join('\n');
}

export interface PlanFileOptions {
  /** The file as named in messages: "content/plans/tay-ninh-2022.mdx". */
  file: string;
  /** The plan's slug, the file name without .mdx: the prefix of its <Task> ids. */
  slug: string;
  /** Whether a source file named in the frontmatter ("sources/….txt") exists. */
  sourceExists: (path: string) => boolean;
}

export interface PlanFile {
  /** The frontmatter validated and resolved by planSchema. */
  plan: Plan;
  /** The MDX body, after the frontmatter. */
  body: string;
}

export interface PlanFileEntry extends PlanFile {
  slug: string;
  /** The file as named in messages, relative to the project: "content/plans/tay-ninh-2022.mdx". */
  file: string;
  /** The file's text as read. */
  text: string;
}

/**
 * Every plan file of a folder (content/plans/), read and checked, in file name order; throws
 * PlanFilesError listing the problems of every broken file.
 */
export function readPlanFolder(dir: string, root: string): PlanFileEntry[] {
  const entries: PlanFileEntry[] = [];
  const errors: PlanFileError[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    const options = planFileOptions(join(dir, name), root);
    try {
      const text = readFileSync(join(dir, name), 'utf8');
      entries.push({ slug: options.slug, file: options.file, text, ...readPlanFile(text, options) });
    } catch (error) {
      if (!(error instanceof PlanFileError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length) throw new PlanFilesError(errors);
  return entries;
}

/** The options of readPlanFile for the file at `path` of the project at `root`. */
export function planFileOptions(path: string, root: string): PlanFileOptions {
  return {
    file: relative(root, path),
    slug: basename(path, '.mdx'),
    sourceExists: (source) => existsSync(join(root, source)),
  };
}

/** The frontmatter block: `---` lines around YAML at the very start of the file (a BOM allowed). */
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** A problem found in the frontmatter at a field path, before its line is looked up. */
interface FieldProblem {
  at: PropertyKey[];
  message: string;
}

/** Read and check a plan file; throws PlanFileError listing every problem found. */
export function readPlanFile(text: string, options: PlanFileOptions): PlanFile {
  const { file } = options;
  const fail = (problems: Problem[]): never => {
    throw new PlanFileError(file, problems);
  };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) fail([oversize(text, bytes)]);

  const match = FRONTMATTER.exec(text);
  if (!match)
    fail([{ line: 1, message: 'thiếu frontmatter: tệp phải bắt đầu bằng một dòng ---, phần YAML, rồi một dòng ---' }]);
  const yamlText = match![1] ?? '';
  const body = text.slice(match![0].length);
  const bodyLine = lineCount(match![0]) + 1;

  // YAML 1.2's core schema: a date stays the text written, duplicate keys are an error. js-yaml
  // reads fast and keeps no positions: the lines of problems are looked up afterwards (locate).
  let frontmatter: unknown;
  try {
    frontmatter = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    // Line 1 of the file is the opening "---"; js-yaml counts lines from 0.
    fail([{ line: error.mark.line + 2, message: `YAML không đọc được: ${error.reason}` }]);
  }
  // Aliases are shared, not copied, by the parser: what would multiply them comes after this check.
  const repeated = aliasedNodes(frontmatter);
  if (repeated > MAX_ALIAS_NODES) {
    const alias = firstAlias(yamlText);
    fail([
      {
        ...(alias ? { line: alias.line } : {}),
        message: `bí danh YAML${alias ? ` (*${alias.name})` : ''} lặp lại ${repeated.toLocaleString('vi-VN')} giá trị, quá giới hạn ${MAX_ALIAS_NODES.toLocaleString('vi-VN')} (src/lib/content-limits.ts): viết thẳng giá trị, không dùng bí danh lồng nhau`,
      },
    ]);
  }
  if (!frontmatter || typeof frontmatter !== 'object' || Array.isArray(frontmatter))
    fail([{ line: 2, message: 'frontmatter phải là một bảng khóa: giá trị (plan, goals, targets, tasks)' }]);

  const fields: FieldProblem[] = [];
  const problems: Problem[] = [];
  walkStrings(frontmatter, [], (value, at) => {
    const found = findInvisible(value);
    if (found) fields.push({ at, message: found });
  });
  problems.push(...invisibleInBody(body, bodyLine));

  const parsed = planSchema.safeParse(frontmatter, { error: VIETNAMESE, reportInput: true });
  if (!parsed.success) {
    fields.push(...flatten(parsed.error.issues));
  } else {
    const wrappers = taskWrappers(parsed.data, body, bodyLine, options.slug);
    problems.push(...wrappers.body);
    fields.push(...wrappers.fields);
    parsed.data.plan.sources.forEach((source, index) => {
      if (!options.sourceExists(source.file))
        fields.push({
          at: ['plan', 'sources', index, 'file'],
          message: `tệp nguồn "${source.file}" không có: thêm tệp vào sources/ hoặc sửa tên`,
        });
    });
  }
  if (fields.length) {
    const locate = locator(yamlText);
    for (const { at, message } of fields) problems.push({ line: locate(at), path: at.join('.'), message });
  }
  if (problems.length) fail(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return { plan: (parsed as { data: Plan }).data, body };
}

const lineCount = (text: string) => text.split('\n').length - 1;

/** The size problem: the file's size, and its longest line (where the bulk usually is) with its key. */
function oversize(text: string, bytes: number): Problem {
  let longest = { line: 1, start: 0, length: 0 };
  for (let line = 1, start = 0; ; line++) {
    const end = text.indexOf('\n', start);
    const length = (end === -1 ? text.length : end) - start;
    if (length > longest.length) longest = { line, start, length };
    if (end === -1) break;
    start = end + 1;
  }
  const key = /^\s*(?:-\s+)?([A-Za-z]\w*):/.exec(text.slice(longest.start, longest.start + 200))?.[1];
  const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  return {
    line: longest.line,
    ...(key ? { path: key } : {}),
    message: `tệp nặng ${mb(bytes)}, quá giới hạn ${mb(MAX_FILE_BYTES)} của một tệp kế hoạch (src/lib/content-limits.ts); dòng dài nhất là dòng ${longest.line}, ${longest.length.toLocaleString('vi-VN')} ký tự`,
  };
}

// ---- aliases ----

/**
 * How many values the aliases of a parsed document repeat: the size of the document written out
 * in full less the values it holds once. Linear in the values held (sizes are memoised), so a
 * bomb of a billion repeated values is measured, not expanded.
 */
function aliasedNodes(value: unknown): number {
  const sizes = new Map<object, number>();
  let distinct = 0;
  const size = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    distinct++;
    let total = 1;
    for (const child of Object.values(node)) {
      total += size(child);
      if (child === null || typeof child !== 'object') distinct++;
    }
    sizes.set(node, total);
    return total;
  };
  return size(value) - distinct - (value === null || typeof value !== 'object' ? 1 : 0);
}

/** The first alias (`*name`) of a YAML text and its line in the file, read with the `yaml` parser. */
function firstAlias(yamlText: string): { name: string; line: number } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines });
  let found: { name: string; line: number } | undefined;
  visit(doc, {
    Alias(_, node) {
      found = { name: node.source, line: lines.linePos(node.range?.[0] ?? 0).line + 1 };
      return visit.BREAK;
    },
  });
  return found;
}

// ---- invisible characters ----

/** Characters that change or hide what is shown without being seen themselves. */
const INVISIBLE: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};
const INVISIBLE_RE = new RegExp(
  `[${Object.keys(INVISIBLE)
    .map((code) => `\\u${Number(code).toString(16).padStart(4, '0')}`)
    .join('')}\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]`,
);

/**
 * The first invisible control character of a text, described for its author, or undefined. Bidi
 * controls reverse the rest of a line (a title shown backwards), zero-width characters split
 * words for search and copy; none belongs in a Vietnamese plan.
 */
export function findInvisible(text: string): string | undefined {
  const match = INVISIBLE_RE.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  const name = INVISIBLE[code] ?? 'ký tự điều khiển';
  const kind = /DIRECTIONAL|EMBEDDING|OVERRIDE|ISOLATE|MARK/.test(name)
    ? 'ký tự điều khiển hướng chữ'
    : /ZERO|JOINER/.test(name)
      ? 'ký tự vô hình'
      : 'ký tự điều khiển';
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `chứa ${kind} ${hex}${INVISIBLE[code] ? ` (${name})` : ''} ở ký tự thứ ${match.index + 1}: xóa ký tự này`;
}

/** Every invisible control character of the body, one problem per line that has one. */
function invisibleInBody(body: string, bodyLine: number): Problem[] {
  if (!INVISIBLE_RE.test(body)) return [];
  return body.split('\n').flatMap((line, index) => {
    const found = findInvisible(line);
    return found ? [{ line: bodyLine + index, path: '(phần thân)', message: found }] : [];
  });
}

// ---- positions ----

/** Calls `visit` on every string of a parsed frontmatter with its path. */
function walkStrings(value: unknown, path: PropertyKey[], visit: (text: string, path: PropertyKey[]) => void) {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, index) => walkStrings(item, [...path, index], visit));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
}

/**
 * The line of the file where a field path is written: its key (or list item), or the nearest
 * parent written when the field itself is missing. Reads the YAML again with the `yaml` parser,
 * which keeps positions (only when there is a problem to place).
 */
function locator(yamlText: string): (path: PropertyKey[]) => number {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines });
  // Line 1 of the file is the opening "---".
  return (path) => lines.linePos(offsetOf(doc, path)).line + 1;
}

function offsetOf(doc: Document, path: PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key));
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

// ---- schema issues ----

/** zod's messages in Vietnamese, for the issues our schema does not word itself. */
const VIETNAMESE = z.locales.vi().localeError;

/**
 * One issue per problem, at the path of the offending key: a union's issues are those of the
 * branch the value was meant for (an object for an object), a missing field says so, an unknown
 * key is reported at the key.
 */
function flatten(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    const at = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const meant = (issue.errors as z.core.$ZodIssue[][]).filter(
        (branch) => !(branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0),
      );
      if (meant.length === 1) return flatten(meant[0]!, at);
      return [{ at, message: 'giá trị không đúng dạng nào được phép' }];
    }
    if (issue.code === 'unrecognized_keys') return [{ at: [...at, issue.keys[0]!], message: issue.message }];
    if (issue.code === 'invalid_type' && issue.input === undefined)
      return [{ at, message: `thiếu trường bắt buộc (${issue.expected})` }];
    return [{ at, message: issue.message }];
  });
}

// ---- task wrappers ----

const TASK_TAG = /<Task\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>/g;

/** Each task of the frontmatter wrapped exactly once in the body, and no wrapper for another task. */
function taskWrappers(
  plan: Plan,
  body: string,
  bodyLine: number,
  slug: string,
): { body: Problem[]; fields: FieldProblem[] } {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const known = new Set(plan.tasks.map((task) => taskId(slug, task.ref)));
  let line = bodyLine;
  let counted = 0;
  for (const match of body.matchAll(TASK_TAG)) {
    const id = match[1] ?? match[2]!;
    line += lineCount(body.slice(counted, match.index));
    counted = match.index;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        line,
        path: '(phần thân)',
        message: `<Task id="${id}"> lặp lại (đã có ở dòng ${first}): mỗi nhiệm vụ chỉ bọc một lần, để neo của nó là duy nhất`,
      });
    } else seen.set(id, line);
    if (!known.has(id)) {
      problems.push({
        line,
        path: '(phần thân)',
        message: `<Task id="${id}"> không khớp nhiệm vụ nào trong frontmatter (tasks[].ref, id phải là "${slug}/<ref>")`,
      });
    }
  }
  const fields = plan.tasks.flatMap((task, index) => {
    const id = taskId(slug, task.ref);
    return seen.has(id)
      ? []
      : [
          {
            at: ['tasks', index, 'ref'],
            message: `nhiệm vụ ${task.ref} không có <Task id="${id}"> trong phần thân: trang kế hoạch sẽ thiếu neo #${task.anchor} mà các trang khác liên kết tới`,
          },
        ];
  });
  return { body: problems, fields };
}
