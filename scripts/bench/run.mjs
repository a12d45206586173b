#!/usr/bin/env node
/**
 * `npm run bench`: build the full site over N plans (N = 4, the real content, then synthetic
 * corpora of 200 and 1,000 plans) and a bare Astro + MDX site over the same files, and report
 * build seconds, peak RSS of the build's process tree, pages, pages per second, the search
 * index, what a search typed on /tim-kiem/ transfers until its first results and once settled
 * (reached from a plan page, and cold), and the largest plan page's transfer against its gzipped
 * text; our time and memory as ratios to the bare build; the slope of time against N.
 * Figures and machine details go to bench/results/<date>.json and bench/results/latest.md.
 *
 *   npm run bench -- [--sizes 4,200,1000] [--seed 2026] [--profile] [--keep]
 *                    [--no-baseline] [--no-browser] [--timeout 3600]
 *   npm run bench -- --from bench/results/<date>.json   (re-render the report from a results file)
 *
 * --profile builds the largest N once more under `node --cpu-prof` (not timed) and reports where
 * the CPU time goes. Not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus } from './generate.mjs';
import { buildPhases, measureCommand, routeTimes } from './process-tree.mjs';
import { prepareBaseline, prepareSite, realCorpus, ROOT } from './projects.mjs';
import { measureTransfer } from './transfer.mjs';
import { summarizeProfiles } from './cpu-profile.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '4,200,1000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '3600' },
    out: { type: 'string', default: join(ROOT, 'bench/results') },
    from: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const seed = Number(values.seed);
/**
 * The targets: peak RSS of the build within a hosted CI runner's 7 GB; CPU per page built within
 * 1.5× a bare Astro + MDX build's; the first results of a search typed on /tim-kiem/, reached from
 * a plan page, within the decided budgets (response bodies gzipped, headers apart) by corpus size.
 */
const TARGETS = { rssBytes: 7e9, ratio: 1.5, planRatio: 1.5 };
const SEARCH_BUDGET = (plans) => (plans <= 4 ? 120_000 : plans <= 200 ? 250_000 : 400_000);

const MB = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 0)} MB`);
const KB = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1e3).toFixed(1)} kB`);
const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);

/** Every file under `dir` with its size. */
function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) walk(path, out);
    else out.push({ path, bytes: stat.size });
  }
  return out;
}

/** Size and file count of the search index in `dist`: Pagefind's files and the search data beside them. */
function pagefindIndex(dist, files) {
  const entry = files.find((f) => f.path.endsWith('pagefind-entry.json'));
  if (!entry) return null;
  const dirs = [join(entry.path, '..'), join(dist, 'tim-kiem/chi-muc')];
  const inside = files.filter((f) => dirs.some((dir) => f.path.startsWith(dir + '/')));
  return { dir: relative(dist, dirs[0]), files: inside.length, bytes: inside.reduce((sum, f) => sum + f.bytes, 0) };
}

/** The build environment: the project's Node first on PATH, no base path, no colours. */
function buildEnv(dir, extra = {}) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, ...extra };
  delete env.BASE_PATH;
  delete env.SITE_URL;
  env.PATH = [join(dir, 'node_modules/.bin'), process.env.PATH].join(delimiter);
  env.ASTRO_TELEMETRY_DISABLED = '1';
  env.NO_COLOR = '1';
  env.FORCE_COLOR = '0';
  return env;
}

/** `npm run build` in `dir`, measured; what the output folder holds afterwards. */
async function measuredBuild(dir, label, extraEnv = {}) {
  const logFile = join(dir, '..', `${label}-build.log`);
  const loadBefore = os.loadavg()[0];
  const run = await measureCommand('npm', ['run', 'build'], {
    cwd: dir,
    env: buildEnv(dir, extraEnv),
    logFile,
    timeoutSeconds: Number(values.timeout),
  });
  const astroPages = Number(/(\d+) page\(s\) built/.exec(run.lines.map((l) => l.text).join('\n'))?.[1] ?? NaN);
  const dist = join(dir, 'dist');
  const files = existsSync(dist) ? walk(dist) : [];
  const result = {
    status: run.status,
    timedOut: run.timedOut,
    seconds: Number(run.seconds.toFixed(2)),
    cpuSeconds: run.cpuSeconds,
    userSeconds: run.userSeconds,
    systemSeconds: run.systemSeconds,
    loadAverage: [Number(loadBefore.toFixed(2)), Number(os.loadavg()[0].toFixed(2))],
    peakRss: run.peakRss,
    peakSingleProcessRss: Math.max(run.peakSingleRss, run.maxRssOfOneProcess ?? 0),
    peakAt: Number(run.peakAt.toFixed(1)),
    peakProcesses: run.peakProcesses,
    pages: Number.isNaN(astroPages) ? null : astroPages,
    htmlPages: files.filter((f) => f.path.endsWith('.html')).length,
    pagesPerSecond: Number.isNaN(astroPages) ? null : Number((astroPages / run.seconds).toFixed(1)),
    distBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    largestFiles: [...files]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 6)
      .map((f) => ({ path: relative(dist, f.path), bytes: f.bytes })),
    pagefind: pagefindIndex(dist, files),
    phases: buildPhases(run),
    routes: routeTimes(run),
    rssTimeline: run.samples.filter((_, i) => i % 10 === 0),
    log: values.keep ? logFile : null,
  };
  result.peakPhase = result.phases.find((p) => run.peakAt >= p.from && run.peakAt <= p.to)?.name ?? null;
  if (run.status !== 0) result.tail = run.lines.slice(-25).map((l) => l.text);
  return result;
}

/** Least-squares line through (x, y): slope, intercept and R². */
function fit(points) {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssTot = points.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  const ssRes = points.reduce((s, [x, y]) => s + (y - (intercept + slope * x)) ** 2, 0);
  return { slope, intercept, r2: ssTot ? 1 - ssRes / ssTot : 1 };
}

/**
 * Seconds (or bytes) per 1,000 plans, overall and per segment, and whether growth is linear:
 * R² ≥ 0.99 and the last segment's slope within 0.7–1.3× the first's, judged only with three or
 * more finished builds. A larger build that failed gives a lower bound: if it had already used
 * more than 1.3× what the line predicts for its N when it stopped, growth is not linear.
 */
function scaling(runs, pick) {
  const done = runs.filter((r) => r.site.status === 0 && pick(r) != null);
  const points = done.map((r) => [r.plans, pick(r)]);
  if (points.length < 2) return null;
  const line = fit(points);
  const segments = points.slice(1).map(([x, y], i) => ({
    from: points[i][0],
    to: x,
    perThousand: Number((((y - points[i][1]) / (x - points[i][0])) * 1000).toFixed(2)),
  }));
  const first = segments[0].perThousand;
  const last = segments.at(-1).perThousand;
  const ratio = segments.length > 1 && first > 0 ? last / first : null;
  const failed = runs
    .filter((r) => r.site.status !== 0 && r.plans > points.at(-1)[0] && pick(r) != null)
    .map((r) => ({
      plans: r.plans,
      atFailure: Number(pick(r).toFixed(1)),
      predicted: Number((line.intercept + line.slope * r.plans).toFixed(1)),
    }));
  const beyond = failed.find((f) => f.atFailure > 1.3 * f.predicted);
  let linear = points.length >= 3 ? line.r2 >= 0.99 && ratio >= 0.7 && ratio <= 1.3 : null;
  if (beyond) linear = false;
  return {
    perThousandPlans: Number((line.slope * 1000).toFixed(2)),
    intercept: Number(line.intercept.toFixed(2)),
    r2: Number(line.r2.toFixed(4)),
    segments,
    lastToFirstSegment: ratio == null ? null : Number(ratio.toFixed(2)),
    failedBuilds: failed,
    linear,
  };
}

function machine() {
  const cpus = os.cpus();
  const nodeVersion = execFileSync(join(ROOT, 'node_modules/.bin/node'), ['--version'], { encoding: 'utf8' }).trim();
  const git = (args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  const version = (pkg) => {
    try {
      return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    } catch {
      return null;
    }
  };
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    ramBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: nodeVersion,
    astro: version('astro'),
    mdx: version('@astrojs/mdx'),
    pagefind: version('pagefind'),
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommittedFiles: (git(['status', '--porcelain']) ?? '').split('\n').filter(Boolean).length,
  };
}

const seconds = (x) => (x == null ? 'n/a' : x.toFixed(1));

function table(runs) {
  const rows = [
    '| N | tasks | pages | build wall s | build CPU s | peak RSS | pages/s | bare wall s | bare CPU s | bare RSS | wall × bare | CPU × bare | CPU/page × bare | RSS × bare | search index | search from a plan page: first results / settled | cold visit: first results / settled | largest plan: HTML+CSS+JS / text gz |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of runs) {
    const s = r.site;
    const b = r.bare;
    const failed = s.status !== 0 ? ` (failed: exit ${s.status}${s.timedOut ? ', timed out' : ''})` : '';
    const plan = r.transfer?.plan;
    rows.push(
      [
        `${r.plans}${r.real ? ' (real)' : ''}`,
        r.tasks,
        s.pages ?? 'n/a',
        `${seconds(s.seconds)}${failed}`,
        seconds(s.cpuSeconds),
        MB(s.peakRss),
        s.pagesPerSecond ?? 'n/a',
        seconds(b?.seconds),
        seconds(b?.cpuSeconds),
        b ? MB(b.peakRss) : 'n/a',
        r.ratios?.time ?? 'n/a',
        r.ratios?.cpu ?? 'n/a',
        r.ratios?.cpuPerPage ?? 'n/a',
        r.ratios?.rss ?? 'n/a',
        s.pagefind ? `${KB(s.pagefind.bytes)} (${s.pagefind.files} files)` : 'n/a (no index built)',
        searchCell(r.transfer?.search?.fromPlan),
        searchCell(r.transfer?.search?.cold),
        plan ? `${KB(plan.htmlCssJs)} / ${KB(plan.visibleTextGzip)} = ${plan.ratio}×` : 'n/a',
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    );
  }
  return rows.join('\n');
}

/** "112.3 kB / 130.0 kB": a search's bytes until its first results, and once settled. */
const searchCell = (m) => (m ? `${KB(m.first.bytes)} / ${KB(m.settled.bytes)}` : 'n/a');

/** One line on how a measure grows with N. */
function growth(label, fitted, unit) {
  if (!fitted) return null;
  const per = (v) => (unit === 'bytes' ? MB(v) : `${v} s`);
  const failed = fitted.failedBuilds
    .map(
      (f) =>
        `the ${f.plans}-plan build failed after ${unit === 'bytes' ? MB(f.atFailure) : `${f.atFailure} s`}, against ${unit === 'bytes' ? MB(f.predicted) : `${f.predicted} s`} on this line`,
    )
    .join('; ');
  const verdict =
    fitted.linear === null
      ? 'too few finished builds to judge linearity'
      : fitted.linear
        ? 'linear'
        : `not linear${fitted.lastToFirstSegment != null ? ` (last segment ${fitted.lastToFirstSegment}× the first)` : ''}`;
  return `${label}: ${per(fitted.perThousandPlans)} per 1,000 plans (least squares over the finished builds, R² ${fitted.r2}); segments ${fitted.segments
    .map((s) => `${s.from}→${s.to}: ${per(s.perThousand)}/1000`)
    .join(', ')}${failed ? `; ${failed}` : ''}; ${verdict}.`;
}

function markdown(report) {
  const m = report.machine;
  const lines = [
    `# Benchmark ${report.date}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${(m.ramBytes / 2 ** 30).toFixed(1)} GiB RAM, ${m.os}; Node ${m.node}, Astro ${m.astro}, @astrojs/mdx ${m.mdx}, Pagefind ${m.pagefind}.`,
    `Commit ${m.commit}${m.uncommittedFiles ? ` with ${m.uncommittedFiles} uncommitted files (work in progress by others)` : ''}; seed ${report.seed}; load average at start ${report.loadAverage.start.join(' / ')}, at end ${report.loadAverage.end.join(' / ')}.`,
    '',
    "Build = `npm run build` of a copy of the project with content/plans/ replaced (cold caches); bare = a bare Astro + MDX site (collection without schema, one page per entry rendering `<Content/>`) over the same files, built in the same run. Wall s = elapsed seconds; CPU s = user + system seconds of the whole process tree (GNU time), the fairer comparison when other work shares the machine (see the load averages). Peak RSS = the sum over the build's whole process tree (npm, sh, node, workers), sampled every 100 ms from /proc. Transfer = bytes on the wire in Chromium (gzip level 6 server, cold cache, headers included).",
    '',
    table(report.runs),
    '',
    ...[
      growth('Build wall time vs N', report.scaling.time, 's'),
      growth('Build CPU time vs N', report.scaling.cpu, 's'),
      growth('Peak RSS vs N', report.scaling.rss, 'bytes'),
    ].filter(Boolean),
  ];
  lines.push('', '## Targets', '');
  for (const target of report.targets)
    lines.push(`- ${target.met === null ? '–' : target.met ? 'met' : '**missed**'}: ${target.name}: ${target.value}`);
  lines.push('', '## Where the time and memory go (our build)', '');
  for (const run of report.runs) {
    lines.push(
      `- N = ${run.plans}: ${run.site.phases.map((p) => `${p.name} ${p.seconds} s`).join(', ')} (wall, load average ${run.site.loadAverage.join(' → ')}); peak RSS ${MB(run.site.peakRss)} at ${run.site.peakAt} s (${run.site.peakPhase}); largest single process ${MB(run.site.peakSingleProcessRss)}; at the peak: ${(
        run.site.peakProcesses ?? []
      )
        .slice(0, 4)
        .map((p) => `${p.command.split(' ').slice(0, 3).join(' ')} ${MB(p.rss)}`)
        .join(', ')}; output ${MB(run.site.distBytes)}, largest files ${run.site.largestFiles
        .slice(0, 4)
        .map((f) => `${f.path} ${MB(f.bytes)}`)
        .join(', ')}.`,
    );
  }
  for (const run of report.runs.filter((r) => r.site.status !== 0)) {
    const error = (run.site.tail ?? []).find((line) => /error|ENAME|ENOMEM|heap/i.test(line) && !/^\s*at /.test(line));
    lines.push(
      `- The ${run.plans}-plan build failed (exit ${run.site.status}) after ${run.site.seconds.toFixed(0)} s: ${error ? `\`${error.trim().slice(0, 240)}\`` : 'see its log'}.`,
    );
  }
  for (const run of report.runs.filter((r) => r.transfer)) {
    const { search, plan } = run.transfer;
    const parts = (m) =>
      Object.entries(m.first.byKind)
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${KB(n)}`)
        .join(', ');
    if (search?.fromPlan)
      lines.push(
        `- Search at N = ${run.plans}, “${search.query}” typed into /tim-kiem/ reached from ${search.fromPlan.from}: first results ${KB(search.fromPlan.first.bytes)} in ${search.fromPlan.first.requests} responses (${parts(search.fromPlan)}), ${search.fromPlan.msToFirstResults} ms after typing began; settled (filter counts, word-by-word matches) ${KB(search.fromPlan.settled.bytes)}; “${search.fromPlan.settledStatus}”. Cold visit: first results ${KB(search.cold.first.bytes)} (${parts(search.cold)}), settled ${KB(search.cold.settled.bytes)}.`,
      );
    lines.push(
      `- Largest plan page at N = ${run.plans}, ${plan.slug}: HTML ${KB(plan.transfer.html)}, CSS ${KB(plan.transfer.css)}, JS ${KB(plan.transfer.js)}, fonts ${KB(plan.transfer.fonts)}; visible text ${KB(plan.visibleTextBytes)}, ${KB(plan.visibleTextGzip)} gzipped.`,
    );
  }
  const big = [...report.runs].reverse().find((r) => r.site.routes?.length);
  if (big?.site.routes?.length) {
    lines.push('', `Page rendering of the ${big.plans}-plan build by route (Astro's per-page times, wall):`, '');
    for (const r of big.site.routes)
      lines.push(
        `- ${r.route}: ${r.pages} pages, ${r.seconds} s (${r.share} %), slowest ${r.slowest} ${r.slowestSeconds} s`,
      );
  }
  if (report.profile) {
    lines.push(
      '',
      `CPU profile of the ${report.profile.plans}-plan build (${report.profile.cpuSeconds} CPU s sampled over ${report.profile.profiles} processes), self time by owner:`,
      '',
    );
    for (const o of report.profile.byOwner) lines.push(`- ${o.name}: ${o.seconds} s (${o.share} %)`);
    lines.push('', 'Top functions:', '');
    for (const f of report.profile.byFunction.slice(0, 12)) lines.push(`- ${f.name}: ${f.seconds} s (${f.share} %)`);
  }
  lines.push('');
  return lines.join('\n');
}

function evaluate(report) {
  const big = report.runs.find((r) => r.plans === Math.max(...sizes));
  const targets = [];
  if (big) {
    targets.push({
      name: `the ${big.plans}-plan build finishes`,
      value: big.site.status === 0 ? `in ${big.site.seconds.toFixed(0)} s` : `exit ${big.site.status}`,
      met: big.site.status === 0,
    });
    const partial = big.site.status !== 0 ? ' (until the build failed)' : '';
    targets.push({
      name: 'peak RSS within 7 GB (a hosted CI runner)',
      value: `${MB(big.site.peakRss)}${partial}`,
      met: big.site.peakRss < TARGETS.rssBytes ? (partial ? null : true) : false,
    });
    if (!big.ratios && big.bare?.status === 0 && big.site.cpuSeconds) {
      // A failed build's time and memory so far are lower bounds of its cost.
      const cpu = big.site.cpuSeconds / big.bare.cpuSeconds;
      const rss = big.site.peakRss / big.bare.peakRss;
      targets.push({
        name: 'build CPU time ≤ 1.5× bare Astro + MDX',
        value: `≥ ${cpu.toFixed(1)}× (lower bound: the build failed)`,
        met: cpu > TARGETS.ratio ? false : null,
      });
      targets.push({
        name: 'peak RSS ≤ 1.5× bare Astro + MDX',
        value: `≥ ${rss.toFixed(2)}× (lower bound: the build failed)`,
        met: rss > TARGETS.ratio ? false : null,
      });
    }
    if (big.ratios) {
      targets.push({
        name: 'build wall time ≤ 1.5× bare Astro + MDX',
        value: `${big.ratios.time}×`,
        met: big.ratios.time <= TARGETS.ratio,
      });
      targets.push({
        name: 'build CPU time ≤ 1.5× bare Astro + MDX',
        value: `${big.ratios.cpu}×`,
        met: big.ratios.cpu <= TARGETS.ratio,
      });
      targets.push({
        name: 'CPU per page built ≤ 1.5× bare Astro + MDX',
        value: `${big.ratios.cpuPerPage}× (${(big.site.cpuSeconds / big.site.pages).toFixed(3)} s vs ${(big.bare.cpuSeconds / big.bare.pages).toFixed(3)} s)`,
        met: big.ratios.cpuPerPage <= TARGETS.ratio,
      });
      targets.push({
        name: 'peak RSS ≤ 1.5× bare Astro + MDX',
        value: `${big.ratios.rss}×`,
        met: big.ratios.rss <= TARGETS.ratio,
      });
    }
    // Transfer figures come from the largest build that finished (the largest N, when it did).
    const measured = [...report.runs].reverse().find((r) => r.transfer);
    const at = measured && measured !== big ? ` (at ${measured.plans} plans, the largest build that finished)` : '';
    for (const run of report.runs.filter((r) => r.transfer?.search?.fromPlan)) {
      const first = run.transfer.search.fromPlan.first.bytes;
      targets.push({
        name: `first results of a search from a plan page within ${KB(SEARCH_BUDGET(run.plans))} at ${run.plans} plans`,
        value: KB(first),
        met: first <= SEARCH_BUDGET(run.plans),
      });
    }
    const plan = measured?.transfer?.plan;
    if (plan)
      targets.push({
        name: 'largest plan page HTML+CSS+JS ≤ 1.5× its text gzipped (page budget)',
        value: `${plan.ratio}× (${plan.slug})${at}`,
        met: plan.ratio <= TARGETS.planRatio,
      });
  }
  for (const [key, label] of [
    ['time', 'wall'],
    ['cpu', 'CPU'],
  ]) {
    const fitted = report.scaling[key];
    if (fitted) {
      const failed = fitted.failedBuilds
        .map((f) => `; ${f.plans} plans: ${f.atFailure} s at failure vs ${f.predicted} s predicted`)
        .join('');
      targets.push({
        name: `build ${label} time grows linearly with N`,
        value: `${fitted.perThousandPlans} s per 1,000 plans, R² ${fitted.r2}${fitted.lastToFirstSegment != null ? `, last/first segment ${fitted.lastToFirstSegment}` : ''}${failed}`,
        met: fitted.linear,
      });
    }
  }
  return targets;
}

async function main() {
  const report = {
    date: new Date().toISOString(),
    seed,
    machine: machine(),
    loadAverage: { start: os.loadavg().map((x) => Number(x.toFixed(2))) },
    runs: [],
  };
  log(`${report.machine.cpu}, ${report.machine.cores} cores, Node ${report.machine.node}; sizes ${sizes.join(', ')}`);
  const real = realCorpus();
  let profileDir;
  for (const n of sizes) {
    const isReal = n === real.length;
    const started = performance.now();
    const files = isReal ? real : generateCorpus({ plans: n, seed });
    const tasks = files.reduce((sum, f) => sum + f.tasks, 0);
    log(
      `N = ${n}${isReal ? ' (real content)' : ''}: ${tasks} tasks, corpus ${MB(files.reduce((s, f) => s + Buffer.byteLength(f.text), 0))} (${((performance.now() - started) / 1000).toFixed(1)} s to make)`,
    );
    const tmp = mkdtempSync(join(os.tmpdir(), `khm-bench-${n}-`));
    const run = {
      plans: n,
      real: isReal,
      tasks,
      corpusBytes: files.reduce((s, f) => s + Buffer.byteLength(f.text), 0),
    };
    try {
      prepareSite(join(tmp, 'site'), files);
      log(`  building the site…`);
      run.site = await measuredBuild(join(tmp, 'site'), 'site');
      log(
        `  site: exit ${run.site.status}, ${run.site.seconds.toFixed(1)} s, peak RSS ${MB(run.site.peakRss)}, ${run.site.pages} pages`,
      );
      if (run.site.status !== 0) log(`  build failed; last lines:\n${run.site.tail.join('\n')}`);
      if (run.site.status === 0 && !values['no-browser']) {
        log('  measuring transfer in Chromium…');
        run.transfer = await measureTransfer(join(tmp, 'site/dist'));
      }
      if (!values['no-baseline']) {
        prepareBaseline(join(tmp, 'bare'), files);
        log('  building bare Astro + MDX…');
        run.bare = await measuredBuild(join(tmp, 'bare'), 'bare');
        log(
          `  bare: exit ${run.bare.status}, ${run.bare.seconds.toFixed(1)} s, peak RSS ${MB(run.bare.peakRss)}, ${run.bare.pages} pages`,
        );
        if (run.bare.status === 0 && run.site.status === 0) {
          run.ratios = {
            time: Number((run.site.seconds / run.bare.seconds).toFixed(2)),
            cpu: Number((run.site.cpuSeconds / run.bare.cpuSeconds).toFixed(2)),
            rss: Number((run.site.peakRss / run.bare.peakRss).toFixed(2)),
            cpuPerPage: Number(
              (run.site.cpuSeconds / run.site.pages / (run.bare.cpuSeconds / run.bare.pages)).toFixed(2),
            ),
          };
        }
        delete run.bare.rssTimeline;
      }
      report.runs.push(run);
      writeReport(report, { partial: true });
      if (values.profile && n === Math.max(...sizes)) {
        profileDir = join(tmp, 'cpu-profiles');
        mkdirSync(profileDir, { recursive: true });
        rmSync(join(tmp, 'site/dist'), { recursive: true, force: true });
        rmSync(join(tmp, 'site/node_modules/.astro'), { recursive: true, force: true });
        rmSync(join(tmp, 'site/node_modules/.vite'), { recursive: true, force: true });
        log('  profiling the site build (node --cpu-prof, not timed)…');
        try {
          const profiled = await measuredBuild(join(tmp, 'site'), 'site-profiled', {
            NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}`,
          });
          report.profile = {
            plans: n,
            status: profiled.status,
            seconds: profiled.seconds,
            routes: profiled.routes,
            ...summarizeProfiles(profileDir),
          };
        } catch (error) {
          log(`  profiling failed: ${error.message}`);
        }
      }
    } finally {
      if (!values.keep) rmSync(tmp, { recursive: true, force: true });
    }
    if (!report.runs.includes(run)) report.runs.push(run);
  }
  writeReport(report);
}

/** Scaling, targets, then bench/results/<date>.json and latest.md (also after each N, as progress). */
function writeReport(report, { partial = false, rerender = false } = {}) {
  if (!rerender) {
    report.loadAverage.end = os.loadavg().map((x) => Number(x.toFixed(2)));
    report.complete = !partial;
  }
  report.scaling = {
    time: scaling(report.runs, (r) => r.site.seconds),
    cpu: scaling(report.runs, (r) => r.site.cpuSeconds),
    rss: scaling(report.runs, (r) => r.site.peakRss),
  };
  report.targets = evaluate(report);
  mkdirSync(values.out, { recursive: true });
  const day = report.date.slice(0, 10);
  writeFileSync(join(values.out, `${day}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const md = markdown(report);
  writeFileSync(join(values.out, 'latest.md'), partial ? `${md}\n_(partial: the run is still going)_\n` : md);
  if (!partial) {
    console.log(`\n${md}`);
    log(
      `wrote ${relative(ROOT, join(values.out, `${day}.json`))} and ${relative(ROOT, join(values.out, 'latest.md'))}`,
    );
  }
}

if (values.from) {
  // Re-render latest.md (and the scaling and targets in the JSON) from a results file.
  const report = JSON.parse(readFileSync(values.from, 'utf8'));
  sizes.splice(0, sizes.length, ...report.runs.map((r) => r.plans));
  writeReport(report, { rerender: true });
} else {
  await main();
}
