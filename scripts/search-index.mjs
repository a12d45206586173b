#!/usr/bin/env node
/**
 * Builds the site's search index (Pagefind) into <dist>/pagefind/ after `astro build`: one record
 * per task and one per passage of each plan's full text, with the hidden normalised terms and
 * filters of src/lib/search-records.ts. Runs as an Astro integration (astro.config.mjs), so every
 * `astro build`, whatever its --outDir and base path, gets its index; or by hand:
 *
 *   node scripts/search-index.mjs [dist-folder]
 *
 * The base path is read from the built /data/tasks.json (its task URLs carry it), so the index
 * always matches the build it sits in. Pagefind's ready-made search interfaces are not used (the
 * page has its own, src/scripts/search.ts) and are removed from the output. Needs the project's
 * Node 24, which runs the TypeScript modules of src/lib directly.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { parseFragment } from 'parse5';
import { passageRecord, taskRecord } from '../src/lib/search-records.ts';
import { planPath } from '../src/lib/plans.ts';

/** Records sent to Pagefind before waiting for its answers. */
const BATCH = 256;

/** Pagefind's ready-made interfaces (UI, modular UI, components, highlighter): not used here. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Text of a parse5 node, blocks on their own lines. */
function textOf(node) {
  if (node.nodeName === '#text') return node.value;
  const inner = (node.childNodes ?? []).map(textOf).join('');
  return /^(p|li|h[1-6]|blockquote|tr|dd|dt|div|ul|ol|table)$/.test(node.tagName ?? '') ? `${inner}\n` : inner;
}

const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const hasClass = (node, name) => (attr(node, 'class') ?? '').split(/\s+/).includes(name);

function find(node, test) {
  if (test(node)) return node;
  for (const child of node.childNodes ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * The passages of a plan page's full text (article.fulltext) outside its task cards: each heading
 * with an id and the text under it up to the next heading. Tasks are indexed on their own.
 */
export function passagesOf(html) {
  // Only the full text is parsed, not the whole page: the index reads a thousand plan pages.
  const start = html.search(/<article class="fulltext[\s"]/);
  const end = html.lastIndexOf('</article>');
  const article = start >= 0 && end > start ? find(parseFragment(html.slice(start, end + '</article>'.length)), (n) => n.tagName === 'article' && hasClass(n, 'fulltext')) : undefined;
  if (!article) throw new Error('plan page without article.fulltext');
  const passages = [];
  let current;
  for (const child of article.childNodes ?? []) {
    if (/^h[2-6]$/.test(child.tagName ?? '') && attr(child, 'id')) {
      current = { id: attr(child, 'id'), heading: textOf(child).trim(), text: '' };
      passages.push(current);
    } else if (child.tagName === 'section' && hasClass(child, 'task')) {
      continue;
    } else if (current) {
      current.text += textOf(child);
    }
  }
  return passages
    .map((p) => ({ ...p, text: p.text.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim() }))
    .filter((p) => p.text.length > 0);
}

/** Index the build in `dir` (an absolute or relative path) into `dir`/pagefind. */
export async function buildSearchIndex(dir) {
  const root = resolve(dir);
  const read = (path) => {
    const file = join(root, path);
    if (!existsSync(file)) throw new Error(`search index: ${file} is missing (is ${root} a finished build?)`);
    return readFileSync(file, 'utf8');
  };
  const tasks = JSON.parse(read('data/tasks.json'));
  const plans = JSON.parse(read('data/plans.json'));
  const plansById = new Map(plans.map((plan) => [plan.id, plan]));
  // The base path the build was made with, from a task URL: "/ke-hoach-mo/ke-hoach/x/#nv-1" → "/ke-hoach-mo/".
  const first = tasks[0];
  const base = first.url.slice(0, first.url.indexOf(planPath(first.plan))) + '/';

  const records = [];
  tasks.forEach((task) => records.push(taskRecord(task, plansById.get(task.plan), records.length)));
  for (const plan of plans) {
    const html = read(join(planPath(plan.id), 'index.html'));
    for (const passage of passagesOf(html)) {
      records.push(passageRecord(passage, plan, `${base}${planPath(plan.id).slice(1)}#${passage.id}`, records.length));
    }
  }

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    // Many records in flight at once: waiting for each answer before sending the next record
    // leaves Pagefind's service idle between them (at 1,000 plans, 44 s → 33 s of adding).
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      added.forEach(({ errors }, j) => {
        if (errors.length) throw new Error(`search index: ${batch[j].url}: ${errors.join('; ')}`);
      });
    }
    const output = join(root, 'pagefind');
    rmSync(output, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
    for (const name of readdirSync(output)) if (UNUSED.test(name)) rmSync(join(output, name));
  } finally {
    await pagefind.close();
  }
  return { records: records.length, tasks: tasks.length, base };
}

/** The Astro integration: index every build once it is written. */
export default function searchIndex() {
  return {
    name: 'ke-hoach-mo:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { records, tasks, base } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`search index: ${records} records (${tasks} tasks), base ${base}`);
      },
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = process.argv[2] ?? 'dist';
  const { records, tasks, base } = await buildSearchIndex(dir);
  console.log(`search index: ${records} records (${tasks} tasks), base ${base} → ${join(dir, 'pagefind')}`);
}
