/**
 * What the site search should find of the catalogue of known documents: one entity per entry,
 * found by its Vietnamese label, document number, province (as it was, and the unit it belongs
 * to since 1 July 2025) and kind, leading to the page where the document is best read. Built
 * from the published records (/data/catalogue.json), so that search says exactly what the site
 * says. Pure; the search index is built elsewhere (src/integrations/search-index.ts).
 */
import type { CatalogueRecord } from '../schemas/public-data.ts';
import { DOCUMENT_KINDS } from './document-kinds.ts';

export interface CatalogueSearchEntity {
  /** The entry's id in catalogue.json. */
  id: string;
  /** The site's Vietnamese label of the document. */
  label: string;
  /** As printed ("2721/KH-UBND"); null when no source gives it. */
  number: string | null;
  /** The province as it was when the document was issued. */
  province: string;
  /** The province or city it belongs to since 1 July 2025, when it differs. */
  provinceSince2025: string | null;
  /** The kind in Vietnamese: "Kế hoạch", "Quyết định"… */
  kind: string;
  /** The year of issue, when known, for a year filter. */
  year: string | null;
  /** The page to open (with the deployment base): the plan page, or the document's card on its province page. */
  url: string;
  /** True when the site holds its full text. */
  fullText: boolean;
}

/** The search entities of the catalogue, one per published record, in the records' order. */
export function catalogueSearchEntities(records: readonly CatalogueRecord[]): CatalogueSearchEntity[] {
  return records.map((record) => ({
    id: record.id,
    label: record.title,
    number: record.number,
    province: record.province,
    provinceSince2025:
      record.provinceSince2025 && record.provinceSince2025 !== record.province ? record.provinceSince2025 : null,
    kind: DOCUMENT_KINDS.label(record.kind),
    year: record.date?.slice(0, 4) ?? null,
    url: record.url,
    fullText: record.plan !== null,
  }));
}
