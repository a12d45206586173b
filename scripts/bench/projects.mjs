/**
 * The two sites the benchmark builds over the same content, each in its own temporary folder:
 * a copy of this project with content/plans/ replaced, and a bare Astro + MDX site (a content
 * collection with no schema, one trivial page per entry rendering <Content/>). Both use this
 * project's packages through a node_modules/ of per-package links, so that Astro's and Vite's
 * caches (node_modules/.astro, node_modules/.vite) start cold in the temporary folder instead of
 * being shared with the project's own node_modules.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeCorpus } from './generate.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Top-level entries of the project that are not part of a build (outputs, tests, tooling). */
const NOT_COPIED = new Set([
  'node_modules',
  '.git',
  '.astro',
  'content',
  'tests',
  'bench',
  '.ci',
  '.search-scratch',
  '.github',
]);
const notCopied = (name) =>
  NOT_COPIED.has(name) || /^dist(-|$)/.test(name) || name.startsWith('.shot') || name.endsWith('.log');

/** node_modules/ in `dir` made of links to each of the project's packages, caches left out. */
function linkPackages(dir) {
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(target, name));
  }
}

/** This project, copied into `dir` with `files` as its content/plans/ (and its catalogue of known documents as committed). */
export function prepareSite(dir, files) {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(ROOT)) {
    if (!notCopied(name)) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  cpSync(join(ROOT, 'content/catalogue'), join(dir, 'content/catalogue'), { recursive: true });
  linkPackages(dir);
  return writeCorpus(join(dir, 'content/plans'), files);
}

const BARE_FILES = {
  'package.json': JSON.stringify(
    { name: 'bare-astro-mdx', private: true, type: 'module', scripts: { build: 'astro build' } },
    null,
    2,
  ),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { plans: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/plans' }) }) };
`,
  'src/components/Task.astro': `<section><slot /></section>
`,
  'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Task from '../components/Task.astro';

export async function getStaticPaths() {
  const plans = await getCollection('plans');
  return plans.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi">
  <head><meta charset="utf-8" /><title>{entry.id}</title></head>
  <body><Content components={{ Task }} /></body>
</html>
`,
};

/** The bare Astro + MDX baseline in `dir`, over the same `files`. */
export function prepareBaseline(dir, files) {
  for (const [path, text] of Object.entries(BARE_FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  linkPackages(dir);
  return writeCorpus(join(dir, 'content/plans'), files);
}

/** The real content as corpus files (N = 4). */
export function realCorpus() {
  const dir = join(ROOT, 'content/plans');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { name, text, tasks: (text.match(/^ {2}- ref: /gm) ?? []).length };
    });
}
