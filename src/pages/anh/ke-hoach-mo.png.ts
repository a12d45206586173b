/** /anh/ke-hoach-mo.png: the picture a shared link to any other page of the site shows. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { renderCard, siteCard } from '../../lib/social-image.ts';
import { cardSite, SITE_TAGLINE } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const png = await renderCard(siteCard((await getCorpus()).plans, SITE_TAGLINE, cardSite(site)));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
