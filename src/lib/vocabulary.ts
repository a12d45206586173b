/**
 * A controlled vocabulary: a closed list of terms, each with a stable id (the value stored in
 * content and published in /data/), a Vietnamese label for the site, and optionally an English
 * gloss and a one-line definition. Every vocabulary of the site (themes, target groups, plan and
 * goal kinds, relations, metrics, source roles, timing kinds, agency kinds) is one module built
 * with `vocabulary()`, so pages, schemas' descriptions, data files and browser code read the same
 * labels from one place.
 *
 * Ids follow one rule (also in content/README.md): a term of the plans' own vocabulary, a
 * Vietnamese administrative or domain notion, has a Vietnamese slug without diacritics
 * ("giai-doan", "muc-tieu-chung"); a term of this site's data model, describing how the data is
 * read, has an English word ("implements", "deadline", "primary"). Published ids never change
 * without a new data version in src/pages/du-lieu/_CHANGELOG.md.
 */
export interface Term<Id extends string = string> {
  id: Id;
  label: string;
  /** English gloss, for readers and for code comments. */
  en?: string;
  /** One sentence on what the term covers. */
  description?: string;
}

export interface Vocabulary<T extends Term> {
  /** What the vocabulary lists, in Vietnamese, for error messages ("chủ đề"). */
  readonly name: string;
  readonly terms: readonly T[];
  /** The ids in order, typed for z.enum(). */
  readonly ids: [T['id'], ...T['id'][]];
  has(id: string): id is T['id'];
  /** The term with this id; throws for an id outside the vocabulary. */
  get(id: string): T;
  label(id: string): string;
  /** "a = nhãn; b = nhãn": the meaning of each id, for a schema description. */
  glossary(describe?: (term: T) => string): string;
}

export function vocabulary<const T extends Term>(name: string, terms: readonly T[]): Vocabulary<T> {
  const byId = new Map(terms.map((term) => [term.id, term]));
  if (byId.size !== terms.length) throw new Error(`${name}: mã trùng lặp`);
  const get = (id: string): T => {
    const term = byId.get(id);
    if (!term) throw new Error(`${name} không có trong danh mục: "${id}"`);
    return term;
  };
  return {
    name,
    terms,
    ids: terms.map((term) => term.id) as [T['id'], ...T['id'][]],
    has: (id: string): id is T['id'] => byId.has(id),
    get,
    label: (id) => get(id).label,
    glossary: (describe = (term) => term.label) => terms.map((term) => `${term.id} = ${describe(term)}`).join('; '),
  };
}
