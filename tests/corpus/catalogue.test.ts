/**
 * The real catalogue (content/catalogue/) with the real plans: every entry validates and has its
 * Vietnamese label; the figures of its README (78 documents, 39 provinces, 24 with nothing
 * found, the same 24 names); the conflicts it names are recorded as conflicts, each with both
 * claims; the plans on the site are catalogue entries, linked both ways, and the parent plans
 * they cite are the same entries as the cited documents; the undated stay undated.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { findProvince } from '../../src/lib/provinces.ts';
import { CATALOGUE_DIR, readCatalogue } from '../helpers/catalogue.ts';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';

const entries = readCatalogue();
const corpus = buildCorpus(readPlanFiles().map((file) => ({ id: file.slug, data: parsePlan(file) })));
const catalogue = buildCatalogue(entries, corpus);
const readme = readFileSync(join(CATALOGUE_DIR, 'README.md'), 'utf8');

describe('the catalogue of known documents', () => {
  // The README counts what was compiled; a plan added to the site without an entry of its own is
  // shown from its own metadata (a derived entry) and is not counted here.
  const compiled = catalogue.documents.filter((doc) => !doc.derived);
  const compiledProvinces = new Set(compiled.map((doc) => findProvince(doc.data.province)?.name ?? doc.data.province));

  it('holds the documents and provinces its README counts', () => {
    const [, documents, provinces] = /lists (\d+) documents from (\d+) of the 63 provinces/.exec(readme)!;
    expect(entries).toHaveLength(Number(documents));
    expect(compiled).toHaveLength(Number(documents));
    expect(compiledProvinces.size).toBe(Number(provinces));
    expect(catalogue.figures.provinces).toBeGreaterThanOrEqual(Number(provinces));
  });

  it('finds nothing for exactly the provinces its README names', () => {
    const [, count, names] = /Nothing was found for (\d+) provinces: ([^.]+)\./.exec(readme.replace(/\s+/g, ' '))!;
    const listed = names!.split(/,\s*/).map((name) => findProvince(name)!.name);
    expect(listed).toHaveLength(Number(count));
    expect(
      catalogue.provinces
        .map((p) => p.province!.name)
        .filter((name) => !compiledProvinces.has(name))
        .sort(),
    ).toEqual(listed.sort());
    // A province of that list shows "nothing found" unless the site holds a plan of it.
    for (const p of catalogue.provinces.filter((p) => p.coverage === 'none'))
      expect(listed, p.province!.name).toContain(p.province!.name);
  });

  it('records the conflicts the README names, each with two claims, not resolved', () => {
    const conflicts = Object.fromEntries(
      catalogue.documents.flatMap((doc) =>
        doc.data.conflicts.map((c) => [`${doc.id} ${c.field}`, c.claims.map((x) => x.value)]),
      ),
    );
    expect(conflicts['ke-hoach-274-kh-ubnd-lao-cai number']).toEqual(['274/KH-UBND', 'Kế hoạch số 247']);
    expect(conflicts['ke-hoach-2763-kh-ubnd-kon-tum period']).toEqual(['2019–2025', '2020–2025']);
    expect(conflicts['quyet-dinh-154-qd-ubnd-da-nang signer']).toHaveLength(2);
    expect(conflicts['quyet-dinh-1523-qd-ubnd-dong-nai period']).toEqual(['2018-2013', '2018–2023']);
  });

  it('links every plan of the site to a catalogue entry, both ways, the four plans of sources/ to compiled ones', () => {
    const golden = ['hung-yen-2021-2025', 'kon-tum-2019-2025', 'quang-ngai-2024', 'tay-ninh-2022'];
    for (const plan of corpus.plans) {
      const entry = catalogue.ofPlan(plan.id);
      expect(entry, plan.id).toBeDefined();
      if (golden.includes(plan.id)) expect(entry!.derived, plan.id).toBe(false);
      expect(entry!.plan).toBe(plan.id);
    }
    expect(catalogue.documents.filter((doc) => doc.plan)).toHaveLength(corpus.plans.length);
  });

  it('makes the parent plans the plans cite the same entries as their cited-document pages', () => {
    for (const plan of corpus.plans) {
      const parent = corpus.parentOf(plan.id);
      if (!parent || parent.slug.endsWith('-ttg')) continue;
      const entry = catalogue.ofCitedDocument(parent.slug);
      expect(entry, `${plan.id} → ${parent.slug}`).toBeDefined();
      expect(entry!.id).toBe(parent.slug);
    }
    expect(catalogue.document('ke-hoach-2721-kh-ubnd-tay-ninh')!.document).toBe('ke-hoach-2721-kh-ubnd-tay-ninh');
    expect(catalogue.document('quyet-dinh-827-qd-ubnd-quang-ngai')!.document).toBe('quyet-dinh-827-qd-ubnd-quang-ngai');
  });

  it('keeps the Quảng Ngãi 2024 and Tây Ninh 2022 plans without a date, as the README says', () => {
    expect(catalogue.ofPlan('quang-ngai-2024')!.data.date).toBeNull();
    expect(catalogue.ofPlan('tay-ninh-2022')!.data.date).toBeNull();
  });

  it('gives every entry a Vietnamese label of its own', () => {
    const titles = entries.map((entry) => entry.data.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const title of titles) expect(title).toMatch(/[ăâđêôơưạảãàáậầấẩẫắằặẳẵếềệểễốồộổỗớờợởỡứừựửữ]/);
  });
});
