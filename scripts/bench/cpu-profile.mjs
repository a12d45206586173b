/**
 * Where a build's CPU time goes: the V8 .cpuprofile files written by `node --cpu-prof` (one per
 * Node process of the build), self time summed by module (an npm package, a file of the site,
 * or V8's own "(garbage collector)", "(program)", "(idle)"), and by function for the top ones.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A readable owner for a profiled script URL. */
function owner(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  if (path.startsWith('node:')) return 'node (core)';
  const site = /\/(src\/.+|dist\/.+|\.prerender\/.+|chunks\/.+|content\/plans\/)/.exec(path);
  return site ? `site: ${site[1].replace(/content\/plans\/.*/, 'content/plans/*.mdx')}` : path;
}

/** Self milliseconds by owner and by owner + function, over every profile in `dir`. */
export function summarizeProfiles(dir, { top = 15 } = {}) {
  const byOwner = new Map();
  const byFunction = new Map();
  let total = 0;
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  for (const name of files) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    for (const [id, ms] of self) {
      const { url, functionName, lineNumber } = nodes.get(id).callFrame;
      const who = owner(url, functionName || '(anonymous)');
      if (who === '(idle)') continue;
      total += ms;
      byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
      const fn = `${who} › ${functionName || '(anonymous)'}${url ? `:${lineNumber + 1}` : ''}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    }
  }
  const rank = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({
        name,
        seconds: Number((ms / 1000).toFixed(2)),
        share: Number(((ms / total) * 100).toFixed(1)),
      }));
  return {
    profiles: files.length,
    cpuSeconds: Number((total / 1000).toFixed(1)),
    byOwner: rank(byOwner),
    byFunction: rank(byFunction),
  };
}
