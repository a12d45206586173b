/**
 * Seeded mutations of a plan's text for the robustness test: lines deleted, duplicated,
 * re-wrapped (split or joined), characters dropped, random Unicode inserted. `runCase` imports
 * one mutated text and says what went wrong, if anything: the importer must either produce a
 * valid, compiling MDX file that accounts for every line, or stop with an ImportError.
 */
import { importPlan, ImportError } from '../../src/lib/importer/index.ts';
import { readMdx } from '../../src/lib/importer/mdx.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { compileMdx } from './helpers.ts';

/** A small, fast, seeded random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Characters that stress the importer: Vietnamese, Markdown/MDX syntax, invisible and combining
// marks, right-to-left marks, emoji, CJK, control characters.
const POOLS = [
  'ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ',
  '{}<>|*#`\\[]_~!&;:-–—“”()/.,',
  '\u0300\u0301\u0303\u0309\u0323\u200b\u200d\u00a0\ufeff\u202e\u200f\u00ad',
  '😀🇻🇳漢字한국어العربية',
  '\u0000\u0007\u001b\u007f\u0085',
];

export type Mutation = 'delete' | 'duplicate' | 'split' | 'join' | 'drop' | 'insert';

/** Apply `count` seeded mutations to `text`; returns the text and what was done. */
export function mutate(text: string, seed: number, count: number): { text: string; done: string[] } {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  const lines = text.split('\n');
  const done: string[] = [];
  for (let k = 0; k < count && lines.length > 1; k++) {
    const at = Math.floor(next() * lines.length);
    const kind = pick<Mutation>(['delete', 'duplicate', 'split', 'join', 'drop', 'insert']);
    const line = lines[at]!;
    switch (kind) {
      case 'delete':
        lines.splice(at, 1);
        break;
      case 'duplicate':
        lines.splice(at, 0, line);
        break;
      case 'split': {
        const spaces = [...line.matchAll(/ /g)].map((m) => m.index!);
        if (spaces.length) {
          const cut = pick(spaces);
          lines.splice(at, 1, line.slice(0, cut), line.slice(cut + 1));
        }
        break;
      }
      case 'join':
        if (at + 1 < lines.length) lines.splice(at, 2, `${line} ${lines[at + 1]}`);
        break;
      case 'drop': {
        const chars = [...line];
        for (let n = 1 + Math.floor(next() * 3); n > 0 && chars.length; n--)
          chars.splice(Math.floor(next() * chars.length), 1);
        lines[at] = chars.join('');
        break;
      }
      case 'insert': {
        const chars = [...line];
        const pool = [...pick(POOLS)];
        chars.splice(Math.floor(next() * (chars.length + 1)), 0, pick(pool));
        lines[at] = chars.join('');
        break;
      }
    }
    done.push(`${kind}@${at + 1}`);
  }
  return { text: lines.join('\n'), done };
}

export interface CaseResult {
  source: string;
  seed: number;
  mutations: string[];
  outcome: 'written' | 'refused';
  ms: number;
  /** What went wrong (a crash, an invalid or non-compiling file, a lost line), if anything. */
  problem?: string;
  message?: string;
}

/** Import one mutated text and check the outcome. */
export function runCase(source: string, text: string, seed: number, mutations: string[]): CaseResult {
  const started = performance.now();
  const base = { source, seed, mutations };
  try {
    const result = importPlan(text, { file: 'sources/fuzz.txt' });
    const ms = performance.now() - started;
    const written = readMdx(result.mdx);
    const parsed = planSchema.safeParse(written.frontmatter);
    if (!parsed.success)
      return { ...base, outcome: 'written', ms, problem: `không hợp lệ: ${parsed.error.issues[0]?.message}` };
    if (result.report.coverage.missing.length) return { ...base, outcome: 'written', ms, problem: 'mất dòng' };
    try {
      compileMdx(result.mdx);
    } catch (error) {
      return { ...base, outcome: 'written', ms, problem: `không biên dịch được MDX: ${(error as Error).message}` };
    }
    return { ...base, outcome: 'written', ms };
  } catch (error) {
    const ms = performance.now() - started;
    if (error instanceof ImportError && error.message.length > 10)
      return { ...base, outcome: 'refused', ms, message: error.message };
    return {
      ...base,
      outcome: 'refused',
      ms,
      problem: `lỗi không mong đợi: ${(error as Error).stack ?? String(error)}`,
    };
  }
}
