/** The picture a shared link shows (src/lib/social-image.ts): what each card says, and a real PNG. */
import { describe, expect, it } from 'vitest';
import { fixturePlan } from './helpers/plan-fixture.ts';
import { planCard, provinceCard, renderCard, siteCard } from '../src/lib/social-image.ts';
import { socialImageFor } from '../src/lib/paths.ts';
import { SOCIAL_CARD } from '../src/lib/site.ts';

const site = { name: 'Kế hoạch mở', host: 'example.org' };
const plan = fixturePlan('thu-nghiem-2022', { province: 'Tây Ninh', number: '1694/KH-UBND' }, [
  { ref: '1', themes: ['dao-tao'] },
  { ref: '2', themes: ['dao-tao', 'su-kien'] },
]);

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('cards', () => {
  it('say what the plan page says: kind, province, period, title, number, tasks, main themes', () => {
    const card = planCard(plan, site);
    expect(card.kicker).toBe('Kế hoạch năm · Tây Ninh · 2022');
    expect(card.title).toBe('Kế hoạch thử thu-nghiem-2022');
    expect(card.facts).toEqual(['Số 1694/KH-UBND', 'không rõ ngày ban hành', '2 nhiệm vụ']);
    expect(card.chips?.[0]).toBe('Đào tạo, tập huấn');
    expect(provinceCard('Tây Ninh', [plan], site).facts).toEqual(['1 kế hoạch', '2 nhiệm vụ']);
    expect(siteCard([plan], 'Khẩu hiệu', site).facts).toEqual(['1 kế hoạch', '1 tỉnh', '2 nhiệm vụ']);
  });

  it('render as a PNG of the size Open Graph asks, Vietnamese text included', async () => {
    const png = await renderCard(planCard(plan, site));
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual(SOCIAL_CARD);
  });

  it('are chosen by page: a plan’s and its citation page’s, a province with plans, else the site’s', () => {
    const plans = ['tay-ninh-2022'];
    const provinces = ['Tây Ninh'];
    expect(socialImageFor('/ke-hoach/tay-ninh-2022/', plans, provinces)).toBe('/anh/ke-hoach/tay-ninh-2022.png');
    expect(socialImageFor('/ke-hoach/tay-ninh-2022/trich-dan/', plans, provinces)).toBe(
      '/anh/ke-hoach/tay-ninh-2022.png',
    );
    expect(socialImageFor('/tinh/tay-ninh/', plans, provinces)).toBe('/anh/tinh/tay-ninh.png');
    expect(socialImageFor('/tinh/an-giang/', plans, provinces)).toBe('/anh/ke-hoach-mo.png');
    expect(socialImageFor('/so-sanh/', plans, provinces)).toBe('/anh/ke-hoach-mo.png');
  });
});
