/** What a query names, shown first: agencies, provinces and documents with a page. */
import { describe, expect, it } from 'vitest';
import { namedEntities, type EntityCatalog } from '../src/lib/search-entities.ts';
import { normalizeWords } from '../src/lib/search-normalize.ts';

const catalog: EntityCatalog = {
  provinces: [['Tây Ninh', '/tinh/tay-ninh/']],
  agencies: [['tinh-doan', '/co-quan/tinh-doan/']],
  documents: [
    ['844/QĐ-TTg', 'Quyết định 844/QĐ-TTg', '/van-ban/quyet-dinh-844-qd-ttg/'],
    ['1694/KH-UBND', 'Kế hoạch 1694/KH-UBND của Ủy ban nhân dân tỉnh Tây Ninh', '/ke-hoach/tay-ninh-2022/'],
  ],
  activities: [
    ['Cuộc thi khởi nghiệp', ['Cuộc thi khởi nghiệp', 'cuộc thi ý tưởng', 'cuộc thi'], '/hoat-dong/cuoc-thi/'],
    ['Ngày hội khởi nghiệp', ['Ngày hội khởi nghiệp', 'ngày hội'], '/hoat-dong/ngay-hoi/'],
    [
      'Tham gia sự kiện, chương trình quốc gia',
      ['techfest', 'ngày hội khởi nghiệp quốc gia'],
      '/hoat-dong/su-kien-quoc-gia/',
    ],
    [
      'Không gian làm việc chung',
      ['Không gian làm việc chung', 'co-working', 'khu làm việc chung'],
      '/hoat-dong/khong-gian-lam-viec-chung/',
    ],
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
  it('finds an activity type by its label or a name readers give it, with or without diacritics', () => {
    expect(named('cuộc thi khởi nghiệp')).toEqual([['hoat-dong', '/hoat-dong/cuoc-thi/']]);
    expect(named('khong gian lam viec chung')).toEqual([['hoat-dong', '/hoat-dong/khong-gian-lam-viec-chung/']]);
    expect(named('co-working tay ninh')).toEqual([
      ['hoat-dong', '/hoat-dong/khong-gian-lam-viec-chung/'],
      ['tinh', '/tinh/tay-ninh/'],
    ]);
    expect(namedEntities(normalizeWords('cuoc thi y tuong'), catalog)[0]).toEqual({
      kind: 'hoat-dong',
      label: 'Loại hoạt động',
      name: 'Cuộc thi khởi nghiệp',
      url: '/hoat-dong/cuoc-thi/',
    });
  });
  it('names an activity type by its longest name: a name inside a longer one of another type gives way', () => {
    expect(named('ngày hội khởi nghiệp quốc gia')).toEqual([['hoat-dong', '/hoat-dong/su-kien-quoc-gia/']]);
    expect(named('ngày hội khởi nghiệp tỉnh')).toEqual([['hoat-dong', '/hoat-dong/ngay-hoi/']]);
  });
  it('names nothing for other words, nor for an agency without a page', () => {
    expect(named('khoi nghiep')).toEqual([]);
    expect(named('so khoa hoc va cong nghe')).toEqual([]);
  });
});
