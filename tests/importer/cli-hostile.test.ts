/**
 * The import command against what goes wrong with real files: a Word or PDF file (read, its text
 * kept), a file that mixes encodings or holds control characters, a directory named like a file,
 * an output path that is a file, a report path that cannot be written, a file over the size
 * limit, an interruption while it writes, and --json through a pipe that closes early. Each gives
 * a one-line message and the documented exit status, and leaves no file behind.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { ROOT } from '../helpers/content.ts';
import { makeVariant, sources } from './variants/generate.ts';

const work = mkdtempSync(join(tmpdir(), 'khm-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const NODE = join(ROOT, 'node_modules/.bin/node');
const IMPORT = join(ROOT, 'scripts/import.ts');
const QUANG_NGAI = join(ROOT, 'sources/002_f4285707384fd952.txt');

function run(...args: string[]) {
  const result = spawnSync(NODE, [IMPORT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const oneLine = (stderr: string) => stderr.trim().split('\n').length === 1 && !/\n\s+at /.test(stderr);

describe('npm run import, hostile inputs', { timeout: 120_000 }, () => {
  it('reads a Word file and a PDF (--json), citing the text it will keep in sources/', async () => {
    const browser = await launchBrowser();
    try {
      const [source] = sources().filter((s) => s.slug === 'quang-ngai-2024');
      for (const [variant, extension] of [
        ['docx-bang', '.docx'],
        ['pdf', '.pdf'],
      ]) {
        const file = join(work, `qn-${variant}${extension}`);
        writeFileSync(file, await makeVariant(source!, variant!, browser));
        const { status, stdout } = run(file, '--json');
        expect(status).toBe(0);
        const data = JSON.parse(stdout);
        expect(data.tasks).toHaveLength(12);
        expect(data.plan.sources[0].file).toBe(`sources/qn-${variant}.txt`);
        expect(data.report.format).toBe(extension === '.pdf' ? 'pdf' : 'docx');
        expect(existsSync(join(ROOT, `sources/qn-${variant}.txt`))).toBe(false);
      }
    } finally {
      await browser.close();
    }
  });

  it('refuses a UTF-8 file with Windows-1252 bytes in it, naming the line (status 2)', () => {
    const file = join(work, 'tron.txt');
    const text = Buffer.from('KẾ HOẠCH\nDuy trì và phát triển\n', 'utf8');
    writeFileSync(file, Buffer.concat([text, Buffer.from([0x44, 0x75, 0x79, 0x20, 0x74, 0x72, 0xec, 0x0a])]));
    const { status, stderr } = run(file, '--json');
    expect(status).toBe(2);
    expect(stderr).toMatch(/dòng 3: tệp trộn bảng mã/);
    expect(oneLine(stderr)).toBe(true);
  });

  it('reports the control characters it removes, with their line', () => {
    const file = join(work, 'dieu-khien.txt');
    const raw = spawnSync('cat', [QUANG_NGAI], { encoding: 'utf8' }).stdout.replace('Cả năm.', 'Cả\u0000 năm.\u001b');
    writeFileSync(file, raw);
    const { status, stdout } = run(file, '--json');
    expect(status).toBe(0);
    const notes = JSON.parse(stdout).report.notes.map((n: { message: string }) => n.message);
    expect(notes.some((message: string) => /2 ký tự điều khiển \(U\+0000, U\+001B\)/.test(message))).toBe(true);
  });

  it('gives one line and status 1 for a directory named like a file, an --out that is a file, a bad --report', () => {
    const folder = join(work, 'thu-muc.txt');
    mkdirSync(folder);
    let result = run(folder);
    expect([result.status, oneLine(result.stderr)]).toEqual([1, true]);
    expect(result.stderr).toMatch(/không phải một tệp/);

    const notDir = join(work, 'tep');
    writeFileSync(notDir, 'x');
    result = run(QUANG_NGAI, '--out', notDir);
    expect([result.status, oneLine(result.stderr)]).toEqual([1, true]);
    expect(result.stderr).toMatch(/không phải thư mục/);

    const out = join(work, 'out');
    result = run(QUANG_NGAI, '--out', out, '--report', join(work, 'khong-co/bao-cao.txt'));
    expect([result.status, oneLine(result.stderr)]).toEqual([1, true]);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('refuses a file over the size limit before reading it', () => {
    const big = join(work, 'lon.txt');
    const fd = openSync(big, 'w');
    closeSync(fd);
    spawnSync('truncate', ['-s', '60M', big]);
    const { status, stderr } = run(big);
    expect(status).toBe(1);
    expect(stderr).toMatch(/quá lớn \(60\.0 MB; giới hạn 50 MB\)/);
  });

  it('--json is complete through a pipe, whole or cut by head', () => {
    const HUNG_YEN = join(ROOT, 'sources/001_a53a16886f7ee57c.txt');
    const json = spawnSync('sh', ['-c', `'${NODE}' '${IMPORT}' '${HUNG_YEN}' --json | cat`], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(JSON.parse(json.stdout).tasks).toHaveLength(34);
    expect(json.stdout.length).toBeGreaterThan(65_536);
    const head = spawnSync('sh', ['-c', `'${NODE}' '${IMPORT}' '${HUNG_YEN}' --json | head -c 70000 | wc -c`], {
      encoding: 'utf8',
    });
    expect(head.stdout.trim()).toBe('70000');
    // The reader that stops early is not an error of the import: no stack trace.
    expect(head.stderr).not.toMatch(/\n\s+at /);
  });

  it('leaves no temporary file when interrupted while writing (TERM, INT), and never a partial plan', async () => {
    // What an import that is not interrupted writes: an interrupted one leaves this or nothing.
    const whole = join(work, 'whole');
    expect(spawnSync(NODE, [IMPORT, QUANG_NGAI, '--out', whole], { cwd: ROOT }).status).toBe(0);
    const complete = readFileSync(join(whole, 'quang-ngai-2024.mdx'), 'utf8');
    for (const [k, signal] of (['SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT'] as const).entries()) {
      const out = join(work, `stop-${k}`);
      const child = spawn(NODE, [IMPORT, QUANG_NGAI, '--out', out], { cwd: ROOT, stdio: 'ignore' });
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      await new Promise((done) => setTimeout(done, 250 + k * 60));
      child.kill(signal);
      const status = await exited;
      const files = existsSync(out) ? readdirSync(out) : [];
      expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      if (status === 0) expect(files).toEqual(['quang-ngai-2024.mdx']);
      // The signal may arrive after the finished file was renamed into place: then it is whole.
      else expect(files.length === 0 || files.join() === 'quang-ngai-2024.mdx', files.join()).toBe(true);
      for (const name of files) expect(readFileSync(join(out, name), 'utf8')).toBe(complete);
    }
  });
});
