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
  it('holds the documents and provinces its README counts', () => {
    const [, documents, provinces] = /lists (\d+) documents from (\d+) of the 63 provinces/.exec(readme)!;
    expect(entries).toHaveLength(Number(documents));
    expect(catalogue.figures.provinces).toBe(Number(provinces));
    expect(catalogue.pages.filter((page) => page.province)).toHaveLength(Number(provinces));
  });

  it('finds nothing for exactly the provinces its README names', () => {
    const [, count, names] = /Nothing was found for (\d+) provinces: ([^.]+)\./.exec(readme.replace(/\s+/g, ' '))!;
    const listed = names!.split(/,\s*/).map((name) => findProvince(name)!.name);
    expect(listed).toHaveLength(Number(count));
    expect(
      catalogue.provinces
        .filter((p) => p.coverage === 'none')
        .map((p) => p.province!.name)
        .sort(),
    ).toEqual(listed.sort());
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

  it('links every plan of the site to a catalogue entry, both ways, none derived', () => {
    for (const plan of corpus.plans) {
      const entry = catalogue.ofPlan(plan.id);
      expect(entry, plan.id).toBeDefined();
      expect(entry!.derived, plan.id).toBe(false);
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
