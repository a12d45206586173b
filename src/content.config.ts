import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { planSchema } from './schemas/plan.ts';
import yaml from 'js-yaml';
import { catalogueEntrySchema } from './schemas/catalogue.ts';
import { catalogueEntries } from './lib/catalogue-file.ts';
import { planFileOptions, PlanFileError, PlanFilesError, readPlanFile, readPlanFolder } from './lib/plan-file.ts';

const PLANS_DIR = 'content/plans';

/**
 * The MDX files of content/plans/, loaded by Astro's glob loader, each read and checked by
 * src/lib/plan-file.ts (the reader the tests use): all of them before any is loaded, so that a
 * build lists the problems of every broken file, each with its line and field, and no file Astro
 * has cached escapes the checks (a source file removed since). The entry's data is the plan that
 * reader validated with planSchema, this collection's schema, so it is not validated twice.
 */
function planFiles(): Loader {
  const files = glob({ pattern: '*.mdx', base: `./${PLANS_DIR}` });
  return {
    name: 'plan-files',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const read = new Map<string, { text: string; plan: unknown }>();
      try {
        for (const entry of readPlanFolder(join(root, PLANS_DIR), root))
          read.set(join(root, entry.file), { text: entry.text, plan: entry.plan });
      } catch (error) {
        throw withoutStack(error);
      }
      await files.load({
        ...context,
        parseData: async ({ filePath }) => {
          const path = filePath ?? '';
          const text = readFileSync(path, 'utf8');
          // In `astro dev`, a file changed since the load is read again.
          const known = read.get(path);
          if (known?.text === text) return known.plan as never;
          try {
            return readPlanFile(text, planFileOptions(path, root)).plan as never;
          } catch (error) {
            throw withoutStack(error);
          }
        },
      });
      read.clear();
    },
  };
}

/** A content error's message says all there is to fix; Astro would print the stack trace under it. */
function withoutStack(error: unknown) {
  if (error instanceof PlanFileError || error instanceof PlanFilesError) error.stack = '';
  return error;
}

/** Plans (kế hoạch): one MDX file each in content/plans/, frontmatter validated by planSchema. */
const plans = defineCollection({ loader: planFiles(), schema: planSchema });

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
