import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import yaml from 'js-yaml';
import { planSchema } from './schemas/plan.ts';
import { catalogueEntrySchema } from './schemas/catalogue.ts';
import { catalogueEntries } from './lib/catalogue-file.ts';

/** Plans (kế hoạch): one MDX file each in content/plans/, frontmatter validated by planSchema. */
const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/plans' }),
  schema: planSchema,
});

/**
 * The catalogue of known provincial documents (content/catalogue/): the compiled facts of
 * known-documents.json joined with the site's annotations.yaml, one entry per document.
 */
const catalogue = defineCollection({
  loader: async () =>
    catalogueEntries(
      JSON.parse(readFileSync('content/catalogue/known-documents.json', 'utf8')),
      yaml.load(readFileSync('content/catalogue/annotations.yaml', 'utf8')),
    ),
  schema: catalogueEntrySchema,
});

export const collections = { plans, catalogue };
