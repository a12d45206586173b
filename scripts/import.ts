/**
 * npm run import -- <file.txt> [--json] [--force] [--slug <slug>] [--out <dir>] [--report <file>]
 *
 * Imports the raw text of a plan (nhập kế hoạch): writes content/plans/<slug>.mdx, valid against
 * src/schemas/plan.ts, and prints the report of what needs a human decision. The raw text is cited
 * from sources/ (copied there when it is elsewhere). --json prints the plan as JSON instead
 * (tasks in the shape of /data/tasks.json) and writes nothing.
 *
 * Never overwrites an existing file without --force; never leaves a partial file: the MDX is
 * written to a temporary file beside the target, re-read and validated, then renamed.
 *
 * Exit status: 0 written (or printed), 1 usage or file error (or the target exists),
 * 2 the text cannot be read as a plan (the message names the line).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importPlan, formatReport, ImportError } from '../src/lib/importer/index.ts';
import { readMdx } from '../src/lib/importer/mdx.ts';
import { planSchema } from '../src/schemas/plan.ts';
import { planRecord } from '../src/lib/plans.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const USAGE =
  'Cách dùng: npm run import -- <tệp.txt> [--json] [--force] [--slug <slug>] [--out <thư mục>] [--report <tệp>]';

function fail(message: string, status: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(status);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      slug: { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 1);
}
if (args.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.positionals.length !== 1) fail(USAGE, 1);

const input = resolve(args.positionals[0]!);
if (!existsSync(input)) fail(`Không thấy tệp: ${args.positionals[0]}`, 1);
if (!/\.txt$/i.test(input)) fail('Tệp nguồn phải là văn bản thuần (.txt, UTF-8)', 1);
const raw = readFileSync(input, 'utf8');

// The frontmatter cites the raw text under sources/: where it is, or where it will be copied.
const sourcesDir = join(ROOT, 'sources');
const inSources = relative(sourcesDir, input);
const cited =
  !inSources.startsWith('..') && !inSources.includes('/') ? `sources/${inSources}` : `sources/${basename(input)}`;
const copyTo = cited === `sources/${inSources}` ? null : join(ROOT, cited);
if (copyTo && existsSync(copyTo) && readFileSync(copyTo, 'utf8') !== raw) {
  fail(`${cited} đã có, với nội dung khác: đổi tên tệp nguồn (nguồn trong sources/ không bao giờ bị sửa)`, 1);
}

let result: ReturnType<typeof importPlan>;
try {
  result = importPlan(raw, { file: cited, slug: args.values.slug });
} catch (error) {
  if (error instanceof ImportError) fail(`Không nhập được ${args.positionals[0]}: ${error.message}`, 2);
  throw error;
}

if (args.values.json) {
  const plan = planRecord({ id: result.slug, data: result.plan });
  process.stdout.write(`${JSON.stringify({ plan, tasks: result.records, report: result.report }, null, 2)}\n`);
  process.exit(0);
}

const outDir = resolve(args.values.out ?? join(ROOT, 'content/plans'));
const target = join(outDir, `${result.slug}.mdx`);
if (existsSync(target) && !args.values.force) {
  process.stdout.write(formatReport(result.report));
  fail(
    `\n${relative(process.cwd(), target)} đã có: không ghi đè (dùng --force để ghi đè, hoặc --slug để đặt tên khác)`,
    1,
  );
}

// Write beside the target, check what was written, then rename: never a partial file.
mkdirSync(outDir, { recursive: true });
const temporary = join(outDir, `.${result.slug}.mdx.${process.pid}.tmp`);
try {
  writeFileSync(temporary, result.mdx);
  const written = readMdx(readFileSync(temporary, 'utf8'));
  const parsed = planSchema.safeParse(written.frontmatter);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  const ids = [...written.body.matchAll(/<Task\s+id="([^"]+)"/g)].map((m) => m[1]);
  const refs = parsed.data.tasks.map((task) => `${result.slug}/${task.ref}`);
  if (JSON.stringify(ids) !== JSON.stringify(refs))
    throw new Error('các thẻ <Task> trong nội dung không khớp danh sách nhiệm vụ');
  if (copyTo) copyFileSync(input, copyTo);
  renameSync(temporary, target);
} catch (error) {
  rmSync(temporary, { force: true });
  fail(`Không ghi được ${relative(process.cwd(), target)}: ${(error as Error).message}`, 1);
}

const text = formatReport(result.report);
if (args.values.report) writeFileSync(resolve(args.values.report), text);
process.stdout.write(text);
process.stdout.write(
  `\nĐã ghi ${relative(process.cwd(), target)}: ${result.report.tasks} nhiệm vụ${copyTo ? `; đã chép nguồn vào ${cited}` : ''}.\nXem báo cáo ở trên, sửa tệp MDX nếu cần (ghi mọi sửa chữa vào plan.corrections), rồi chạy npm run build.\n`,
);
