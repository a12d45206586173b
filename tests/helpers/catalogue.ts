/** Reads content/catalogue/ the way the collection's loader does, for tests of the real catalogue. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { catalogueEntries } from '../../src/lib/catalogue-file.ts';
import type { CatalogueEntry } from '../../src/lib/catalogue.ts';
import { catalogueEntrySchema } from '../../src/schemas/catalogue.ts';
import { ROOT } from './content.ts';

export const CATALOGUE_DIR = join(ROOT, 'content/catalogue');

export function readCatalogue(dir = CATALOGUE_DIR): CatalogueEntry[] {
  const entries = catalogueEntries(
    JSON.parse(readFileSync(join(dir, 'known-documents.json'), 'utf8')),
    yaml.load(readFileSync(join(dir, 'annotations.yaml'), 'utf8')),
  );
  return entries.map(({ id, ...raw }) => {
    const result = catalogueEntrySchema.safeParse(raw);
    if (!result.success)
      throw new Error(`${id}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { id, data: result.data };
  });
}
