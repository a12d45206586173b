/**
 * The one place pages read the content from: the corpus of validated plans (src/lib/corpus.ts),
 * the catalogue of known provincial documents linked to it (src/lib/catalogue.ts) and the
 * published /data/ files, each built once per build and shared by every page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalogue, type Catalogue } from './catalogue.ts';
import { buildCorpus, type Corpus } from './corpus.ts';
import { downloads, type Download } from './open-data.ts';
import type { Publication } from './paths.ts';

export type PlanCollectionEntry = CollectionEntry<'plans'>;

// getCollection() makes new entry objects on each call, over the same `data` objects while the
// content is unchanged: the corpus is rebuilt only when one of them changes (in `astro dev`).
let built: {
  data: unknown[];
  corpus: Corpus<PlanCollectionEntry>;
  catalogue?: Catalogue<PlanCollectionEntry>;
  files?: Download[];
} | null = null;

/** The corpus of the site's plans, built once while the content is unchanged. */
export async function getCorpus(): Promise<Corpus<PlanCollectionEntry>> {
  const entries = await getCollection('plans');
  const catalogueEntries = await getCollection('catalogue');
  const data = [...entries, ...catalogueEntries].map((entry) => entry.data);
  if (built && built.data.length === data.length && data.every((item, i) => item === built!.data[i])) {
    return built.corpus;
  }
  built = { data, corpus: buildCorpus(entries) };
  return built.corpus;
}

/** The known provincial documents and provinces, linked to the corpus, built once while the content is unchanged. */
export async function getCatalogue(): Promise<Catalogue<PlanCollectionEntry>> {
  const corpus = await getCorpus();
  built!.catalogue ??= buildCatalogue(await getCollection('catalogue'), corpus);
  return built!.catalogue;
}

/** The day of this build (ISO, UTC): the access date citations give until the reader puts their own. */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);

/** Where and when this build is published: its base, its address (SITE_URL or the canonical one), its date. */
export const PUBLICATION: Publication = {
  base: import.meta.env.BASE_URL,
  site: import.meta.env.SITE!,
  accessed: BUILD_DATE,
};

/** Every file of /data/, serialised once per build: the endpoints serve these bodies and /du-lieu/ lists their sizes. */
export async function getPublishedFiles(): Promise<Download[]> {
  const catalogue = await getCatalogue();
  built!.files ??= downloads(catalogue, PUBLICATION);
  return built!.files;
}

/** The body of one published file. */
export async function publishedFile(path: string): Promise<Download> {
  const file = (await getPublishedFiles()).find((download) => download.path === path);
  if (!file) throw new Error(`Không có tệp dữ liệu ${path}`);
  return file;
}
