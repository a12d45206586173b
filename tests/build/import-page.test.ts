/**
 * The weight of the page /them-ke-hoach/ on the built site (DIST_DIR, default dist/): on arrival
 * it loads what every page loads (the stylesheet, the header search) plus its own small entry and
 * stylesheet; the importer (its worker), the Word reader and the PDF reader load later, each only
 * through a dynamic import, so no other page and no arrival pays for them. Prints the figures
 * (gzip level 9, as page-budget.test.ts measures): HTML, CSS, JS on arrival, then what reading a
 * text, a Word file and a PDF adds.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, listFiles } from './dist.ts';
import { gz, measurePage, staticImports } from './page-weight.ts';

const DIR = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const BASE = process.env.BASE_PATH ?? '/';
const PAGE = 'them-ke-hoach/index.html';

/** The page's own script on arrival (gzipped), beyond what every page loads: a small entry. */
const ENTRY_BUDGET = 2_500;

const assets = listFiles(join(DIR, '_astro'));
const asset = (pattern: RegExp) => {
  const found = assets.filter((file) => pattern.test(file));
  expect(found, String(pattern)).toHaveLength(1);
  return found[0]!;
};
const read = (file: string) => readFileSync(join(DIR, '_astro', file), 'utf8');
/** A chunk and what it imports statically, recursively. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const spec of staticImports(read(file))) if (spec.startsWith('./')) closure(spec.slice(2), seen);
  return seen;
}
/** Dynamic imports of a chunk: `import("./x.js")`. */
const dynamicImports = (file: string) =>
  [...read(file).matchAll(/\bimport\(\s*[`'"]\.\/([^`'"]+)[`'"]\s*\)/g)].map((m) => m[1]!);
const weight = (files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + gz(readFileSync(join(DIR, '_astro', file))), 0);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('/them-ke-hoach/', () => {
  const page = measurePage(DIR, PAGE, BASE);
  const worker = asset(/^import-worker-[\w-]+\.js$/);
  const docx = asset(/^docx-[\w-]+\.js$/);
  const pdf = asset(/^pdf-[\w-]+\.js$/);

  it('loads on arrival its entry and stylesheet beside what every page loads, and no importer or reader', () => {
    const scripts = page.resources.filter((r) => r.kind === 'js');
    const own = scripts.filter((r) => r.via === 'script' && !/^_astro\/SearchQuick\.astro/.test(r.path));
    expect(own.map((r) => r.path)).toHaveLength(1);
    expect(own[0]!.path).toMatch(/^_astro\/index\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/);
    for (const file of [worker, docx, pdf])
      expect(
        page.resources.map((r) => r.path),
        file,
      ).not.toContain(`_astro/${file}`);
    const entry = own[0]!.path.replace('_astro/', '');
    // What the header search, on every page, already loads (Vite's preload helper) is not the page's own.
    const everyPage = closure(asset(/^SearchQuick\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/));
    const entryWeight = weight([...closure(entry)].filter((f) => !everyPage.has(f)));
    console.log(
      `${PAGE} on arrival: HTML ${kB(page.html)} + CSS ${kB(page.css)} + JS ${kB(page.js)} = ${kB(page.total)} (its own entry ${kB(entryWeight)})`,
    );
    expect(entryWeight, `the page's entry ${entry}`).toBeLessThanOrEqual(ENTRY_BUDGET);
    // The worker is started by URL, not imported.
    expect(staticImports(read(entry)).some((spec) => spec.includes('import-worker'))).toBe(false);
    expect(read(entry)).toContain(worker);
  });

  it('reaches the Word and PDF readers only by dynamic import, and reports what each costs', () => {
    const core = closure(worker);
    expect([...core]).not.toContain(docx);
    expect([...core]).not.toContain(pdf);
    expect(dynamicImports(worker)).toEqual(expect.arrayContaining([docx, pdf]));
    const engine = dynamicImports(pdf).filter((file) => !core.has(file));
    const renderer = asset(/^import-result\.[\w-]+\.js$/);
    const text = weight(core) + weight(closure(renderer));
    const word = weight([...closure(docx)].filter((f) => !core.has(f)));
    const pdfReader = weight(
      new Set([...closure(pdf), ...engine.flatMap((f) => [...closure(f)])].filter((f) => !core.has(f))),
    );
    console.log(
      `reading a file adds: the importer (worker) and the result's renderer ${kB(text)}; a Word file then ${kB(word)} more; a PDF ${kB(pdfReader)} more (PDF.js)`,
    );
    expect(engine.length, 'the PDF engine is a chunk of its own, loaded with the first PDF').toBeGreaterThan(0);
  });
});
