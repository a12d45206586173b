/**
 * The cited-document graph: one stable slug per document (national numbers are unique, a
 * province's are not), every legal basis of every plan in the graph, and the plan hierarchy
 * (an annual plan under the period plan it implements, up to the national programme).
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, readPlanFiles } from './helpers/content.ts';
import type { PlanEntry } from '../src/lib/plans.ts';
import {
  citedDocuments,
  documentProvince,
  documentSlug,
  findPlanByNumber,
  graphStats,
  isNationalIssuer,
  legalBasisLabel,
  planHierarchy,
  plansImplementing,
} from '../src/lib/legal.ts';

const plans: PlanEntry[] = readPlanFiles().map((file) => ({ id: file.slug, data: parsePlan(file) }));
const byId = (id: string) => plans.find((p) => p.id === id)!;

/** Tây Ninh's period plan 2721/KH-UBND, as if it were on the site (made from another plan's data). */
function tayNinhPeriodPlan(): PlanEntry {
  const source = byId('kon-tum-2019-2025').data;
  return {
    id: 'tay-ninh-2020-2025',
    data: {
      ...source,
      plan: {
        ...source.plan,
        province: 'Tây Ninh',
        issuer: 'Ủy ban nhân dân tỉnh Tây Ninh',
        number: '2721/KH-UBND',
        issued: '2020-11-03',
        period: { start: 2020, end: 2025 },
      },
    },
  };
}

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

describe('the cited-document graph of the four plans', () => {
  const documents = citedDocuments(plans);

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

  it('merges one document cited by several plans, keeping each plan’s relation', () => {
    const national = documents.find((d) => d.slug === 'quyet-dinh-844-qd-ttg')!;
    expect(national.citedBy.map((c) => `${c.plan}:${c.relation}`)).toEqual([
      'hung-yen-2021-2025:basis',
      'kon-tum-2019-2025:implements',
    ]);
    expect(new Set(documents.map((d) => d.slug)).size).toBe(documents.length);
  });

  it('agrees on the date and issuer of a document across the plans that cite it', () => {
    for (const { data } of plans) {
      for (const basis of data.plan.legalBases) {
        const doc = documents.find((d) => d.slug === documentSlug(basis, data.plan.province))!;
        if (basis.date) expect(basis.date, legalBasisLabel(basis)).toBe(doc.date);
        expect(basis.type).toBe(doc.type);
      }
    }
  });

  it('lists implemented documents first', () => {
    const stats = graphStats(documents);
    expect(stats.byRelation.implements + stats.byRelation.basis + stats.byRelation.cites).toBe(stats.citations);
    const firstOther = documents.findIndex((d) => !d.citedBy.some((c) => c.relation === 'implements'));
    expect(documents.slice(firstOther).some((d) => d.citedBy.some((c) => c.relation === 'implements'))).toBe(false);
  });
});

describe('plan hierarchy', () => {
  it('puts each annual plan under the period plan it implements', () => {
    const { ancestors, children } = planHierarchy(plans, 'tay-ninh-2022');
    expect(ancestors.map((a) => a.slug)).toEqual(['ke-hoach-2721-kh-ubnd-tay-ninh']);
    expect(ancestors[0]!.plan).toBeNull();
    expect(children).toEqual([]);
    expect(planHierarchy(plans, 'quang-ngai-2024').ancestors.map((a) => a.slug)).toEqual([
      'quyet-dinh-827-qd-ubnd-quang-ngai',
    ]);
    expect(planHierarchy(plans, 'hung-yen-2021-2025').ancestors).toEqual([]);
  });

  it('follows the chain through a period plan on the site up to the national programme', () => {
    const period = tayNinhPeriodPlan();
    const all = [...plans, period];
    const { ancestors } = planHierarchy(all, 'tay-ninh-2022');
    expect(ancestors.map((a) => [a.slug, a.plan])).toEqual([
      ['quyet-dinh-844-qd-ttg', null],
      ['ke-hoach-2721-kh-ubnd-tay-ninh', 'tay-ninh-2020-2025'],
    ]);
    expect(planHierarchy(all, 'tay-ninh-2020-2025').children.map((c) => c.id)).toEqual(['tay-ninh-2022']);
    expect(citedDocuments(all).find((d) => d.slug === 'ke-hoach-2721-kh-ubnd-tay-ninh')!.plan).toBe(
      'tay-ninh-2020-2025',
    );
  });

  it('matches a plan by number only within its province', () => {
    const period = tayNinhPeriodPlan();
    expect(findPlanByNumber([period], '2721/KH-UBND', 'Tây Ninh')).toBe(period);
    expect(findPlanByNumber([period], '2721/KH-UBND', 'Kon Tum')).toBeUndefined();
    expect(findPlanByNumber([period], null)).toBeUndefined();
  });

  it('lists the plans implementing a number as written, and builds its lookups once per list yet follows changes to it', () => {
    const period = tayNinhPeriodPlan();
    const all = [...plans, period];
    expect(plansImplementing(all, '2721/KH-UBND').map((p) => p.id)).toEqual(['tay-ninh-2022']);
    expect(plansImplementing(all, null)).toEqual([]);
    expect(planHierarchy(all, 'tay-ninh-2020-2025')).toEqual(planHierarchy(all, 'tay-ninh-2020-2025'));
    // The same array, changed: the lookups are rebuilt, not served stale.
    all.pop();
    expect(findPlanByNumber(all, '2721/KH-UBND', 'Tây Ninh')).toBeUndefined();
    expect(planHierarchy(all, 'tay-ninh-2022').ancestors.map((a) => a.plan)).toEqual([null]);
    all.push(period);
    expect(findPlanByNumber(all, '2721/KH-UBND', 'Tây Ninh')).toBe(period);
    period.data = { ...period.data, plan: { ...period.data.plan, number: '9/KH-UBND' } };
    expect(findPlanByNumber(all, '2721/KH-UBND', 'Tây Ninh')).toBeUndefined();
    expect(findPlanByNumber(all, '9/KH-UBND', 'Tây Ninh')).toBe(period);
  });

  it('stops on a cycle instead of looping', () => {
    const a = tayNinhPeriodPlan();
    const b: PlanEntry = {
      ...a,
      id: 'b',
      data: {
        ...a.data,
        plan: {
          ...a.data.plan,
          number: '1/KH-UBND',
          legalBases: [
            {
              type: 'Kế hoạch',
              number: '2721/KH-UBND',
              date: null,
              issuer: 'Ủy ban nhân dân tỉnh Tây Ninh',
              title: 'x',
              relation: 'implements',
            },
          ],
        },
      },
    };
    a.data = {
      ...a.data,
      plan: {
        ...a.data.plan,
        legalBases: [
          {
            type: 'Kế hoạch',
            number: '1/KH-UBND',
            date: null,
            issuer: 'Ủy ban nhân dân tỉnh Tây Ninh',
            title: 'y',
            relation: 'implements',
          },
        ],
      },
    };
    expect(planHierarchy([a, b], 'b').ancestors.length).toBeLessThanOrEqual(2);
  });
});
