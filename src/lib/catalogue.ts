/**
 * The national picture: every known provincial document (the catalogue, src/schemas/catalogue.ts),
 * each linked to the plan of this site that holds its full text and to the cited-document page
 * (/van-ban/) of the same document, and every province before 1 July 2025 with what is known of
 * it. Built once per build from the catalogue collection and the corpus (src/lib/collections.ts);
 * tests build one from fixtures. Pure: no Astro.
 *
 * A plan of the site that no catalogue entry matches is still a known document: it is added as an
 * entry derived from the plan's own metadata (`derived`), so that nothing the site holds is missing
 * from the figures and the map.
 */
import type { CatalogueEntryData } from '../schemas/catalogue.ts';
import type { Corpus } from './corpus.ts';
import { catalogueEntryId } from './catalogue-file.ts';
import type { Coverage } from './coverage.ts';
import { documentProvince } from './legal.ts';
import { knownDocumentPath, planPath, provinceSlug } from './paths.ts';
import { periodLabel, type PlanEntry } from './plans.ts';
import { findProvince, PROVINCES, withKind, type Province } from './provinces.ts';
import { slugify, vietnameseCollator } from './vietnamese.ts';

/** A catalogue collection entry: its id and its validated data. */
export interface CatalogueEntry {
  id: string;
  data: CatalogueEntryData;
}

export interface KnownDocument extends CatalogueEntry {
  /** The province (of the 63 before 1 July 2025) that issued it; null for a plan of the site naming none of them. */
  province: Province | null;
  /** How the site names that province: "Kon Tum", "TP Hồ Chí Minh". */
  provinceName: string;
  /** The plan of this site that holds its full text, if any. */
  plan: string | null;
  /** The slug of its cited-document page (/van-ban/<slug>/) when plans of the site cite it. */
  document: string | null;
  /** Made from a plan of the site that the catalogue file does not list. */
  derived: boolean;
}

/** A province and what is known of it. */
export interface ProvinceCoverage {
  /** Of the 63; null for a province a plan of the site names that is none of them. */
  province: Province | null;
  name: string;
  slug: string;
  /** "Tỉnh Kon Tum", "Thành phố Hà Nội". */
  title: string;
  /** The same inside a sentence: "tỉnh Kon Tum", "thành phố Hồ Chí Minh". */
  named: string;
  coverage: Coverage;
  /** Its known documents, dated first in date order, then the undated. */
  documents: readonly KnownDocument[];
  /** Its plans on this site, in reading order. */
  plans: readonly PlanEntry[];
}

export interface CatalogueFigures {
  /** Known documents (the catalogue's, plus any plan of the site it does not list). */
  documents: number;
  /** Provinces (of the 63) with at least one known document. */
  provinces: number;
  /** Plans read here in full. */
  fullTexts: number;
  /** Provinces (of the 63) with a plan read here in full. */
  provincesWithFullText: number;
  /** Provinces (of the 63) for which no document was found. */
  nothingFound: number;
  dated: number;
  undated: number;
  /** Documents known only from a weak source. */
  weak: number;
  /** Documents on which sources disagree. */
  conflicts: number;
}

export interface Catalogue<E extends PlanEntry = PlanEntry> {
  /** Every known document: by province, then date (undated last). */
  readonly documents: readonly KnownDocument[];
  document(id: string): KnownDocument | undefined;
  /** The catalogue entry of a plan of this site. */
  ofPlan(planId: string): KnownDocument | undefined;
  /** The catalogue entry that a cited document (/van-ban/<slug>/) is, if any. */
  ofCitedDocument(slug: string): KnownDocument | undefined;
  /** The 63 provinces before 1 July 2025, in the order of provinces-2025.json (grouped by their unit since). */
  readonly provinces: readonly ProvinceCoverage[];
  /** The provinces that get a page: every one with a known document, and any other a plan of the site names. */
  readonly pages: readonly ProvinceCoverage[];
  /** A province's coverage, by any spelling of its name or by its page slug. */
  coverageOf(nameOrSlug: string): ProvinceCoverage | undefined;
  readonly figures: CatalogueFigures;
  /** The plans of the corpus, for the pages that list a province's plans. */
  readonly corpus: Corpus<E>;
}

/** The page a known document is best read on: its plan's page when the site holds its text, else its card on the province page. */
export function knownDocumentHref(doc: Pick<KnownDocument, 'id' | 'plan' | 'provinceName'>): string {
  return doc.plan ? planPath(doc.plan) : knownDocumentPath(doc.provinceName, doc.id);
}

const sameProvince = (a: string, b: string) => {
  const pa = findProvince(a);
  return pa ? pa === findProvince(b) : slugify(a) === slugify(b);
};
const sameNumber = (a: string | null, b: string | null | undefined) => !!a && !!b && slugify(a) === slugify(b);

/** Dated first, by date; then undated, by id. */
const byDate = (a: KnownDocument, b: KnownDocument) =>
  (a.data.date ?? '9999').localeCompare(b.data.date ?? '9999') || a.id.localeCompare(b.id);

/** A plan of the site that the catalogue does not list, as a known document of its own. */
function derivedEntry(entry: PlanEntry): CatalogueEntry {
  const { plan } = entry.data;
  const period = periodLabel(plan);
  const primary = plan.sources.find((source) => source.role === 'primary') ?? plan.sources[0];
  return {
    id: catalogueEntryId({ kind: 'Kế hoạch', number: plan.number, province: plan.province, period, date: plan.issued }),
    data: {
      province: plan.province,
      number: plan.number,
      kind: 'ke-hoach',
      date: plan.issued,
      period,
      label: plan.title,
      signer: plan.signer.name || null,
      source: primary?.file ?? '',
      evidence: 'The full text is on this site; the catalogue file does not list the document yet.',
      relation: plan.kind === 'hang-nam' ? 'annual-plan' : 'provincial-plan',
      confidence: 'source-text',
      title: plan.title,
      conflicts: [],
    },
  };
}

/** The national picture from the catalogue's entries (any order) and the corpus of the site's plans. */
export function buildCatalogue<E extends PlanEntry>(
  entries: readonly CatalogueEntry[],
  corpus: Corpus<E>,
): Catalogue<E> {
  // Which plan of the site holds each entry's text: in the same province, the same number or the same raw text file.
  const planOfEntry = new Map<string, string>();
  const entryOfPlan = new Map<string, string>();
  for (const entry of entries) {
    const { number, province, source } = entry.data;
    const plan = corpus.plans.find(
      ({ data }) =>
        sameProvince(province, data.plan.province) &&
        (sameNumber(number, data.plan.number) ||
          (source.startsWith('sources/') && data.plan.sources.some((s) => s.file === source))),
    );
    if (!plan) continue;
    const other = entryOfPlan.get(plan.id);
    if (other) throw new Error(`Danh mục văn bản: hai mục "${other}" và "${entry.id}" cùng là kế hoạch ${plan.id}`);
    entryOfPlan.set(plan.id, entry.id);
    planOfEntry.set(entry.id, plan.id);
  }
  const derived: CatalogueEntry[] = [];
  for (const plan of corpus.plans) {
    if (entryOfPlan.has(plan.id)) continue;
    const entry = derivedEntry(plan);
    // An unnumbered plan can share kind, province and years with an entry it is not: keep ids unique.
    if ([...entries, ...derived].some((other) => other.id === entry.id)) entry.id = `${entry.id}-${plan.id}`;
    derived.push(entry);
    entryOfPlan.set(plan.id, entry.id);
    planOfEntry.set(entry.id, plan.id);
  }

  // Which cited document (a legal basis of a plan) each entry is: same number, same province.
  const citedOf = (entry: CatalogueEntry) =>
    corpus.documents.find((doc) => {
      if (!sameNumber(entry.data.number, doc.number)) return false;
      const citing = corpus.plan(doc.citedBy[0]!.plan)!;
      const province = documentProvince(doc, citing.data.plan.province);
      return province !== null && sameProvince(entry.data.province, province);
    })?.slug ?? null;

  const known = [...entries, ...derived].map((entry): KnownDocument => {
    const province = findProvince(entry.data.province) ?? null;
    return {
      ...entry,
      province,
      provinceName: province?.short ?? entry.data.province,
      plan: planOfEntry.get(entry.id) ?? null,
      document: citedOf(entry),
      derived: derived.includes(entry),
    };
  });
  const documents = Object.freeze(
    [...known].sort((a, b) => vietnameseCollator.compare(a.provinceName, b.provinceName) || byDate(a, b)),
  );

  const coverage = (province: Province | null, name: string): ProvinceCoverage => {
    const mine = documents.filter((doc) => (province ? doc.province === province : doc.provinceName === name));
    const plans = corpus.plans.filter((plan) =>
      province ? findProvince(plan.data.plan.province) === province : plan.data.plan.province === name,
    );
    const state: Coverage =
      plans.length > 0
        ? 'full-text'
        : mine.length === 0
          ? 'none'
          : mine.every((doc) => doc.data.confidence === 'weak')
            ? 'weak-only'
            : 'known';
    return {
      province,
      name,
      slug: provinceSlug(name),
      title: province?.title ?? `Tỉnh ${name}`,
      named: province ? withKind(province) : `tỉnh ${name}`,
      coverage: state,
      documents: Object.freeze([...mine].sort(byDate)),
      plans: Object.freeze(plans),
    };
  };
  const provinces = Object.freeze(PROVINCES.map((province) => coverage(province, province.short)));
  const outside = [...new Set(known.filter((doc) => !doc.province).map((doc) => doc.provinceName))].map((name) =>
    coverage(null, name),
  );
  const pages = Object.freeze([...provinces.filter((p) => p.coverage !== 'none'), ...outside]);

  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const byPlan = new Map(documents.filter((doc) => doc.plan).map((doc) => [doc.plan!, doc]));
  const byCited = new Map(documents.filter((doc) => doc.document).map((doc) => [doc.document!, doc]));
  const bySlug = new Map(pages.map((page) => [page.slug, page]));

  return {
    documents,
    document: (id) => byId.get(id),
    ofPlan: (planId) => byPlan.get(planId),
    ofCitedDocument: (slug) => byCited.get(slug),
    provinces,
    pages,
    coverageOf(nameOrSlug) {
      const province = findProvince(nameOrSlug);
      if (province) return provinces.find((p) => p.province === province);
      return bySlug.get(nameOrSlug) ?? pages.find((p) => p.name === nameOrSlug);
    },
    figures: {
      documents: documents.length,
      provinces: provinces.filter((p) => p.coverage !== 'none').length,
      fullTexts: corpus.plans.length,
      provincesWithFullText: provinces.filter((p) => p.coverage === 'full-text').length,
      nothingFound: provinces.filter((p) => p.coverage === 'none').length,
      dated: documents.filter((doc) => doc.data.date).length,
      undated: documents.filter((doc) => !doc.data.date).length,
      weak: documents.filter((doc) => doc.data.confidence === 'weak').length,
      conflicts: documents.filter((doc) => doc.data.conflicts.length > 0).length,
    },
    corpus,
  };
}
