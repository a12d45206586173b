/**
 * The command `npm run import -- <file.txt> [--json] [--force] [--slug …] [--out …]`, run as a
 * user runs it: JSON without writing, a written file that validates, no overwrite without
 * --force, no partial or temporary file left behind, a clear refusal of what is not a plan.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLANS_DIR, ROOT, parsePlan, readPlanFiles } from '../helpers/content.ts';
import { FIXTURES } from './helpers.ts';
import { taskRecordSchema } from '../../src/schemas/public-data.ts';

const out = mkdtempSync(join(tmpdir(), 'khm-import-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const QUANG_NGAI = 'sources/002_f4285707384fd952.txt';
const listing = (dir: string) => readdirSync(dir).sort();

describe('npm run import', { timeout: 60_000 }, () => {
  it('--json prints the plan and its tasks in the shape of /data/tasks.json, and writes nothing', () => {
    const before = listing(PLANS_DIR).map((name) => [name, statSync(join(PLANS_DIR, name)).mtimeMs]);
    const { status, stdout } = run(QUANG_NGAI, '--json', '--out', out);
    expect(status).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.plan).toMatchObject({ id: 'quang-ngai-2024', province: 'Quảng Ngãi', number: null, taskCount: 12 });
    expect(data.tasks).toHaveLength(12);
    // The fields of a task of /data/tasks.json, as its schema defines them.
    expect(Object.keys(data.tasks[0]).sort()).toEqual(Object.keys(taskRecordSchema.shape).sort());
    expect(data.tasks[0]).toMatchObject({
      id: 'quang-ngai-2024/1.a',
      url: '/ke-hoach/quang-ngai-2024/#nv-1-a',
      timing: { raw: 'Cả năm', kind: 'ongoing' },
    });
    expect(data.report.coverage.missing).toEqual([]);
    expect(listing(out)).toEqual([]);
    expect(listing(PLANS_DIR).map((name) => [name, statSync(join(PLANS_DIR, name)).mtimeMs])).toEqual(before);
  });

  it('writes a file that validates, prints the report, and leaves no temporary file', () => {
    const { status, stdout } = run(QUANG_NGAI, '--out', out);
    expect(status).toBe(0);
    expect(stdout).toContain('# Báo cáo nhập: sources/002_f4285707384fd952.txt → content/plans/quang-ngai-2024.mdx');
    expect(stdout).toMatch(/Đã ghi .*quang-ngai-2024\.mdx: 12 nhiệm vụ/);
    expect(listing(out)).toEqual(['quang-ngai-2024.mdx']);
    const [file] = readPlanFiles(out);
    expect(parsePlan(file!).tasks).toHaveLength(12);
  });

  it('does not overwrite without --force, and does with it', () => {
    const target = join(out, 'quang-ngai-2024.mdx');
    writeFileSync(target, 'bản sửa tay\n');
    const refused = run(QUANG_NGAI, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/quang-ngai-2024\.mdx đã có: không ghi đè \(dùng --force/);
    expect(readFileSync(target, 'utf8')).toBe('bản sửa tay\n');
    expect(run(QUANG_NGAI, '--out', out, '--force').status).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\nplan:\n/);
    expect(listing(out)).toEqual(['quang-ngai-2024.mdx']);
  });

  it('never overwrites the curated content by default', () => {
    const committed = join(PLANS_DIR, 'quang-ngai-2024.mdx');
    const before = readFileSync(committed, 'utf8');
    const { status, stderr } = run(QUANG_NGAI);
    expect(status).toBe(1);
    expect(stderr).toMatch(/đã có: không ghi đè/);
    expect(readFileSync(committed, 'utf8')).toBe(before);
  });

  it('takes --slug, and cites a file outside sources/ under the name it will have there', () => {
    const { status, stdout } = run(join(FIXTURES, 'numbering.txt'), '--json', '--slug', 'ha-nam-thu');
    expect(status).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.plan.id).toBe('ha-nam-thu');
    expect(data.plan.sources[0].file).toBe('sources/numbering.txt');
    expect(existsSync(join(ROOT, 'sources/numbering.txt'))).toBe(false);
  });

  it('refuses a news item with exit status 2 and the line, writing nothing', () => {
    const { status, stderr } = run('sources/003_1c70fee2389b0d60.txt', '--out', out, '--slug', 'ban-tin');
    expect(status).toBe(2);
    expect(stderr).toMatch(/dòng 1: không thấy phần nào đánh số La Mã/);
    expect(existsSync(join(out, 'ban-tin.mdx'))).toBe(false);
    expect(listing(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('explains its usage', () => {
    const { status, stderr } = run();
    expect(status).toBe(1);
    expect(stderr).toMatch(/Cách dùng: npm run import -- <tệp \.docx\|\.pdf\|\.txt\|\.md>/);
    expect(run('khong-co.txt').stderr).toMatch(/Không thấy tệp/);
  });
});
