/**
 * Run a command and measure it as a whole: wall seconds, CPU seconds (user + system of the whole
 * tree, from GNU time's rusage of waited-for children: unlike wall time, barely affected by other
 * work on the machine), and the resident memory (RSS) of its whole process tree (npm → sh → node
 * → workers), sampled from /proc, with the time of each output line so that the peak can be
 * placed in a build phase. Linux only (/proc, /usr/bin/time).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';

const PAGE = 4096;
const TIME = '/usr/bin/time';
const RUSAGE = /^BENCH-RUSAGE (\S+) (\S+) (\S+) (\d+)$/;

/** Parent pid and RSS bytes of every process now running. */
function snapshot() {
  const rows = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const rssPages = Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]);
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      rows.push({ pid: Number(name), ppid: Number(fields[1]), comm, rss: rssPages * PAGE });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return rows;
}

/** What a process is, for the peak breakdown: its command line, shortened. */
function describe(pid, comm) {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return (
      args
        .map((a) => a.replace(/^.*\/node_modules\//, '').replace(/^\/tmp\/[^/]+\/[^/]+\//, ''))
        .join(' ')
        .slice(0, 120) || comm
    );
  } catch {
    return comm;
  }
}

/** Sum of RSS over `root` and its descendants, the largest single process, and the processes. */
function treeRss(root) {
  const rows = snapshot();
  const children = new Map();
  for (const row of rows) {
    if (!children.has(row.ppid)) children.set(row.ppid, []);
    children.get(row.ppid).push(row);
  }
  let total = 0;
  let largest = 0;
  const members = [];
  const queue = rows.filter((row) => row.pid === root);
  while (queue.length) {
    const row = queue.pop();
    total += row.rss;
    largest = Math.max(largest, row.rss);
    members.push(row);
    queue.push(...(children.get(row.pid) ?? []));
  }
  return { total, largest, members };
}

/**
 * Run `command args` in `cwd` under GNU time (own process group, so that a time-out ends the whole
 * tree), keep its output in `logFile`, and return { status, seconds, cpuSeconds, peakRss,
 * peakSingleRss, peakAt, lines, samples }. `lines` are { t, text } (seconds since start); `samples` are [t, rssBytes].
 */
export function measureCommand(command, args, { cwd, env, logFile, timeoutSeconds = 3600, intervalMs = 100 }) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const since = () => (performance.now() - started) / 1000;
    const child = spawn(TIME, ['-f', 'BENCH-RUSAGE %e %U %S %M', command, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const log = logFile ? createWriteStream(logFile) : null;
    const lines = [];
    const samples = [];
    let peak = { total: 0, largest: 0, t: 0 };
    let timedOut = false;
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        log?.write(chunk);
        const parts = (rest + chunk).split('\n');
        rest = parts.pop();
        const t = since();
        for (const text of parts) lines.push({ t, text });
      });
    }
    const sample = () => {
      const { total, largest, members } = treeRss(child.pid);
      const t = since();
      samples.push([Number(t.toFixed(2)), total]);
      if (total > peak.total) {
        const processes = [...members]
          .sort((a, b) => b.rss - a.rss)
          .slice(0, 6)
          .map((m) => ({ pid: m.pid, rss: m.rss, command: describe(m.pid, m.comm) }));
        peak = { ...peak, total, t, processes };
      }
      peak.largest = Math.max(peak.largest, largest);
    };
    const timer = setInterval(sample, intervalMs);
    const killer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutSeconds * 1000);
    child.on('error', fail);
    child.on('close', (status, signal) => {
      clearInterval(timer);
      clearTimeout(killer);
      log?.end();
      const rusage = lines.map((l) => RUSAGE.exec(l.text.trim())).find(Boolean);
      done({
        status,
        signal,
        timedOut,
        seconds: since(),
        cpuSeconds: rusage ? Number(rusage[2]) + Number(rusage[3]) : null,
        userSeconds: rusage ? Number(rusage[2]) : null,
        systemSeconds: rusage ? Number(rusage[3]) : null,
        maxRssOfOneProcess: rusage ? Number(rusage[4]) * 1024 : null,
        peakRss: peak.total,
        peakSingleRss: peak.largest,
        peakAt: peak.t,
        peakProcesses: peak.processes ?? [],
        lines,
        samples,
      });
    });
    sample();
  });
}

/** Astro's build phases, from the times its progress lines appeared (first match after the previous). */
/** @type {[string, RegExp][]} */
const PHASES = [
  ['content sync', /\[content\] Syncing content/],
  ['types', /\[content\] Synced content/],
  ['bundle (vite)', /Building static entrypoints/],
  ['render pages', /generating static routes/],
  // Astro prints "✓ Completed in …" when the last page is written; astro:build:done hooks
  // (the search index) run before it reports "N page(s) built".
  ['astro:build:done hooks (search index)', /✓ Completed in/],
  ['after astro (postbuild)', /page\(s\) built in/],
];

/** [{ name, from, to, seconds }] for the phases found in a measured build's output. */
export function buildPhases({ lines, seconds }) {
  const marks = [{ name: 'start-up', t: 0 }];
  let at = 0;
  for (const [name, pattern] of PHASES) {
    const index = lines.findIndex((l, i) => i >= at && pattern.test(l.text));
    if (index < 0) continue;
    marks.push({ name, t: lines[index].t });
    at = index + 1;
  }
  return marks.map((mark, i) => {
    const to = marks[i + 1]?.t ?? seconds;
    return {
      name: mark.name,
      from: Number(mark.t.toFixed(2)),
      to: Number(to.toFixed(2)),
      seconds: Number((to - mark.t).toFixed(2)),
    };
  });
}

/**
 * Astro's per-page render times ("├─ /ke-hoach/x/index.html (+2.99s)"), summed by route: the
 * last segment and any slug-like one collapsed to a star, so that every /ke-hoach/<slug>/ page counts as one route.
 */
export function routeTimes({ lines }, { top = 12 } = {}) {
  const routes = new Map();
  for (const { text } of lines) {
    const m = /[├└]─ (\/\S*) \(\+([\d.]+)(m?s)\)/.exec(text);
    if (!m) continue;
    const seconds = Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
    const parts = m[1]
      .replace(/\/index\.html$/, '/')
      .split('/')
      .filter(Boolean);
    // Keep fixed words (chu-de, tinh); a segment with digits or "+" is a slug or a selection.
    const route =
      parts.length > 1
        ? `/${[parts[0], ...parts.slice(1, -1).map((x) => (/^[a-z-]+$/.test(x) ? x : '*')), parts.at(-1).replace(/^[^.]*/, '*')].join('/')}`
        : `/${parts.join('/')}`;
    const entry = routes.get(route) ?? { route, pages: 0, seconds: 0, slowest: null, slowestSeconds: 0 };
    entry.pages++;
    entry.seconds += seconds;
    if (seconds > entry.slowestSeconds) Object.assign(entry, { slowest: m[1], slowestSeconds: seconds });
    routes.set(route, entry);
  }
  const all = [...routes.values()];
  const total = all.reduce((sum, r) => sum + r.seconds, 0);
  return all
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, top)
    .map((r) => ({
      ...r,
      seconds: Number(r.seconds.toFixed(1)),
      slowestSeconds: Number(r.slowestSeconds.toFixed(2)),
      share: Number(((r.seconds / total) * 100).toFixed(1)),
    }));
}
