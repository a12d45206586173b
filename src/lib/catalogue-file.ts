/**
 * The catalogue's two files as one list of entries, each with its id: known-documents.json (the
 * compiled facts, `documents`) and annotations.yaml (the site's Vietnamese label and the conflicts
 * between sources, keyed by entry id). The collection validates each entry
 * (src/schemas/catalogue.ts); here only what no single entry can check: ids unique, every
 * annotation naming an entry. Pure: the files are read by the caller.
 */
import { documentSlug } from './legal.ts';
import { slugify } from './vietnamese.ts';

/** The facts an id is made of, as the file writes them. */
export interface IdFacts {
  kind: string;
  number: string | null;
  province: string;
  period?: string | null;
  date?: string | null;
}

/**
 * The stable id of a known document. With a number, the slug of the cited-document page
 * (src/lib/legal.ts), so that a document the plans cite and the catalogue lists is one page and
 * one id: "ke-hoach-2721-kh-ubnd-tay-ninh". Without one, kind, province and the years of its
 * period (or its date): "ke-hoach-quang-ngai-2024", "de-an-tp-ho-chi-minh-2021-2025".
 */
export function catalogueEntryId({ kind, number, province, period, date }: IdFacts): string {
  if (number) return documentSlug({ type: kind, number, date: date ?? null, issuer: province }, province);
  const years = [...(period ?? '').matchAll(/\b(19|20)\d{2}\b/g)].map((m) => m[0]).slice(0, 2);
  return slugify(`${kind} ${province} ${years.length > 0 ? years.join(' ') : (date ?? 'khong ngay')}`);
}

export class CatalogueFileError extends Error {
  override name = 'CatalogueFileError';
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const orNull = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * Every document of known-documents.json with its id and its annotation merged in, in the file's
 * order. Throws, naming them all, for two entries with one id, for an annotation naming no
 * entry, or for a file without a `documents` list.
 */
export function catalogueEntries(
  documentsFile: unknown,
  annotations: unknown,
): ({ id: string } & Record<string, unknown>)[] {
  const documents = (documentsFile as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(documents)) throw new CatalogueFileError('known-documents.json: thiếu danh sách "documents"');
  const notes = (annotations ?? {}) as Record<string, unknown>;
  if (typeof notes !== 'object' || Array.isArray(notes))
    throw new CatalogueFileError('annotations.yaml: phải là một bảng, mỗi khóa là mã một văn bản');
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const entries = documents.map((raw, index) => {
    const doc = (raw ?? {}) as Record<string, unknown>;
    const id = catalogueEntryId({
      kind: text(doc.kind),
      number: orNull(doc.number),
      province: text(doc.province),
      period: orNull(doc.period),
      date: orNull(doc.date),
    });
    const first = seen.get(id);
    if (first !== undefined)
      problems.push(`known-documents.json: mục ${index + 1} và mục ${first + 1} cùng mã "${id}"`);
    else seen.set(id, index);
    const note = (notes[id] && typeof notes[id] === 'object' ? notes[id] : {}) as Record<string, unknown>;
    for (const key of Object.keys(note))
      if (key in doc) problems.push(`annotations.yaml: "${id}" ghi lại trường "${key}" của known-documents.json`);
    return { ...doc, ...note, id };
  });
  for (const id of Object.keys(notes))
    if (!seen.has(id))
      problems.push(`annotations.yaml: "${id}" không phải mã của văn bản nào trong known-documents.json`);
  if (problems.length > 0) throw new CatalogueFileError(problems.join('\n'));
  return entries;
}
