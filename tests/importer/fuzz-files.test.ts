/**
 * Robustness of the Word and PDF readers: a Word file and a PDF of a committed plan cut short at
 * 24 places each, with bytes flipped, and random bytes named .pdf and .docx (with and without the
 * right first bytes). Each either imports or is refused with an ImportError that says why; none
 * crashes, none hangs (the cases run in a worker stopped at the time budget); through the command,
 * a damaged file leaves no file behind.
 */
import { afterAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { ROOT } from '../helpers/content.ts';
import { runCases } from './worker-cases.ts';
import { random } from './fuzz.ts';
import { makeVariant, sources } from './variants/generate.ts';

const BUDGET_MS = 90_000;
const work = mkdtempSync(join(tmpdir(), 'khm-fuzz-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Result {
  name: string;
  what: string;
  outcome: string;
  message: string;
  problem?: string;
  ms: number;
}

async function damagedFiles() {
  const browser = await launchBrowser();
  const [source] = sources().filter((s) => s.slug === 'quang-ngai-2024');
  const files = {
    docx: await makeVariant(source!, 'docx-bang', browser),
    pdf: await makeVariant(source!, 'pdf', browser),
  };
  await browser.close();
  const next = random(20251204);
  const cases: { name: string; what: string; bytes: Uint8Array }[] = [];
  for (const [extension, bytes] of Object.entries(files)) {
    for (let k = 1; k <= 24; k++) {
      const at = Math.floor((bytes.length * k) / 25);
      cases.push({ name: `cut.${extension}`, what: `cắt ở byte ${at}`, bytes: bytes.slice(0, at) });
    }
    for (let k = 0; k < 8; k++) {
      const flipped = bytes.slice();
      for (let n = 0; n < 20; n++) flipped[Math.floor(next() * flipped.length)] = Math.floor(next() * 256);
      cases.push({ name: `flip.${extension}`, what: `20 byte đổi (lần ${k + 1})`, bytes: flipped });
    }
  }
  for (let k = 0; k < 6; k++) {
    const noise = Uint8Array.from({ length: 2048 + k * 4096 }, () => Math.floor(next() * 256));
    cases.push({ name: 'random.pdf', what: `${noise.length} byte ngẫu nhiên`, bytes: noise });
    const pdf = Uint8Array.from([...new TextEncoder().encode('%PDF-1.7\n'), ...noise]);
    cases.push({ name: 'random-header.pdf', what: `“%PDF-” rồi ${noise.length} byte ngẫu nhiên`, bytes: pdf });
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...noise]);
    cases.push({ name: 'random.docx', what: `“PK” rồi ${noise.length} byte ngẫu nhiên`, bytes: zip });
  }
  return { files, cases };
}

it('reads damaged Word and PDF files without a crash or a hang', { timeout: BUDGET_MS + 60_000 }, async () => {
  const { files, cases } = await damagedFiles();
  const { finished, results, current } = await runCases<Result>(
    new URL('./fuzz-files-worker.ts', import.meta.url),
    { cases },
    BUDGET_MS,
  );
  expect(finished, `dừng ở ca ${JSON.stringify(current)} sau ${results.length} ca`).toBe('done');
  expect(results).toHaveLength(cases.length);
  expect(results.filter((r) => r.problem).map((r) => `${r.name} ${r.what}: ${r.problem}`)).toEqual([]);
  const refused = results.filter((r) => r.outcome === 'refused');
  expect(refused.length).toBeGreaterThan(cases.length / 2);
  for (const r of results.filter((r) => r.name.startsWith('random'))) expect(r.outcome).toBe('refused');
  const slowest = results.reduce((a, b) => (a.ms > b.ms ? a : b));
  expect(slowest.ms, `${slowest.name} ${slowest.what}`).toBeLessThan(10_000);
  console.log(
    `\n${cases.length} tệp hỏng: ${results.length - refused.length} nhập được, ${refused.length} bị từ chối rõ lý do; chậm nhất ${Math.round(slowest.ms)} ms (${slowest.name}, ${slowest.what})\n` +
      [...new Set(refused.map((r) => r.message.replace(/\d+/g, 'N').slice(0, 110)))].map((m) => `  ${m}`).join('\n'),
  );

  // Through the command: status 2, one line, and nothing written.
  const out = join(work, 'out');
  for (const [name, bytes] of [
    ['cut.pdf', files.pdf.slice(0, files.pdf.length / 3)],
    ['cut.docx', files.docx.slice(0, files.docx.length / 2)],
    ['random.pdf', cases.find((c) => c.name === 'random.pdf')!.bytes],
  ] as const) {
    const file = join(work, name);
    writeFileSync(file, bytes);
    const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/import.ts'), file, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, `${name}: ${run.stderr}`).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(existsSync(join(ROOT, 'sources', name.replace(/\.\w+$/, '.txt')))).toBe(false);
  }
});
