/**
 * The cited-document graph and the plan hierarchy, on small made-up plans (tests/helpers/
 * plan-fixture.ts): one stable slug per document (national numbers are unique, a province's are
 * not), every legal basis of every plan in the graph, each annual plan under the period plan it
 * implements, up to the national programme.
 */
import { describe, expect, it } from 'vitest';
import { fixtureCorpusPlans, fixturePlan } from './helpers/plan-fixture.ts';
import { buildCorpus } from '../src/lib/corpus.ts';
import { documentProvince, documentSlug, graphStats, isNationalIssuer, legalBasisLabel } from '../src/lib/legal.ts';

describe('document slugs', () => {
  const basis = { type: 'Quyết định', number: '844/QĐ-TTg', date: '2016-05-18', issuer: 'Thủ tướng Chính phủ' };

  it('names a national document by its type and number alone', () => {
    expect(isNationalIssuer('Thủ tướng Chính phủ')).toBe(true);
    expect(isNationalIssuer('Bộ Khoa học và Công nghệ')).toBe(true);
    expect(documentSlug(basis, 'Kon Tum')).toBe('quyet-dinh-844-qd-ttg');
    expect(documentSlug(basis, 'Hưng Yên')).toBe(documentSlug(basis, 'Kon Tum'));
  });

  it('ignores the spacing of a number as printed', () => {
    expect(documentSlug({ ...basis, number: '844/QĐ- TTg' }, 'Kon Tum')).toBe('quyet-dinh-844-qd-ttg');
  });

  it('adds the province to a local document, whose number other provinces also use', () => {
    const local = { type: 'Quyết định', number: '414/QĐ-UBND', date: null, issuer: 'Ủy ban nhân dân tỉnh Kon Tum' };
    expect(isNationalIssuer(local.issuer)).toBe(false);
    expect(documentSlug(local, 'Kon Tum')).toBe('quyet-dinh-414-qd-ubnd-kon-tum');
    const elsewhere = { ...local, issuer: 'Ủy ban nhân dân tỉnh Tây Ninh' };
    expect(documentSlug(elsewhere, 'Tây Ninh')).not.toBe(documentSlug(local, 'Kon Tum'));
  });

  it('takes the province from the issuer, else from the citing plan', () => {
    expect(documentProvince({ issuer: 'Hội đồng nhân dân tỉnh Hưng Yên' }, 'Kon Tum')).toBe('Hưng Yên');
    expect(documentProvince({ issuer: 'Sở Khoa học và Công nghệ' }, 'Quảng Ngãi')).toBe('Quảng Ngãi');
    expect(documentProvince({ issuer: 'Tỉnh ủy Quảng Ngãi' }, 'Quảng Ngãi')).toBe('Quảng Ngãi');
    expect(documentProvince({ issuer: 'Bộ Tài chính' }, 'Kon Tum')).toBeNull();
  });

  it('names a document without a number by its issuer and date', () => {
    const slug = documentSlug(
      { type: 'Công văn', number: null, date: '2024-01-26', issuer: 'Sở Khoa học và Công nghệ' },
      'Quảng Ngãi',
    );
    expect(slug).toBe('cong-van-so-khoa-hoc-va-cong-nghe-2024-01-26-quang-ngai');
    expect(legalBasisLabel({ type: 'Công văn', number: null, date: '2024-01-26' })).toBe(
      'Công văn (không số) ngày 26/01/2024',
    );
  });
});

describe('the cited-document graph', () => {
  const plans = fixtureCorpusPlans();
  const { documents } = buildCorpus(plans);

  it('holds every legal basis of every plan, under its slug', () => {
    for (const { id, data } of plans) {
      for (const basis of data.plan.legalBases) {
        const doc = documents.find((d) => d.slug === documentSlug(basis, data.plan.province));
        expect(doc, `${id}: ${legalBasisLabel(basis)}`).toBeDefined();
        expect(doc!.citedBy).toContainEqual({ plan: id, relation: basis.relation, title: basis.title });
      }
    }
    const citations = plans.reduce((sum, p) => sum + p.data.plan.legalBases.length, 0);
    expect(graphStats(documents).citations).toBe(citations);
  });

  it('merges one document cited by several plans, keeping each plan’s relation, plans in reading order', () => {
    const national = documents.find((d) => d.slug === 'quyet-dinh-844-qd-ttg')!;
    expect(national.citedBy.map((c) => `${c.plan}:${c.relation}`)).toEqual([
      'kon-tum-2019-2025:basis',
      'tay-ninh-2020-2025:implements',
      'tay-ninh-2022:basis',
    ]);
    expect(new Set(documents.map((d) => d.slug)).size).toBe(documents.length);
  });

  it('knows which cited document is a plan on the site', () => {
    expect(documents.find((d) => d.slug === 'ke-hoach-2721-kh-ubnd-tay-ninh')!.plan).toBe('tay-ninh-2020-2025');
    expect(documents.find((d) => d.slug === 'quyet-dinh-414-qd-ubnd-kon-tum')!.plan).toBeNull();
  });

  it('lists implemented documents first, and counts citations per relation', () => {
    const stats = graphStats(documents);
    expect(stats.byRelation).toEqual({ implements: 2, basis: 2, cites: 1 });
    const firstOther = documents.findIndex((d) => !d.citedBy.some((c) => c.relation === 'implements'));
    expect(firstOther).toBeGreaterThan(0);
    expect(documents.slice(firstOther).some((d) => d.citedBy.some((c) => c.relation === 'implements'))).toBe(false);
  });
});

describe('plan hierarchy', () => {
  it('puts an annual plan under its period plan, up to the national programme', () => {
    const corpus = buildCorpus(fixtureCorpusPlans());
    expect(corpus.hierarchy('tay-ninh-2022').ancestors.map((a) => [a.slug, a.plan])).toEqual([
      ['quyet-dinh-844-qd-ttg', null],
      ['ke-hoach-2721-kh-ubnd-tay-ninh', 'tay-ninh-2020-2025'],
    ]);
    expect(corpus.hierarchy('tay-ninh-2020-2025').children.map((c) => c.id)).toEqual(['tay-ninh-2022']);
    expect(corpus.hierarchy('tay-ninh-2022').children).toEqual([]);
    expect(corpus.parentOf('kon-tum-2019-2025')).toBeNull();
    expect(corpus.hierarchy('kon-tum-2019-2025').ancestors).toEqual([]);
  });

  it('names a parent that is not on the site by its document page', () => {
    const corpus = buildCorpus(fixtureCorpusPlans().filter((p) => p.id !== 'tay-ninh-2020-2025'));
    expect(corpus.parentOf('tay-ninh-2022')).toEqual({
      slug: 'ke-hoach-2721-kh-ubnd-tay-ninh',
      label: 'Kế hoạch 2721/KH-UBND',
      title: 'Văn bản 2721/KH-UBND',
      plan: null,
    });
  });

  it('matches a plan by number within its province, however the number is spaced or cased', () => {
    const corpus = buildCorpus(fixtureCorpusPlans());
    expect(corpus.planByNumber('2721/KH-UBND', 'Tây Ninh')?.id).toBe('tay-ninh-2020-2025');
    expect(corpus.planByNumber('2721/kh- UBND')?.id).toBe('tay-ninh-2020-2025');
    expect(corpus.planByNumber('2721/KH-UBND', 'Kon Tum')).toBeUndefined();
    expect(corpus.planByNumber(null)).toBeUndefined();
  });

  it('stops on a cycle instead of looping', () => {
    const cites = (number: string) => ({
      type: 'Kế hoạch',
      number,
      issuer: 'Ủy ban nhân dân tỉnh Tây Ninh',
      relation: 'implements' as const,
    });
    const a = fixturePlan('a-2020-2025', { number: '2/KH-UBND', legalBases: [cites('1/KH-UBND')] }, [{ ref: '1' }]);
    const b = fixturePlan('b-2020-2025', { number: '1/KH-UBND', legalBases: [cites('2/KH-UBND')] }, [{ ref: '1' }]);
    expect(buildCorpus([a, b]).hierarchy('b-2020-2025').ancestors.length).toBeLessThanOrEqual(2);
  });
});
