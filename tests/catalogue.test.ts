/**
 * The catalogue of known documents, on fixture entries and fixture plans: ids, the checks of the
 * two files and of each entry, the links to the plans holding the text and to the cited-document
 * pages, a plan the file does not list, what is known of each province, the figures, the public
 * records and the search entities.
 */
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildCatalogue, knownDocumentHref } from '../src/lib/catalogue.ts';
import { catalogueEntries, catalogueEntryId, CatalogueFileError } from '../src/lib/catalogue-file.ts';
import { catalogueSearchEntities } from '../src/lib/catalogue-search.ts';
import { buildCorpus } from '../src/lib/corpus.ts';
import { catalogueRecords, provinceRecords } from '../src/lib/open-data.ts';
import { recordsCsv } from '../src/lib/tasks-csv.ts';
import { catalogueEntrySchema } from '../src/schemas/catalogue.ts';
import { jsonSchemaOf } from '../src/schemas/public-data.ts';
import { fixtureCatalogueEntries, fixtureEntries } from './helpers/catalogue-fixture.ts';
import { fixtureCorpusPlans, fixturePlan } from './helpers/plan-fixture.ts';
import { parseCsv } from './helpers/parse-csv.ts';

const corpus = buildCorpus(fixtureCorpusPlans());
const catalogue = buildCatalogue(fixtureCatalogueEntries(), corpus);
const publication = { base: '/ke-hoach-mo/', site: 'https://example.org' };

describe('entry ids', () => {
  it('are the cited-document slug for a numbered document', () => {
    expect(catalogueEntryId({ kind: 'Kế hoạch', number: '2721/KH-UBND', province: 'Tây Ninh' })).toBe(
      'ke-hoach-2721-kh-ubnd-tay-ninh',
    );
  });

  it('are kind, province and the years of the period without a number, else the date', () => {
    expect(catalogueEntryId({ kind: 'Đề án', number: null, province: 'TP Hồ Chí Minh', period: '2021–2025' })).toBe(
      'de-an-tp-ho-chi-minh-2021-2025',
    );
    expect(catalogueEntryId({ kind: 'Kế hoạch', number: null, province: 'Đồng Tháp', period: 'năm 2023' })).toBe(
      'ke-hoach-dong-thap-2023',
    );
    expect(
      catalogueEntryId({ kind: 'Kế hoạch', number: null, province: 'Huế', period: null, date: '2020-01-02' }),
    ).toBe('ke-hoach-hue-2020-01-02');
  });
});

describe('the catalogue files', () => {
  const doc = { kind: 'Kế hoạch', number: '1/KH-UBND', province: 'Tây Ninh' };

  it('merge each annotation into its entry', () => {
    const [entry] = catalogueEntries(
      { documents: [doc] },
      { 'ke-hoach-1-kh-ubnd-tay-ninh': { title: 'Kế hoạch thử' } },
    );
    expect(entry).toMatchObject({ id: 'ke-hoach-1-kh-ubnd-tay-ninh', title: 'Kế hoạch thử', number: '1/KH-UBND' });
  });

  it('refuse two entries with one id, an annotation of no entry, an annotation rewriting a fact', () => {
    expect(() => catalogueEntries({ documents: [doc, doc] }, {})).toThrow(/mục 2 và mục 1 cùng mã/);
    expect(() => catalogueEntries({ documents: [doc] }, { 'khong-co': { title: 'x' } })).toThrow(
      /"khong-co" không phải mã của văn bản nào/,
    );
    expect(() =>
      catalogueEntries({ documents: [doc] }, { 'ke-hoach-1-kh-ubnd-tay-ninh': { title: 'x', number: '2/KH-UBND' } }),
    ).toThrow(CatalogueFileError);
    expect(() => catalogueEntries({}, {})).toThrow(/thiếu danh sách "documents"/);
  });
});

describe('an entry', () => {
  const valid = fixtureEntries([{ number: '5/KH-UBND' }])[0]!.data;
  const issues = (raw: Record<string, unknown>) => {
    const result = catalogueEntrySchema.safeParse({ ...valid, ...raw });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('stores the kind and the confidence as vocabulary ids', () => {
    expect(valid.kind).toBe('ke-hoach');
    expect(valid.confidence).toBe('official-site');
  });

  it('names the field and the reason when it does not validate', () => {
    expect(issues({ kind: 'Công văn' })).toEqual([
      expect.stringMatching(/^kind: loại văn bản không có trong danh mục/),
    ]);
    expect(issues({ confidence: 'rumour' })).toEqual([expect.stringMatching(/^confidence: độ tin cậy phải là/)]);
    expect(issues({ province: 'Xứ Thử' })).toEqual(['province: tỉnh không có trong provinces-2025.json: "Xứ Thử"']);
    expect(issues({ date: '2020-02-30' })).toEqual([expect.stringMatching(/^date: ngày phải/)]);
    expect(issues({ source: 'thuvienphapluat.vn' })).toEqual([expect.stringMatching(/^source: nguồn phải là/)]);
    expect(issues({ title: undefined })).toEqual([expect.stringMatching(/^title: thiếu nhãn tiếng Việt/)]);
    expect(issues({ extra: 1 })).toEqual([expect.stringMatching(/extra/)]);
  });

  it('accepts any spelling of a province of the 63', () => {
    expect(issues({ province: 'Bà Rịa – Vũng Tàu' })).toEqual([]);
    expect(issues({ province: 'TP Hồ Chí Minh' })).toEqual([]);
  });
});

describe('the national picture', () => {
  const byId = (id: string) => catalogue.document(id)!;

  it('links an entry to the plan holding its text, both ways, by number and province', () => {
    expect(byId('ke-hoach-1694-kh-ubnd-tay-ninh').plan).toBe('tay-ninh-2022');
    expect(catalogue.ofPlan('tay-ninh-2022')!.id).toBe('ke-hoach-1694-kh-ubnd-tay-ninh');
    expect(catalogue.ofPlan('tay-ninh-2020-2025')!.id).toBe('ke-hoach-2721-kh-ubnd-tay-ninh');
  });

  it('makes a cited document and its catalogue entry one: same id, linked both ways', () => {
    const parent = byId('ke-hoach-2721-kh-ubnd-tay-ninh');
    expect(parent.document).toBe('ke-hoach-2721-kh-ubnd-tay-ninh');
    expect(catalogue.ofCitedDocument('ke-hoach-2721-kh-ubnd-tay-ninh')).toBe(parent);
    expect(byId('quyet-dinh-414-qd-ubnd-kon-tum').document).toBe('quyet-dinh-414-qd-ubnd-kon-tum');
    expect(catalogue.ofCitedDocument('quyet-dinh-844-qd-ttg')).toBeUndefined();
  });

  it('links by the raw text file when the entry has no number', () => {
    const plan = fixturePlan('quang-ngai-2024', { province: 'Quảng Ngãi' }, [{ ref: '1' }]);
    const [entry] = fixtureEntries([{ province: 'Quảng Ngãi', period: 'năm 2024', source: 'sources/thu.txt' }]);
    expect(buildCatalogue([entry!], buildCorpus([plan])).ofPlan('quang-ngai-2024')!.id).toBe(entry!.id);
    // The same file under a plan of another province is not that document.
    const other = fixturePlan('thu-2024', { province: 'Hà Nội' }, [{ ref: '1' }]);
    expect(buildCatalogue([entry!], buildCorpus([other])).ofPlan('thu-2024')!.derived).toBe(true);
  });

  it('adds a plan the catalogue does not list as a known document of its own, marked derived', () => {
    const derived = catalogue.ofPlan('kon-tum-2019-2025')!;
    expect(derived).toMatchObject({ id: 'ke-hoach-2763-kh-ubnd-kon-tum', derived: true, plan: 'kon-tum-2019-2025' });
    expect(derived.data).toMatchObject({ confidence: 'source-text', date: '2019-10-21', period: '2019–2025' });
    expect(catalogue.documents.filter((doc) => doc.derived)).toHaveLength(1);
  });

  it('refuses two entries that are the same plan', () => {
    const twice = fixtureEntries([{ number: '1694/KH-UBND' }, { number: '1694/KH-UBND', kind: 'Quyết định' }]);
    expect(() => buildCatalogue(twice, corpus)).toThrow(/cùng là kế hoạch tay-ninh-2022/);
  });

  it('says what is known of every one of the 63 provinces', () => {
    expect(catalogue.provinces).toHaveLength(63);
    const coverage = (name: string) => catalogue.coverageOf(name)!.coverage;
    expect(coverage('Tây Ninh')).toBe('full-text');
    expect(coverage('Kon Tum')).toBe('full-text');
    expect(coverage('Lào Cai')).toBe('known');
    expect(coverage('Hà Tĩnh')).toBe('weak-only');
    expect(coverage('Thanh Hóa')).toBe('none');
    expect(catalogue.coverageOf('kon tum')!.documents.map((doc) => doc.id)).toEqual([
      'quyet-dinh-414-qd-ubnd-kon-tum',
      'ke-hoach-2763-kh-ubnd-kon-tum',
      'nghi-quyet-57-nq-hdnd-kon-tum',
    ]);
  });

  it('gives a page to every province with a known document, and to none other of the 63', () => {
    expect(catalogue.pages.map((page) => page.slug).sort()).toEqual(
      ['da-nang', 'ha-tinh', 'kon-tum', 'lao-cai', 'tay-ninh'].sort(),
    );
  });

  it('counts documents, provinces, full texts and provinces with nothing found', () => {
    expect(catalogue.figures).toEqual({
      documents: 8,
      provinces: 5,
      fullTexts: 3,
      provincesWithFullText: 2,
      nothingFound: 58,
      dated: 6,
      undated: 2,
      weak: 1,
      conflicts: 1,
    });
  });

  it('sends a reader to the plan page when the text is here, else to the card on the province page', () => {
    expect(knownDocumentHref(byId('ke-hoach-1694-kh-ubnd-tay-ninh'))).toBe('/ke-hoach/tay-ninh-2022/');
    expect(knownDocumentHref(byId('ke-hoach-274-kh-ubnd-lao-cai'))).toBe('/tinh/lao-cai/#ke-hoach-274-kh-ubnd-lao-cai');
  });
});

describe('the published catalogue', () => {
  const records = catalogueRecords(catalogue, publication);
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const valid = (name: 'catalogue' | 'provinces', data: unknown) => {
    const validate = ajv.compile(jsonSchemaOf(name));
    return validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);
  };

  it('satisfies its JSON Schemas', () => {
    expect(valid('catalogue', records)).toEqual([]);
    expect(valid('provinces', provinceRecords(catalogue, publication))).toEqual([]);
  });

  it('marks an entry known only from a weak source, and links entries to plans and cited documents', () => {
    expect(records.find((r) => r.confidence === 'weak')!.weakSource).toBe(true);
    expect(records.filter((r) => r.weakSource)).toHaveLength(1);
    expect(records.find((r) => r.id === 'ke-hoach-2721-kh-ubnd-tay-ninh')).toMatchObject({
      plan: 'tay-ninh-2020-2025',
      planUrl: '/ke-hoach-mo/ke-hoach/tay-ninh-2020-2025/',
      document: 'ke-hoach-2721-kh-ubnd-tay-ninh',
    });
  });

  it('writes the same records as CSV, one row per entry', () => {
    const [header, ...rows] = parseCsv(recordsCsv(records, jsonSchemaOf('catalogue')));
    expect(rows).toHaveLength(records.length);
    expect(header).toContain('conflicts.claims.value');
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((row) => row[column('id')])).toEqual(records.map((r) => r.id));
    expect(
      rows.find((row) => row[column('id')] === 'ke-hoach-274-kh-ubnd-lao-cai')![column('conflicts.claims.value')],
    ).toBe('274/KH-UBND; Kế hoạch số 247');
  });

  it('gives the 63 provinces with their unit since 1 July 2025, and a page only where something is known', () => {
    const provinces = provinceRecords(catalogue, publication);
    expect(provinces).toHaveLength(63);
    expect(provinces.find((p) => p.name === 'Kon Tum')).toMatchObject({
      since2025: { name: 'Quảng Ngãi', from: ['Quảng Ngãi', 'Kon Tum'] },
      coverage: 'full-text',
      plans: ['kon-tum-2019-2025'],
      url: '/ke-hoach-mo/tinh/kon-tum/',
    });
    expect(provinces.find((p) => p.name === 'Thanh Hóa')).toMatchObject({ coverage: 'none', documents: [], url: null });
  });
});

describe('search entities of the catalogue', () => {
  const entities = catalogueSearchEntities(catalogueRecords(catalogue, publication));

  it('give each entry its label, number, province, kind and page', () => {
    expect(entities).toHaveLength(catalogue.documents.length);
    expect(entities.find((e) => e.id === 'nghi-quyet-57-nq-hdnd-kon-tum')).toEqual({
      id: 'nghi-quyet-57-nq-hdnd-kon-tum',
      label: 'Văn bản thử nghi-quyet-57-nq-hdnd-kon-tum',
      number: '57/NQ-HĐND',
      province: 'Kon Tum',
      provinceSince2025: 'Quảng Ngãi',
      kind: 'Nghị quyết',
      year: '2019',
      url: '/ke-hoach-mo/tinh/kon-tum/#nghi-quyet-57-nq-hdnd-kon-tum',
      fullText: false,
    });
  });

  it('lead to the plan page for a document read here in full, and keep an undated one without a year', () => {
    expect(entities.find((e) => e.id === 'ke-hoach-1694-kh-ubnd-tay-ninh')).toMatchObject({
      url: '/ke-hoach-mo/ke-hoach/tay-ninh-2022/',
      fullText: true,
      provinceSince2025: null,
    });
    expect(entities.find((e) => e.province === 'Đà Nẵng')).toMatchObject({ number: null, year: null, kind: 'Đề án' });
  });
});
