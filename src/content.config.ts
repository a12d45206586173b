import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planSchema } from './schemas/plan.ts';

/** Plans (kế hoạch): one MDX file each in content/plans/, frontmatter validated by planSchema. */
const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/plans' }),
  schema: planSchema,
});

export const collections = { plans };
