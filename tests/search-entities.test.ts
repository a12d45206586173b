/** What a query names, shown first: agencies, provinces and documents with a page. */
import { describe, expect, it } from 'vitest';
import { namedEntities } from '../src/lib/search-entities.ts';
import { normalizeWords } from '../src/lib/search-normalize.ts';
import type { Catalog } from '../src/lib/search-records.ts';

const catalog: Omit<Catalog, 'plans'> = {
  provinces: [['Tây Ninh', '/tinh/tay-ninh/']],
  agencies: [['tinh-doan', '/co-quan/tinh-doan/']],
  documents: [
    ['844/QĐ-TTg', 'Quyết định 844/QĐ-TTg', '/van-ban/quyet-dinh-844-qd-ttg/'],
    ['1694/KH-UBND', 'Kế hoạch 1694/KH-UBND của Ủy ban nhân dân tỉnh Tây Ninh', '/ke-hoach/tay-ninh-2022/'],
  ],
};
const named = (q: string) => namedEntities(normalizeWords(q), catalog).map((e) => [e.kind, e.url]);

describe('namedEntities', () => {
  it('finds an agency by any of its wordings', () => {
    expect(named('doan thanh nien cong san ho chi minh')).toEqual([['co-quan', '/co-quan/tinh-doan/']]);
    expect(named('tỉnh đoàn khởi nghiệp')).toEqual([['co-quan', '/co-quan/tinh-doan/']]);
  });
  it('finds a province and a document by its number, in the order named', () => {
    expect(named('tay ninh 1694/KH-UBND')).toEqual([
      ['tinh', '/tinh/tay-ninh/'],
      ['van-ban', '/ke-hoach/tay-ninh-2022/'],
    ]);
    expect(named('quyet dinh 844/qd-ttg')).toEqual([['van-ban', '/van-ban/quyet-dinh-844-qd-ttg/']]);
  });
  it('names nothing for other words, nor for an agency without a page', () => {
    expect(named('khoi nghiep')).toEqual([]);
    expect(named('so khoa hoc va cong nghe')).toEqual([]);
  });
});
