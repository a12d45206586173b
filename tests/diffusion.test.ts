/**
 * Policy diffusion, on the fixture catalogue: every dated document placed exactly once, in its
 * province's row, at its date; the undated never placed but returned; provinces in the order of
 * their first document; the three generations as bands; dots of one row not covering each other.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../src/lib/catalogue.ts';
import { buildCorpus } from '../src/lib/corpus.ts';
import {
  describeDiffusion,
  dotName,
  dotStyle,
  GENERATIONS,
  layoutDiffusion,
  yearsSpanned,
} from '../src/lib/diffusion.ts';
import { textWidth } from '../src/lib/timeline.ts';
import { fixtureCatalogueEntries, fixtureEntries } from './helpers/catalogue-fixture.ts';
import { fixtureCorpusPlans } from './helpers/plan-fixture.ts';

const catalogue = buildCatalogue(fixtureCatalogueEntries(), buildCorpus(fixtureCorpusPlans()));
const { documents } = catalogue;
const span = yearsSpanned(documents);

describe.each([360, 760])('diffusion chart %i px wide', (width) => {
  const layout = layoutDiffusion(documents, { width, ...span });
  const dots = layout.rows.flatMap((row) => row.dots);

  it('places every dated document exactly once, and no undated one', () => {
    const dated = documents.filter((doc) => doc.data.date).map((doc) => doc.id);
    expect(dots.map((dot) => dot.doc.id).sort()).toEqual([...dated].sort());
    expect(layout.undated.map((doc) => doc.id).sort()).toEqual(
      documents
        .filter((doc) => !doc.data.date)
        .map((doc) => doc.id)
        .sort(),
    );
  });

  it('puts each dot in its province’s row, inside the plot, later documents further right', () => {
    for (const row of layout.rows) {
      for (const dot of row.dots) {
        expect(dot.doc.provinceName).toBe(row.province);
        expect(dot.x).toBeGreaterThanOrEqual(layout.plot.x0);
        expect(dot.x).toBeLessThanOrEqual(layout.plot.x1);
      }
      const xs = row.dots.map((dot) => dot.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
  });

  it('orders provinces by their first document', () => {
    const firsts = layout.rows.map((row) => row.dots[0]!.doc.data.date!);
    expect(firsts).toEqual([...firsts].sort());
    expect(layout.rows[0]!.province).toBe('Lào Cai');
  });

  it('draws the three generations, the last one at least begun', () => {
    expect(layout.generations).toHaveLength(GENERATIONS.length);
    expect(span.to).toBeGreaterThanOrEqual(GENERATIONS[2].start);
    for (const band of layout.generations) {
      expect(band.x1).toBeGreaterThan(band.x0);
      expect(textWidth(band.label, layout.fontSize)).toBeLessThanOrEqual(band.x1 - band.x0);
    }
    expect(layout.merger).not.toBeNull();
  });

  it('keeps row labels within the label column', () => {
    for (const row of layout.rows) expect(textWidth(row.label, layout.fontSize)).toBeLessThanOrEqual(layout.plot.x0);
  });
});

describe('dots', () => {
  it('move close documents of one province to another lane', () => {
    const close = fixtureEntries([
      { province: 'Lạng Sơn', number: '1/KH-UBND', date: '2019-02-15' },
      { province: 'Lạng Sơn', number: '2/KH-UBND', date: '2019-02-20' },
      { province: 'Lạng Sơn', number: '3/KH-UBND', date: '2019-03-01' },
    ]);
    const layout = layoutDiffusion(buildCatalogue(close, buildCorpus([])).documents, {
      width: 360,
      from: 2017,
      to: 2026,
    });
    expect(new Set(layout.rows[0]!.dots.map((dot) => dot.y)).size).toBe(3);
  });

  it('are named in words, and say when the source is weak or the text is here', () => {
    const weak = catalogue.document('nghi-quyet-91-2018-nq-hdnd-ha-tinh')!;
    expect(dotStyle(weak)).toBe('weak');
    expect(dotName(weak)).toBe(
      'Hà Tĩnh: Nghị quyết 91/2018/NQ-HĐND ngày 18/07/2018. Văn bản thử nghi-quyet-91-2018-nq-hdnd-ha-tinh. Văn bản liên quan. Chỉ từ nguồn yếu, chưa kiểm chứng.',
    );
    const here = catalogue.document('ke-hoach-2721-kh-ubnd-tay-ninh')!;
    expect(dotStyle(here)).toBe('full-text');
    expect(dotName(here)).toContain('Toàn văn có trên trang.');
  });

  it('are summed up in one paragraph, with the undated counted', () => {
    const text = describeDiffusion(layoutDiffusion(documents, { width: 760, ...span }));
    expect(text).toMatch(/^6 văn bản có ngày ban hành của 4 tỉnh/);
    expect(text).toContain('tỉnh sớm nhất là Lào Cai (24/10/2017)');
    expect(text).toContain('2 văn bản không rõ ngày được liệt kê riêng');
  });
});
