/**
 * npm run import -- <file.docx|.pdf|.txt|.md> [--json] [--force] [--slug <slug>] [--out <dir>] [--report <file>]
 *
 * Imports a plan (nhập kế hoạch) as people get it: a Word file, a PDF with a text layer, or a text
 * file in UTF-8, UTF-16 or Windows-1258. Writes content/plans/<slug>.mdx, valid against
 * src/schemas/plan.ts, and prints the report of what needs a human decision. The text read is
 * cited from sources/<name>.txt: a text file is copied there as it is; for a Word or PDF file, the
 * text read from it is written there (the line numbers of the report refer to it). --json prints
 * the plan as JSON instead (tasks in the shape of /data/tasks.json) and writes nothing.
 *
 * Every output path is checked before anything is written; the MDX is written to a temporary
 * file beside the target, re-read and validated, then renamed, and the temporary file is removed
 * if the import is interrupted (Ctrl-C, kill): never a partial file. Never overwrites without --force.
 *
 * Exit status: 0 written (or printed); 1 usage, file or output error (a missing or unreadable file,
 * a file over the size limit, a target that exists, an output path that cannot be written);
 * 2 the file cannot be read as a plan (the message names the line); 130/143 interrupted.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, ImportError } from '../src/lib/importer/index.ts';
import { importFile, sourceFor, type ImportedFile } from '../src/lib/importer/file.ts';
import { ACCEPTED, MAX_FILE_BYTES } from '../src/lib/importer/readers/index.ts';
import { readMdx } from '../src/lib/importer/mdx.ts';
import { planSchema } from '../src/schemas/plan.ts';
import { planRecord } from '../src/lib/plans.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const USAGE = `Cách dùng: npm run import -- <tệp ${ACCEPTED.join('|')}> [--json] [--force] [--slug <slug>] [--out <thư mục>] [--report <tệp>]`;

/** Write to a stream and wait until it is flushed: a pipe must get all of it before the exit. */
function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((done) => stream.write(text, () => done()));
}

async function fail(message: string, status: number): Promise<never> {
  await write(process.stderr, `${message}\n`);
  process.exit(status);
}

// A reader that stops early (`| head`) closes the pipe: nothing more to say, and not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// A temporary file being written, removed if the import is interrupted.
let temporary: string | null = null;
for (const [signal, status] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    if (temporary) rmSync(temporary, { force: true });
    process.stderr.write(`\nĐã dừng (${signal}): không ghi tệp nào.\n`);
    process.exit(status);
  });
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
  await fail(`${(error as Error).message}\n${USAGE}`, 1);
}
if (args!.values.help) {
  await write(process.stdout, `${USAGE}\n`);
  process.exit(0);
}
if (args!.positionals.length !== 1) await fail(USAGE, 1);

const name = args!.positionals[0]!;
const input = resolve(name);
if (!existsSync(input)) await fail(`Không thấy tệp: ${name}`, 1);
const stat = statSync(input);
if (!stat.isFile()) await fail(`${name} không phải một tệp (là thư mục hoặc thiết bị)`, 1);
if (stat.size > MAX_FILE_BYTES)
  await fail(
    `${name} quá lớn (${(stat.size / 1024 / 1024).toFixed(1)} MB; giới hạn ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
    1,
  );
let bytes: Uint8Array;
try {
  bytes = new Uint8Array(readFileSync(input));
} catch (error) {
  await fail(`Không đọc được ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1);
}

// The frontmatter cites the text under sources/ (file.ts names it, as the browser page does):
// the file itself when it is that text already, otherwise a copy written there.
const cited = sourceFor(input);
const copyTo = resolve(ROOT, cited) === input ? null : join(ROOT, cited);

let imported: ImportedFile;
try {
  imported = await importFile(bytes!, basename(input), { slug: args!.values.slug });
} catch (error) {
  if (error instanceof ImportError) await fail(`Không nhập được ${name}: ${error.message}`, 2);
  throw error;
}
const { result, sourceText } = imported!;
// The text kept in sources/: the file itself for text, what was read for Word and PDF.
const sameSource = (path: string) =>
  sourceText === null ? readFileSync(path).equals(Buffer.from(bytes!)) : readFileSync(path, 'utf8') === sourceText;
if (copyTo && existsSync(copyTo) && !sameSource(copyTo)) {
  await fail(`${cited} đã có, với nội dung khác: đổi tên tệp nguồn (nguồn trong sources/ không bao giờ bị sửa)`, 1);
}

if (args!.values.json) {
  const plan = planRecord({ id: result.slug, data: result.plan });
  await write(process.stdout, `${JSON.stringify({ plan, tasks: result.records, report: result.report }, null, 2)}\n`);
  process.exit(0);
}

// Check every output path before writing anything.
const outDir = resolve(args!.values.out ?? join(ROOT, 'content/plans'));
if (existsSync(outDir) && !statSync(outDir).isDirectory())
  await fail(`--out ${outDir}: đã có và không phải thư mục`, 1);
const target = join(outDir, imported!.mdxName);
const reportPath = args!.values.report ? resolve(args!.values.report) : null;
if (reportPath) {
  const parent = dirname(reportPath);
  if (!existsSync(parent) || !statSync(parent).isDirectory())
    await fail(`--report ${args!.values.report}: không có thư mục ${parent}`, 1);
  if (existsSync(reportPath) && !statSync(reportPath).isFile())
    await fail(`--report ${args!.values.report}: đã có và không phải tệp`, 1);
}
if (existsSync(target) && !args!.values.force) {
  await write(process.stdout, formatReport(result.report));
  await fail(
    `\n${relative(process.cwd(), target)} đã có: không ghi đè (dùng --force để ghi đè, hoặc --slug để đặt tên khác)`,
    1,
  );
}

// Write beside the target, check what was written, then rename: never a partial file.
try {
  mkdirSync(outDir, { recursive: true });
  temporary = join(outDir, `.${result.slug}.mdx.${process.pid}.tmp`);
  writeFileSync(temporary, result.mdx);
  const written = readMdx(readFileSync(temporary, 'utf8'));
  const parsed = planSchema.safeParse(written.frontmatter);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  const ids = [...written.body.matchAll(/<Task\s+id="([^"]+)"/g)].map((m) => m[1]);
  const refs = parsed.data.tasks.map((task) => `${result.slug}/${task.ref}`);
  if (JSON.stringify(ids) !== JSON.stringify(refs))
    throw new Error('các thẻ <Task> trong nội dung không khớp danh sách nhiệm vụ');
  if (copyTo && !existsSync(copyTo)) {
    if (sourceText === null) copyFileSync(input, copyTo);
    else writeFileSync(copyTo, sourceText);
  }
  renameSync(temporary, target);
  temporary = null;
} catch (error) {
  if (temporary) rmSync(temporary, { force: true });
  temporary = null;
  await fail(`Không ghi được ${relative(process.cwd(), target)}: ${(error as Error).message}`, 1);
}

const text = formatReport(result.report);
if (reportPath) {
  try {
    writeFileSync(reportPath, text);
  } catch (error) {
    await fail(
      `Đã ghi ${relative(process.cwd(), target)} nhưng không ghi được báo cáo: ${(error as Error).message}`,
      1,
    );
  }
}
await write(process.stdout, text);
await write(
  process.stdout,
  `\nĐã ghi ${relative(process.cwd(), target)}: ${result.report.tasks} nhiệm vụ${copyTo ? `; văn bản nguồn ở ${cited}` : ''}.\nXem báo cáo ở trên, sửa tệp MDX nếu cần (ghi mọi sửa chữa vào plan.corrections), rồi chạy npm run build.\n`,
);
