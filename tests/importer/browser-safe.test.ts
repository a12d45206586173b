/**
 * The importer as the browser page loads it (src/client/import-*.ts and every module they import,
 * followed through relative imports): no Node API, so that the page runs the very code of the
 * command line. No `node:` or built-in module imported, no `Buffer`, `process`, `require`,
 * `__dirname` or `import.meta.dirname` used. Libraries are checked where they are imported: only
 * those made for browsers too.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';

const ENTRIES = ['src/client/import-page.ts', 'src/client/import-worker.ts', 'src/client/import-result.ts'];
/** The libraries the browser importer may use: each runs in browsers as in Node. */
const BROWSER_LIBRARIES = ['astro/zod', 'js-yaml', 'fflate', '@xmldom/xmldom', 'unpdf'];
const NODE_ONLY = /\bBuffer\b|\bprocess\s*\.|\brequire\s*\(|__dirname|import\.meta\.dirname/;

/** Code without its comments (enough for this check: no comment markers inside strings here). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/** Every module the entries import, relative imports followed; with the bare specifiers each imports. */
function graph(): Map<string, string[]> {
  const modules = new Map<string, string[]>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    const text = code(readFileSync(join(ROOT, file), 'utf8'));
    const specifiers = [
      ...text.matchAll(/\b(?:import|export)\s*(?:type\s+)?(?:[^'"`;]*?\bfrom\s*)?['"]([^'"]+)['"]/g),
      ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ]
      .filter((match) => !/^(?:import|export)\s+type\b/.test(match[0]))
      .map((match) => match[1]!);
    modules.set(
      file,
      specifiers.filter((s) => !s.startsWith('.')),
    );
    for (const specifier of specifiers.filter((s) => s.startsWith('.')))
      visit(relative(ROOT, resolve(ROOT, dirname(file), specifier)));
  };
  ENTRIES.forEach(visit);
  return modules;
}

const modules = graph();

it('follows the importer from the page into src/lib/importer/ and its readers', () => {
  const files = [...modules.keys()];
  for (const expected of [
    'src/lib/importer/file.ts',
    'src/lib/importer/index.ts',
    'src/lib/importer/readers/docx.ts',
    'src/lib/importer/readers/pdf.ts',
    'src/lib/importer/readers/encoding.ts',
    'src/schemas/plan.ts',
  ])
    expect(files).toContain(expected);
});

it.each([...modules.keys()])('%s uses no Node API', (file) => {
  const bare = modules.get(file)!;
  const builtins = bare.filter((s) => s.startsWith('node:') || builtinModules.includes(s.split('/')[0]!));
  expect(builtins, `${file} imports Node modules`).toEqual([]);
  expect(
    bare.filter((s) => !BROWSER_LIBRARIES.includes(s)),
    `${file} imports a library not known to run in browsers`,
  ).toEqual([]);
  const text = code(readFileSync(join(ROOT, file), 'utf8'));
  expect(NODE_ONLY.exec(text)?.[0] ?? null, `${file} uses a Node global`).toBeNull();
});
