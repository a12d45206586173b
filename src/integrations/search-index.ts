/**
 * Builds the site's search index (Pagefind) into <dist>/pagefind/ after `astro build`: one record
 * per task and one per passage of each plan's full text, with the hidden normalised terms and
 * filters of src/lib/search-records.ts. Runs as an Astro integration (astro.config.mjs), so every
 * `astro build`, whatever its --outDir and base path, gets its index, made with the base path of
 * Astro's config. Pagefind's ready-made search interfaces are not used (the page has its own,
 * src/client/search.ts) and are removed from the output.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { passageRecord, taskRecord, type Passage, type SearchRecord } from '../lib/search-records.ts';
import type { PlanRecord, TaskRecord } from '../schemas/public-data.ts';
import { planPath, withBase } from '../lib/paths.ts';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Records sent to Pagefind before waiting for its answers. */
const BATCH = 256;

/** Pagefind's ready-made interfaces (UI, modular UI, components, highlighter): not used here. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Text of a parse5 node, blocks on their own lines. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  const inner = ('childNodes' in node ? node.childNodes : []).map(textOf).join('');
  const tag = 'tagName' in node ? node.tagName : '';
  return /^(p|li|h[1-6]|blockquote|tr|dd|dt|div|ul|ol|table)$/.test(tag) ? `${inner}\n` : inner;
}

const attr = (node: Node, name: string) =>
  'attrs' in node ? node.attrs.find((a) => a.name === name)?.value : undefined;
const hasClass = (node: Node, name: string) => (attr(node, 'class') ?? '').split(/\s+/).includes(name);
const isElement = (node: Node): node is Element => 'tagName' in node;

function find(node: Node, test: (node: Node) => boolean): Node | undefined {
  if (test(node)) return node;
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * The passages of a plan page's full text (article.fulltext) outside its task cards: each heading
 * with an id and the text under it up to the next heading. Tasks are indexed on their own.
 */
export function passagesOf(html: string): Passage[] {
  // Only the full text is parsed, not the whole page: the index reads a thousand plan pages.
  const start = html.search(/<article class="fulltext[\s"]/);
  const end = html.lastIndexOf('</article>');
  const article =
    start >= 0 && end > start
      ? find(
          parseFragment(html.slice(start, end + '</article>'.length)),
          (n) => isElement(n) && n.tagName === 'article' && hasClass(n, 'fulltext'),
        )
      : undefined;
  if (!article || !isElement(article)) throw new Error('plan page without article.fulltext');
  const passages: Passage[] = [];
  let current: Passage | undefined;
  // A folded section of the text (details.text-section, src/integrations/plan-sections.ts) reads
  // as its summary's content followed by its own.
  const flow = (nodes: Node[]): Node[] =>
    nodes.flatMap((node) =>
      isElement(node) && node.tagName === 'details'
        ? flow(
            node.childNodes.flatMap((child) =>
              isElement(child) && child.tagName === 'summary' ? child.childNodes : [child],
            ),
          )
        : [node],
    );
  for (const child of flow(article.childNodes)) {
    const id = attr(child, 'id');
    if (isElement(child) && /^h[2-6]$/.test(child.tagName) && id) {
      current = { id, heading: textOf(child).trim(), text: '' };
      passages.push(current);
    } else if (isElement(child) && child.tagName === 'section' && hasClass(child, 'task')) {
      continue;
    } else if (current) {
      current.text += textOf(child);
    }
  }
  return passages
    .map((p) => ({
      ...p,
      text: p.text
        .replace(/[ \t]+/g, ' ')
        .replace(/\n\s*\n+/g, '\n')
        .trim(),
    }))
    .filter((p) => p.text.length > 0);
}

/** Index the build in `dir` (an absolute or relative path), made with base path `base`, into `dir`/pagefind. */
export async function buildSearchIndex(dir: string, base: string) {
  const root = resolve(dir);
  const read = (path: string) => {
    const file = join(root, path);
    if (!existsSync(file)) throw new Error(`search index: ${file} is missing (is ${root} a finished build?)`);
    return readFileSync(file, 'utf8');
  };
  const tasks: TaskRecord[] = JSON.parse(read('data/tasks.json'));
  const plans: PlanRecord[] = JSON.parse(read('data/plans.json'));
  const plansById = new Map(plans.map((plan) => [plan.id, plan]));

  const records: SearchRecord[] = [];
  tasks.forEach((task) => records.push(taskRecord(task, plansById.get(task.plan)!, records.length)));
  for (const plan of plans) {
    const html = read(join(planPath(plan.id), 'index.html'));
    for (const passage of passagesOf(html)) {
      records.push(passageRecord(passage, plan, `${withBase(base, planPath(plan.id))}#${passage.id}`, records.length));
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
        if (errors.length) throw new Error(`search index: ${batch[j]!.url}: ${errors.join('; ')}`);
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

/** The Astro integration: index every build once it is written, with the config's base path. */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'ke-hoach-mo:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { records, tasks } = await buildSearchIndex(fileURLToPath(dir), base);
        logger.info(`search index: ${records} records (${tasks} tasks), base ${base}`);
      },
    },
  };
}
