/**
 * Small made-up catalogue entries, validated by the real schema and given ids by the real reader,
 * for unit tests: what the lib computes from the catalogue is tested on these, so that editing
 * content/catalogue/ changes no unit test.
 */
import { catalogueEntries } from '../../src/lib/catalogue-file.ts';
import type { CatalogueEntry } from '../../src/lib/catalogue.ts';
import { catalogueEntrySchema, type AnnotationInput, type KnownDocumentInput } from '../../src/schemas/catalogue.ts';

export type FixtureEntry = Partial<KnownDocumentInput> & Partial<AnnotationInput>;

const DEFAULTS: KnownDocumentInput = {
  province: 'Tây Ninh',
  number: null,
  kind: 'Kế hoạch',
  date: null,
  period: null,
  label: 'A test document',
  signer: null,
  source: 'https://example.org/van-ban',
  evidence: 'The page shows it.',
  relation: 'provincial-plan',
  confidence: 'official site',
};

/** Catalogue entries as the collection would hold them, from the facts given (the rest defaulted). */
export function fixtureEntries(entries: FixtureEntry[]): CatalogueEntry[] {
  const documents = entries.map(({ title: _t, conflicts: _c, periodLabel: _p, ...facts }) => ({
    ...DEFAULTS,
    ...facts,
  }));
  const withIds = catalogueEntries({ documents }, {});
  return withIds.map(({ id, ...raw }, index) => {
    const { title = `Văn bản thử ${id}`, conflicts, periodLabel } = entries[index]!;
    const data = catalogueEntrySchema.parse({ ...raw, title, conflicts, periodLabel });
    return { id, data };
  });
}

/**
 * The fixture catalogue beside fixtureCorpusPlans(): the Tây Ninh annual plan and its parent (both
 * on the site, the parent also cited), a Kon Tum resolution known only and a decision the Kon Tum
 * plan cites, a Lào Cai plan whose sources disagree on its number, a Hà Tĩnh resolution known
 * only from a weak source, an undated Đà Nẵng scheme. The Kon Tum plan itself is not listed.
 */
export function fixtureCatalogueEntries(): CatalogueEntry[] {
  return fixtureEntries([
    { number: '1694/KH-UBND', relation: 'annual-plan', period: 'năm 2022', confidence: 'press' },
    { number: '2721/KH-UBND', date: '2020-11-03', period: '2020–2025', confidence: 'legal database' },
    {
      province: 'Kon Tum',
      number: '57/NQ-HĐND',
      kind: 'Nghị quyết',
      date: '2019-12-10',
      relation: 'spending-resolution',
    },
    { province: 'Kon Tum', number: '414/QĐ-UBND', kind: 'Quyết định', date: '2019-05-02', relation: 'related' },
    {
      province: 'Lào Cai',
      number: '274/KH-UBND',
      date: '2017-10-24',
      conflicts: [
        {
          field: 'number',
          claims: [
            { value: '274/KH-UBND', seenIn: 'cổng thông tin tỉnh' },
            { value: 'Kế hoạch số 247', seenIn: 'trang của tỉnh khác' },
          ],
          note: 'Hai nguồn ghi hai số.',
        },
      ],
    },
    {
      province: 'Hà Tĩnh',
      number: '91/2018/NQ-HĐND',
      kind: 'Nghị quyết',
      date: '2018-07-18',
      relation: 'related',
      confidence: 'weak',
    },
    { province: 'Đà Nẵng', kind: 'Đề án', period: '2021–2025', confidence: 'press' },
  ]);
}
