#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse (mobile, the default config: simulated slow 4G and 4× CPU)
 * in Debian's Chromium on the built site served with gzip like a real host, for home, a plan,
 * the comparison and the search page. Records the four category scores, the main metrics and
 * every audit that lost points into bench/results/lighthouse.json, and prints a table.
 *
 *   npm run lighthouse -- [--dir dist] [--runs 1] [--out bench/results/lighthouse.json]
 *
 * With --runs N each page is measured N times and the run with the median performance score kept.
 * Budgets: performance ≥ 98; accessibility, best practices and SEO = 100.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { serveStatic } from './lib/serve-static.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const PAGES = [
  { name: 'home', path: '/' },
  { name: 'plan', path: '/ke-hoach/kon-tum-2019-2025/' },
  { name: 'comparison', path: '/so-sanh/' },
  { name: 'search', path: '/tim-kiem/?q=khoi+nghiep' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const BUDGET = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  tti: 'interactive',
  bytes: 'total-byte-weight',
};

/** Debian's Chromium with a remote-debugging port, in its own process group and profile. */
async function startChromium() {
  const profile = mkdtempSync(join(os.tmpdir(), 'khm-lighthouse-'));
  const child = spawn(CHROMIUM, [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const port = await new Promise((done, fail) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not open a debugging port:\n${text}`)), 30_000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (m) {
        clearTimeout(timer);
        done(Number(m[1]));
      }
    });
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}):\n${text}`)));
  });
  return {
    port,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Scores, metrics and the audits that lost points, from a Lighthouse result. */
function summarize(lhr) {
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)]),
  );
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? null]),
  );
  const lost = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        // The elements at fault (a few), so that whoever fixes it knows where to look.
        const where = (audit.details?.items ?? [])
          .map((item) => item.node?.snippet ?? item.node?.selector ?? (typeof item.url === 'string' ? item.url : null))
          .filter(Boolean)
          .slice(0, 3);
        lost.push({
          category: id,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          weight: ref.weight,
          display: audit.displayValue ?? null,
          where,
        });
      }
    }
  }
  // What the main thread did, and how big the DOM is: where a low performance score comes from.
  const diagnostics = {
    domElements: lhr.audits['dom-size']?.numericValue ?? null,
    mainThreadMs: Object.fromEntries(
      (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((item) => [
        item.group,
        Math.round(item.duration),
      ]),
    ),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
  return {
    scores,
    metrics,
    diagnostics,
    lost,
    warnings: lhr.runWarnings,
    runtimeError: lhr.runtimeError?.message ?? null,
  };
}

const median = (runs) =>
  [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))[Math.floor(runs.length / 2)];

async function main() {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '1' },
      out: { type: 'string', default: join(ROOT, 'bench/results/lighthouse.json') },
    },
  });
  const dir = resolve(ROOT, values.dir);
  const loadAtStart = os.loadavg().map((x) => Number(x.toFixed(2)));
  const site = await serveStatic({ dir });
  const chromium = await startChromium();
  const results = [];
  try {
    for (const page of PAGES) {
      const runs = [];
      for (let i = 0; i < Number(values.runs); i++) {
        const result = await lighthouse(site.url(page.path), {
          port: chromium.port,
          output: 'json',
          logLevel: 'error',
        });
        runs.push(summarize(result.lhr));
      }
      const kept = median(runs);
      results.push({ ...page, ...kept, performanceRuns: runs.map((r) => r.scores.performance) });
      console.log(`${page.name.padEnd(10)} ${CATEGORIES.map((c) => `${c} ${kept.scores[c]}`).join('  ')}`);
    }
  } finally {
    chromium.stop();
    await site.close();
  }

  const lighthouseVersion = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8'),
  ).version;
  const chromiumVersion = await new Promise((done) => {
    const child = spawn(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (c) => (text += c));
    child.on('close', () => done(text.trim()));
  });
  const report = {
    date: new Date().toISOString(),
    lighthouse: lighthouseVersion,
    chromium: chromiumVersion,
    settings: 'default config: mobile form factor, simulated throttling (slow 4G, 4× CPU slowdown)',
    machine: {
      cpu: os.cpus()[0]?.model,
      cores: os.availableParallelism(),
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg().map((x) => Number(x.toFixed(2))),
    },
    note: "Lighthouse simulates a slow phone from the timings it observes: on a busy machine (see the load average and each page's benchmarkIndex) main-thread times, hence TBT and the performance score, come out worse.",
    served: `${values.dir} over HTTP/1.1 with gzip (scripts/lib/serve-static.ts)`,
    budget: BUDGET,
    pages: results,
  };
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);

  const ms = (v) => (v == null ? 'n/a' : `${(v / 1000).toFixed(2)} s`);
  const rows = [
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | Speed Index | bytes | DOM elements |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.name} (${r.path}) | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${ms(r.metrics.fcp)} | ${ms(r.metrics.lcp)} | ${Math.round(r.metrics.tbt ?? 0)} ms | ${(r.metrics.cls ?? 0).toFixed(3)} | ${ms(r.metrics.si)} | ${((r.metrics.bytes ?? 0) / 1000).toFixed(1)} kB | ${r.diagnostics.domElements ?? 'n/a'} |`,
    ),
  ];
  console.log(`\n${rows.join('\n')}\n`);
  const misses = results.flatMap((r) =>
    CATEGORIES.filter((c) => (r.scores[c] ?? 0) < BUDGET[c]).map(
      (c) => `${r.name}: ${c} ${r.scores[c]} < ${BUDGET[c]}`,
    ),
  );
  console.log(misses.length ? `Below budget:\n  ${misses.join('\n  ')}` : 'All pages within budget.');
  for (const r of results.filter((x) => x.lost.length)) {
    console.log(`\n${r.name}: audits that lost points`);
    for (const a of r.lost) {
      console.log(`  [${a.category}] ${a.id}: ${a.title}${a.display ? ` (${a.display})` : ''}`);
      for (const where of a.where) console.log(`      ${where.slice(0, 160)}`);
    }
  }
  console.log(`\nwrote ${values.out}`);
}

await main();
