/**
 * The national picture as built, in both builds: every catalogue entry on its province page (weak
 * sources said to be weak, conflicts with both claims); the map with one link per province before
 * 1 July 2025, agreeing with provinces.json; the diffusion chart placing every dated document
 * exactly once and listing the undated; the plans and their entries linked both ways, the parent
 * plans one page with their entries; the province pages without a province column, their theme
 * counts leading to the tasks, and no link that contradicts its own words; catalogue.csv holding
 * what catalogue.json holds. Counts come from the published files, not from the test.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { BUILDS, parseHtml, textOf, type Build } from './dist.ts';
import { parseCsv } from '../helpers/parse-csv.ts';
import type { CatalogueRecord, PlanRecord, ProvinceRecord } from '../../src/schemas/public-data.ts';

const pages = new Map<string, CheerioAPI>();
/** A selection of elements, as `find()` returns it. */
type Node = ReturnType<ReturnType<CheerioAPI['root']>['find']>;

describe.each(BUILDS)('the national picture in $name', (build: Build) => {
  const json = <T>(file: string): T => JSON.parse(readFileSync(join(build.dir, 'data', file), 'utf8')) as T;
  const catalogue = json<CatalogueRecord[]>('catalogue.json');
  const provinces = json<ProvinceRecord[]>('provinces.json');
  const plans = json<PlanRecord[]>('plans.json');
  /** The parsed page at a site path (with the build's base, as links write it). */
  const page = (href: string): CheerioAPI => {
    const path = href.split('#')[0]!.slice(build.base.length);
    const key = `${build.name}:${path}`;
    if (!pages.has(key)) pages.set(key, parseHtml(readFileSync(join(build.dir, path, 'index.html'), 'utf8')));
    return pages.get(key)!;
  };
  const root = ($: CheerioAPI): Node => $.root().children() as Node;
  const provincePage = (slug: string) => page(`${build.base}tinh/${slug}/`);
  const hrefs = (node: Node) =>
    node
      .find('a')
      .addBack('a')
      .map((_, a) => ('attribs' in a ? (a.attribs.href ?? '') : ''))
      .get();
  const byId = ($: CheerioAPI, id: string): Node | undefined => {
    const found = $('[id]').filter((_, el) => el.attribs.id === id);
    return found.length ? (found.first() as Node) : undefined;
  };
  const card = (record: CatalogueRecord) => byId(provincePage(record.provinceSlug), record.id);

  it('shows every entry on its province page, with its number, source and status', () => {
    expect(catalogue.length).toBeGreaterThan(0);
    for (const record of catalogue) {
      const node = card(record);
      expect(node, `${record.id} on /tinh/${record.provinceSlug}/`).toBeDefined();
      const words = textOf(node!);
      expect(words).toContain(record.title);
      if (record.number && !record.conflicts.some((c) => c.field === 'number')) expect(words).toContain(record.number);
      if (!record.number) expect(words).toContain('Chưa rõ (không nguồn nào ghi số hiệu)');
      if (!record.date) expect(words).toContain('Chưa rõ (không nguồn nào ghi ngày)');
      if (/^https?:/.test(record.source)) expect(hrefs(node!), record.id).toContain(record.source);
      expect(words.includes('Nguồn yếu, chưa kiểm chứng'), record.id).toBe(record.weakSource);
      expect(words.includes('Có toàn văn trên trang'), record.id).toBe(record.plan !== null);
      if (!record.plan) expect(hrefs(node!), record.id).toContain(`${build.base}gioi-thieu/#them-ke-hoach`);
      if (!record.plan) expect(hrefs(node!), record.id).toContain(`${build.base}them-ke-hoach/`);
    }
  });

  it('shows each conflict between sources with every claim, not one chosen value', () => {
    const conflicting = catalogue.filter((record) => record.conflicts.length > 0);
    expect(conflicting.length).toBeGreaterThan(0);
    for (const record of conflicting) {
      const words = textOf(card(record)!);
      expect(words).toContain('Các nguồn ghi khác nhau');
      for (const claim of record.conflicts.flatMap((c) => c.claims)) expect(words).toContain(`“${claim.value}”`);
    }
  });

  it.each(['', 'tinh/'])('draws the map on /%s: one link per province, coloured as provinces.json says', (path) => {
    const svg = page(`${build.base}${path}`)('.tm-svg').first();
    const links = svg.find('.tm-link').toArray();
    expect(links).toHaveLength(provinces.length);
    expect(provinces).toHaveLength(63);
    for (const province of provinces) {
      const link = links.find((a) => a.attribs['aria-label']!.includes(` ${province.name}:`));
      expect(link, province.name).toBeDefined();
      expect(link!.attribs.class).toContain(`tm-${province.coverage}`);
      expect(link!.attribs.href).toBe(province.url ?? `${build.base}tinh/#${province.slug}`);
      expect(
        svg
          .find('.tm-link')
          .filter((_, a) => a === link)
          .find('title').length,
        province.name,
      ).toBe(1);
    }
    // The 34 units since 1 July 2025 are outlined.
    expect(svg.find('.tm-units').first().attr('d')).toMatch(/^M/);
  });

  it('lists the 63 provinces beside the map, each row where the map sends it', () => {
    const index = page(`${build.base}tinh/`);
    for (const province of provinces) {
      const row = index('tr[id]').filter((_, tr) => tr.attribs.id === province.slug);
      expect(row.length, province.name).toBe(1);
      const cells = row
        .find('td')
        .map((_, td) => textOf(index(td)))
        .get();
      expect(cells).toEqual([String(province.documents.length), String(province.plans.length)]);
    }
    const units = new Set(provinces.map((province) => province.since2025.name)).size;
    expect(textOf(index('#bang-tinh + p'))).toContain(
      `${provinces.length} tỉnh, thành phố như trước ngày 01/07/2025, nhóm theo ${units} tỉnh, thành phố từ ngày đó`,
    );
  });

  it('places every dated document exactly once on the diffusion chart, in each drawing', () => {
    const chart = page(`${build.base}danh-muc/`);
    const dated = catalogue.filter((record) => record.date);
    for (const variant of ['df-narrow', 'df-wide']) {
      const svg = chart(`.${variant}`).first();
      const placed = svg
        .find('.df-link')
        .map((_, a) => a.attribs['aria-label']!)
        .get();
      expect(placed, variant).toHaveLength(dated.length);
      for (const record of dated) {
        const label = `${record.number ?? '(chưa rõ số hiệu)'} ngày ${record.date!.split('-').reverse().join('/')}. ${record.title}.`;
        expect(
          placed.filter((name) => name.includes(label)),
          `${variant}: ${record.id}`,
        ).toHaveLength(1);
      }
    }
  });

  it('lists every undated document apart, linked to where it is read', () => {
    const list = page(`${build.base}danh-muc/`)('.undated-list').first() as Node;
    const undated = catalogue.filter((record) => !record.date);
    expect(list.find('li')).toHaveLength(undated.length);
    for (const record of undated) expect(hrefs(list)).toContain(record.url);
  });

  it('links each plan with its catalogue entry, both ways', () => {
    for (const plan of plans) {
      const record = catalogue.find((r) => r.plan === plan.id)!;
      expect(record, plan.id).toBeDefined();
      expect(plan.catalogue).toBe(record.id);
      expect(hrefs(root(page(plan.url)))).toContain(`${build.base}tinh/${record.provinceSlug}/#${record.id}`);
      expect(hrefs(card(record)!)).toContain(plan.url);
    }
  });

  it('makes a cited parent plan one document: its /van-ban/ page and its entry link each other', () => {
    const cited = catalogue.filter((record) => record.document);
    expect(cited.length).toBeGreaterThan(0);
    for (const record of cited) {
      expect(record.document).toBe(record.id);
      const documentPage = `${build.base}van-ban/${record.document}/`;
      expect(hrefs(root(page(documentPage)))).toContain(`${build.base}tinh/${record.provinceSlug}/#${record.id}`);
      expect(hrefs(card(record)!)).toContain(documentPage);
    }
  });

  it('gives a province page no province column, and theme counts that lead to those tasks', () => {
    const withPlans = provinces.filter((p) => p.plans.length > 0);
    expect(withPlans.length).toBeGreaterThan(0);
    for (const province of withPlans) {
      const $ = provincePage(province.slug);
      const headers = $('.plan-table')
        .first()
        .find('th')
        .map((_, th) => textOf($(th)))
        .get();
      expect(headers, province.name).not.toContain('Tỉnh');
      const links = hrefs(root($)).filter((href) => /so-sanh\/.*#chu-de-/.test(href));
      expect(links.length, province.name).toBeGreaterThan(0);
      for (const href of links) {
        const anchor = href.split('#')[1]!;
        expect(byId(page(href), anchor), href).toBeDefined();
      }
      // A link to a cited document is never called "not on the site" beside it.
      expect(textOf($.root()), province.name).not.toContain('văn bản này chưa có trên trang');
    }
  });

  it('publishes catalogue.csv with the same entries as catalogue.json', () => {
    const csv = readFileSync(join(build.dir, 'data/catalogue.csv'), 'utf8');
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(catalogue.length);
    expect(rows.map((row) => row[header!.indexOf('id')])).toEqual(catalogue.map((r) => r.id));
    expect(rows.map((row) => row[header!.indexOf('weakSource')])).toEqual(catalogue.map((r) => String(r.weakSource)));
  });

  it('has a page for every province with a known document, and none for the others', () => {
    for (const province of provinces)
      expect(existsSync(join(build.dir, 'tinh', province.slug, 'index.html')), province.name).toBe(
        province.coverage !== 'none',
      );
  });
});
