/**
 * Legal bases (căn cứ) and other documents a plan cites, as a graph: each cited document gets a
 * stable slug and a page (/van-ban/<slug>/) listing the plans that cite it and how; and each
 * plan's parent (the document it implements). The lookups over all plans are built once, in
 * src/lib/corpus.ts, and passed in.
 */
import type { Plan } from '../schemas/plan.ts';
import { formatDate, type PlanEntry } from './plans.ts';
import { RELATIONS, type Relation } from './relations.ts';
import { fold, slugify } from './vietnamese.ts';

export type LegalBasis = Plan['plan']['legalBases'][number];
export type { Relation };

/** The plan on this site with a document number (in a province, when given), if any. */
export type PlanByNumber = (number: string | null, province?: string | null) => PlanEntry | undefined;

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

const RELATION_ORDER = RELATIONS.ids;

/**
 * The cited-document graph: every document any plan cites, once, with its citing plans in
 * reading order (the order of `plans`). Documents are sorted by relation (implemented first), then date.
 */
export function citedDocuments(plans: readonly PlanEntry[], planByNumber: PlanByNumber): CitedDocument[] {
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
          plan: planByNumber(basis.number, province)?.id ?? null,
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
export function graphStats(documents: readonly CitedDocument[]) {
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

/** The document a plan implements (its parent plan or programme), and that plan if it is on this site; null when none. */
export function parentStep(entry: PlanEntry, planByNumber: PlanByNumber): HierarchyStep | null {
  const basis = entry.data.plan.legalBases.find((b) => b.relation === 'implements');
  if (!basis) return null;
  return {
    slug: documentSlug(basis, entry.data.plan.province),
    label: legalBasisLabel(basis),
    title: basis.title,
    plan: planByNumber(basis.number, documentProvince(basis, entry.data.plan.province))?.id ?? null,
  };
}
