/**
 * Sharing and following, on both builds: every page names itself for a shared link (Open Graph
 * and Twitter: title, description, canonical address, a 1200 × 630 card that is in the build),
 * plans and provinces with their own card; every page links the feed, which lists every plan and
 * every data release with full addresses under the build's site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';
import { BUILDS, listHtml, parseHtml, readText, urlOf } from './dist.ts';
import { parseChangelog } from '../../src/lib/dataset.ts';
import { slugify } from '../../src/lib/vietnamese.ts';

const plans = readPlanFiles().map((file) => ({ slug: file.slug, plan: parsePlan(file) }));
const provinces = [...new Set(plans.map(({ plan }) => plan.plan.province))];
const releases = parseChangelog(
  readFileSync(join(import.meta.dirname, '../../src/pages/du-lieu/_CHANGELOG.md'), 'utf8'),
);

/** The head's sharing metadata of a page: property/name → content, and its canonical link. */
function headOf(html: string) {
  const $ = parseHtml(html);
  const meta = new Map<string, string>();
  for (const el of $('meta[property], meta[name]'))
    meta.set(el.attribs.property ?? el.attribs.name!, el.attribs.content ?? '');
  const canonical = $('link[rel="canonical"]').first().attr('href');
  const feed = $('link[rel="alternate"][type="application/rss+xml"]').first().attr('href');
  return { meta, canonical, feed };
}

/** Width and height of a PNG file, from its IHDR chunk. */
const pngSize = (file: string) => {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), signature: png.subarray(1, 4).toString() };
};

for (const build of BUILDS) {
  const built = existsSync(join(build.dir, 'index.html'));
  const fileOf = (address: string) => {
    expect(address.startsWith(`${build.site}${build.base}`), address).toBe(true);
    return join(build.dir, address.slice(`${build.site}${build.base}`.length));
  };

  describe.runIf(built)(`${build.name}: sharing`, () => {
    const pages = built ? listHtml(build.dir).filter((page) => page !== '404.html') : [];

    it('names every page for a shared link: title, description, canonical address and a card', () => {
      for (const page of pages) {
        const { meta, canonical, feed } = headOf(readText(build.dir, page));
        expect(meta.get('og:url'), page).toBe(canonical);
        expect(canonical, page).toBe(new URL(urlOf(page, build.base), build.site).href);
        for (const key of ['og:title', 'og:description', 'twitter:title', 'twitter:description'])
          expect(meta.get(key)?.length, `${page} ${key}`).toBeGreaterThan(3);
        expect(meta.get('twitter:card')).toBe('summary_large_image');
        expect(meta.get('og:image')).toBe(meta.get('twitter:image'));
        const image = fileOf(meta.get('og:image')!);
        expect(existsSync(image), `${page}: ${image}`).toBe(true);
        expect(feed, page).toBe(`${build.base}rss.xml`);
      }
    });

    it('gives each plan and each province with plans its own card, a real 1200 × 630 PNG', () => {
      const cards = [
        ...plans.map(({ slug }) => [`ke-hoach/${slug}/index.html`, `anh/ke-hoach/${slug}.png`]),
        ...provinces.map((province) => [`tinh/${slugify(province)}/index.html`, `anh/tinh/${slugify(province)}.png`]),
      ];
      for (const [page, card] of cards) {
        expect(headOf(readText(build.dir, page!)).meta.get('og:image'), page).toBe(`${build.site}${build.base}${card}`);
        expect(pngSize(join(build.dir, card!))).toEqual({ width: 1200, height: 630, signature: 'PNG' });
      }
      expect(headOf(readText(build.dir, 'so-sanh/index.html')).meta.get('og:image')).toBe(
        `${build.site}${build.base}anh/ke-hoach-mo.png`,
      );
    });

    it('publishes a feed of every plan and every data release, with full addresses', () => {
      const xml = readText(build.dir, 'rss.xml');
      expect(xml).toMatch(/^<\?xml[^>]*\?><rss version="2.0"/);
      const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
      for (const { slug } of plans) expect(links).toContain(`${build.site}${build.base}ke-hoach/${slug}/`);
      for (const release of releases)
        expect(links).toContain(`${build.site}${build.base}du-lieu/#phien-ban-${release.version.replace(/\./g, '-')}`);
      expect(links).toHaveLength(plans.length + releases.length);
      // The newest release comes first.
      expect(links[0]).toContain(`phien-ban-${releases[0]!.version.replace(/\./g, '-')}`);
    });
  });
}
