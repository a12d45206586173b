/** /anh/ke-hoach/<slug>.png: the picture a shared link to a plan shows (src/lib/social-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../lib/collections.ts';
import { planCard, renderCard } from '../../../lib/social-image.ts';
import { cardSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () =>
  (await getCorpus()).plans.map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const png = await renderCard(planCard(props.entry, cardSite(site)));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
