/**
 * /rss.xml: the feed a reader follows to hear of new plans and new releases of the data (RSS 2.0,
 * written by @astrojs/rss, linked from every page's head). A plan's item is dated by its issue
 * date when known; a release by its date in src/pages/du-lieu/_CHANGELOG.md.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCorpus, PUBLICATION } from '../lib/collections.ts';
import { parseChangelog, releaseAnchor } from '../lib/dataset.ts';
import { PLAN_KINDS } from '../lib/plan-kinds.ts';
import { periodLabel } from '../lib/plans.ts';
// Full addresses, as the site writes them (a page ends with "/", an anchor comes last).
import { permalinkOf, planPath } from '../lib/paths.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';
import changelogText from './du-lieu/_CHANGELOG.md?raw';

export const GET: APIRoute = async ({ site }) => {
  const { plans } = await getCorpus();
  const planItems = plans.map(({ id, data: { plan, tasks } }) => ({
    title: `${plan.province}: ${PLAN_KINDS.label(plan.kind)} ${periodLabel(plan)}${plan.number ? ` (${plan.number})` : ''}`,
    link: permalinkOf(planPath(id), PUBLICATION),
    description: `${plan.title}. ${tasks.length} nhiệm vụ, toàn văn và dữ liệu.`,
    pubDate: plan.issued ? new Date(`${plan.issued}T00:00:00Z`) : undefined,
    categories: ['Kế hoạch', plan.province],
  }));
  const releaseItems = parseChangelog(changelogText).map((release) => ({
    title: `Dữ liệu phiên bản ${release.version}`,
    link: permalinkOf(`/du-lieu/#${releaseAnchor(release.version)}`, PUBLICATION),
    // The changelog's Markdown code marks (`timing.start`) read as plain text.
    description: release.changes.join(' ').replace(/`/g, ''),
    pubDate: new Date(`${release.date}T00:00:00Z`),
    categories: ['Dữ liệu'],
  }));
  // Newest first; plans with no known date after the dated items.
  const items = [...releaseItems, ...planItems].sort(
    (a, b) => (b.pubDate?.getTime() ?? -Infinity) - (a.pubDate?.getTime() ?? -Infinity),
  );
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: site!,
    items,
    customData: '<language>vi</language>',
  });
};
