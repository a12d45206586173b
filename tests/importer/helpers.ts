/**
 * Shared by the importer tests: import a fixture text, compile an MDX file the way the site's
 * MDX compiler does (satteri, used by @astrojs/mdx), and read back the text a reader would see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToHast, mdxToJs } from 'satteri';
import { importPlan, type ImportResult } from '../../src/lib/importer/index.ts';

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

/** Import tests/importer/fixtures/<name>.txt as if it had been copied to sources/. */
export function importFixture(name: string): ImportResult {
  return importPlan(readFixture(name), { file: `sources/${name}.txt` });
}

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
}

/** Compile an MDX file (frontmatter and body); throws with the compiler's message when it does not compile. */
export function compileMdx(mdx: string): void {
  mdxToJs(mdx);
}

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/** The text a reader sees in a rendered MDX body (JSX elements such as <Task /> contribute none). */
export function renderedText(body: string): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'text' && node.value) out.push(node.value);
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToHast(body) as unknown as Node);
  return out.join('');
}
