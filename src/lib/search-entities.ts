/**
 * The entities a query names, shown above its results: an agency of the registry by any of its
 * wordings ("tinh doan", "Sở KH&CN"), a province ("tay ninh"), or a document by its number
 * ("844/QĐ-TTg", "2763/KH-UBND": a cited document, or a plan of the site), or an activity type by
 * its label or a name readers give it ("cuộc thi khởi nghiệp", "co-working"). Only those with a page.
 */
import { getAgency } from './agencies.ts';
import type { Catalog, DocumentEntities } from './search-records.ts';
import { findPhrase, namedAgencies, normalizeWords, phrase } from './search-normalize.ts';

export interface Entity {
  kind: 'co-quan' | 'tinh' | 'van-ban' | 'hoat-dong';
  /** What it is, in Vietnamese: "Cơ quan", "Tỉnh", "Văn bản", "Loại hoạt động". */
  label: string;
  name: string;
  url: string;
}

const KIND_LABEL: Record<Entity['kind'], string> = {
  'co-quan': 'Cơ quan',
  tinh: 'Tỉnh',
  'van-ban': 'Văn bản',
  'hoat-dong': 'Loại hoạt động',
};

/** What names an entity: the catalog's entities, and the documents when they are loaded. */
export type EntityCatalog = Omit<Catalog, 'plans'> & { documents: DocumentEntities };

/** The entities of `catalog` that the query's normalised `words` name, in the order named. */
export function namedEntities(words: string[], catalog: EntityCatalog): Entity[] {
  const found: (Entity & { at: number })[] = [];
  const add = (kind: Entity['kind'], name: string, url: string, at: number) => {
    if (!found.some((e) => e.url === url)) found.push({ kind, label: KIND_LABEL[kind], name, url, at });
  };
  const pages = new Map(catalog.agencies);
  for (const { id, start } of namedAgencies(words)) {
    const url = pages.get(id);
    const agency = getAgency(id);
    if (url) add('co-quan', agency.short ? `${agency.name} (${agency.short})` : agency.name, url, start);
  }
  for (const [name, url] of catalog.provinces) {
    const at = findPhrase(words, phrase(name))[0];
    if (at !== undefined) add('tinh', name, url, at);
  }
  for (const [number, name, url] of catalog.documents) {
    const at = findPhrase(words, normalizeWords(number))[0];
    if (at !== undefined) add('van-ban', name, url, at);
  }
  for (const { name, url, at } of namedActivities(words, catalog.activities)) add('hoat-dong', name, url, at);
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...entity }) => entity);
}

/**
 * The activity types a query names, each at its longest match: a name inside a longer name of
 * another type gives way ("ngày hội" inside "ngày hội khởi nghiệp quốc gia" is Techfest's kind,
 * not a provincial day).
 */
function namedActivities(words: string[], activities: Catalog['activities']) {
  const matches = activities.flatMap(([name, names, url]) =>
    names.flatMap((text) => {
      const needle = phrase(text);
      return findPhrase(words, needle).map((at) => ({ name, url, at, end: at + needle.length }));
    }),
  );
  return matches.filter(
    (m) => !matches.some((o) => o.url !== m.url && o.at <= m.at && o.end >= m.end && o.end - o.at > m.end - m.at),
  );
}
