/** /anh/tinh/<province>.png: the picture a shared link to a province with plans shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../lib/collections.ts';
import { provinceSlug } from '../../../lib/paths.ts';
import { provinceCard, renderCard } from '../../../lib/social-image.ts';
import { cardSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  return corpus.provinces.map((province) => ({
    params: { province: provinceSlug(province) },
    props: { province, entries: corpus.plans.filter((entry) => entry.data.plan.province === province) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const png = await renderCard(provinceCard(props.province, props.entries, cardSite(site)));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
