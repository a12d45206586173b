/**
 * Legal bases (căn cứ) and other documents a plan cites, as a graph: each cited document gets a
 * stable slug and a page (/van-ban/<slug>/) listing the plans that cite it and how; and the plan
 * hierarchy (an annual plan under the period plan it implements).
 */
import type { Plan } from '../schemas/plan.ts';
import { formatDate, perPlanList, sortPlans, type PlanEntry } from './plans.ts';
import { fold, slugify } from './vietnamese.ts';

export type LegalBasis = Plan['plan']['legalBases'][number];
export type Relation = LegalBasis['relation'];

/** How a plan cites a document, in Vietnamese, in the order implements → basis → cites. */
export const RELATION_LABEL: Record<Relation, string> = {
  implements: 'Thực hiện',
  basis: 'Căn cứ',
  cites: 'Nhắc tới',
};

/** "Quyết định 844/QĐ-TTg ngày 18/05/2016". */
export function legalBasisLabel(basis: Pick<LegalBasis, 'type' | 'number' | 'date'>): string {
  const date = formatDate(basis.date);
  return `${basis.type} ${basis.number ?? '(không số)'}${date ? ` ngày ${date}` : ''}`;
}

// National bodies number their documents uniquely across the country; a province's bodies do not
// (every province has a "Quyết định 414/QĐ-UBND"), so a local document's slug names its province.
const NATIONAL_ISSUER =
  /^(thu tuong|chinh phu|quoc hoi|uy ban thuong vu quoc hoi|bo |ban chap hanh trung uong|bo chinh tri|ban bi thu)/;

/** True when the issuer is a national body (Thủ tướng Chính phủ, a ministry, Quốc hội…). */
export function isNationalIssuer(issuer: string): boolean {
  return NATIONAL_ISSUER.test(fold(issuer));
}

/**
 * The province a local document belongs to: the one its issuer names ("Ủy ban nhân dân tỉnh
 * Tây Ninh"), else the province of the plan that cites it ("Sở Khoa học và Công nghệ").
 */
export function documentProvince(basis: Pick<LegalBasis, 'issuer'>, citingProvince: string): string | null {
  if (isNationalIssuer(basis.issuer)) return null;
  const named = /\btỉnh\s+(.+)$/u.exec(basis.issuer);
  return named ? named[1]!.trim() : citingProvince;
}

/**
 * The stable slug of a cited document, from its type and number (and province, for a local
 * document): "quyet-dinh-844-qd-ttg", "ke-hoach-2721-kh-ubnd-tay-ninh". A document without a
 * number is named by its issuer and date instead.
 */
export function documentSlug(
  basis: Pick<LegalBasis, 'type' | 'number' | 'date' | 'issuer'>,
  citingProvince: string,
): string {
  const province = documentProvince(basis, citingProvince);
  const name = basis.number
    ? `${basis.type} ${basis.number}`
    : `${basis.type} ${basis.issuer} ${basis.date ?? 'khong-ngay'}`;
  return slugify(`${name} ${province && !fold(name).includes(fold(province)) ? province : ''}`);
}

/** The page of a cited document. */
export const documentPath = (slug: string) => `/van-ban/${slug}/`;

/** The plans with a number, by its slug (the number as compared), in the order of the list: built once per list. */
const plansByNumber = /* @__PURE__ */ perPlanList((entries) => {
  const index = new Map<string, PlanEntry[]>();
  for (const entry of entries) {
    if (!entry.data.plan.number) continue;
    const key = slugify(entry.data.plan.number);
    const same = index.get(key);
    if (same) same.push(entry);
    else index.set(key, [entry]);
  }
  return index;
});

/** The plan on this site with that document number (in that province, when given), if any. */
export function findPlanByNumber<T extends PlanEntry>(
  entries: T[],
  number: string | null,
  province?: string | null,
): T | undefined {
  if (!number) return undefined;
  return plansByNumber(entries)
    .get(slugify(number))
    ?.find((entry) => !province || entry.data.plan.province === province) as T | undefined;
}

/** The plans that implement a document, by its number exactly as written, in the order of the list: built once per list. */
const implementersByNumber = /* @__PURE__ */ perPlanList((entries) => {
  const index = new Map<string, PlanEntry[]>();
  for (const entry of entries) {
    const numbers = new Set(
      entry.data.plan.legalBases.flatMap((basis) =>
        basis.relation === 'implements' && basis.number ? [basis.number] : [],
      ),
    );
    for (const number of numbers) {
      const same = index.get(number);
      if (same) same.push(entry);
      else index.set(number, [entry]);
    }
  }
  return index;
});

/** The plans on this site that implement the document numbered `number` (written the same way), in the order of `entries`. */
export function plansImplementing<T extends PlanEntry>(entries: T[], number: string | null | undefined): T[] {
  return number ? [...((implementersByNumber(entries).get(number) ?? []) as T[])] : [];
}

/** One plan citing a document. */
export interface Citing {
  plan: string;
  relation: Relation;
  /** The document's title as this plan writes it. */
  title: string;
}

/** A document cited by at least one plan, with every plan that cites it. */
export interface CitedDocument {
  slug: string;
  type: string;
  number: string | null;
  date: string | null;
  issuer: string;
  /** The title as the first citing plan writes it. */
  title: string;
  /** The plan on this site that this document is, if any. */
  plan: string | null;
  citedBy: Citing[];
}

const RELATION_ORDER: Relation[] = ['implements', 'basis', 'cites'];

/**
 * The cited-document graph: every document any plan cites, once, with its citing plans in
 * reading order. Documents are sorted by relation (implemented first), then date.
 */
export function citedDocuments(entries: PlanEntry[]): CitedDocument[] {
  const plans = sortPlans(entries);
  const bySlug = new Map<string, CitedDocument>();
  for (const { id, data } of plans) {
    for (const basis of data.plan.legalBases) {
      const slug = documentSlug(basis, data.plan.province);
      let doc = bySlug.get(slug);
      if (!doc) {
        const province = documentProvince(basis, data.plan.province);
        doc = {
          slug,
          type: basis.type,
          number: basis.number,
          date: basis.date,
          issuer: basis.issuer,
          title: basis.title,
          plan: findPlanByNumber(plans, basis.number, province)?.id ?? null,
          citedBy: [],
        };
        bySlug.set(slug, doc);
      }
      doc.date ??= basis.date;
      doc.citedBy.push({ plan: id, relation: basis.relation, title: basis.title });
    }
  }
  const rank = (doc: CitedDocument) => Math.min(...doc.citedBy.map((c) => RELATION_ORDER.indexOf(c.relation)));
  return [...bySlug.values()].sort(
    (a, b) => rank(a) - rank(b) || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.slug.localeCompare(b.slug),
  );
}

/** The graph in numbers: documents, citations, and citations per relation. */
export function graphStats(documents: CitedDocument[]) {
  const citations = documents.flatMap((doc) => doc.citedBy);
  const byRelation = Object.fromEntries(
    RELATION_ORDER.map((relation) => [relation, citations.filter((c) => c.relation === relation).length]),
  ) as Record<Relation, number>;
  return {
    documents: documents.length,
    citations: citations.length,
    byRelation,
    onSite: documents.filter((d) => d.plan).length,
  };
}

/** One step of a plan's hierarchy: a document, and the plan on this site that it is, if any. */
export interface HierarchyStep {
  slug: string;
  label: string;
  title: string;
  plan: string | null;
}

/**
 * Where a plan sits: the chain of documents it implements, from the top (national programme or
 * period plan) down to its direct parent, and the plans on this site that implement it.
 */
export function planHierarchy<T extends PlanEntry>(
  entries: T[],
  id: string,
): { ancestors: HierarchyStep[]; children: T[] } {
  const { byId, parentOf, childrenOf } = hierarchyOf(entries);
  const ancestors: HierarchyStep[] = [];
  const seen = new Set([id]);
  let current = byId.get(id);
  while (current) {
    const step = parentOf.get(current);
    if (!step) break;
    ancestors.unshift({ ...step });
    if (!step.plan || seen.has(step.plan)) break;
    seen.add(step.plan);
    current = byId.get(step.plan);
  }
  const children = (childrenOf.get(id) ?? []).filter((entry) => entry.id !== id) as T[];
  return { ancestors, children };
}

/** Each plan's parent step and each plan's children (in reading order), built once per list of plans. */
const hierarchyOf = /* @__PURE__ */ perPlanList((entries) => {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const parentOf = new Map<PlanEntry, HierarchyStep | null>();
  for (const entry of entries) {
    const basis = entry.data.plan.legalBases.find((b) => b.relation === 'implements');
    if (!basis) {
      parentOf.set(entry, null);
      continue;
    }
    const province = documentProvince(basis, entry.data.plan.province);
    parentOf.set(entry, {
      slug: documentSlug(basis, entry.data.plan.province),
      label: legalBasisLabel(basis),
      title: basis.title,
      plan: findPlanByNumber(entries, basis.number, province)?.id ?? null,
    });
  }
  const childrenOf = new Map<string, PlanEntry[]>();
  for (const entry of sortPlans(entries)) {
    const parent = parentOf.get(entry)?.plan;
    if (!parent) continue;
    const siblings = childrenOf.get(parent);
    if (siblings) siblings.push(entry);
    else childrenOf.set(parent, [entry]);
  }
  return { byId, parentOf, childrenOf };
});
