/** The agency registry resolves every wording DOMAIN.md lists, and nothing it does not know. */
import { describe, expect, it } from 'vitest';
import { AGENCIES, agencyKey, getAgency, resolveAgency } from '../src/lib/agencies.ts';
import { agencyGloss, orphanGlosses } from '../src/lib/agency-glosses.ts';

describe('resolveAgency', () => {
  it.each([
    ['Sở Khoa học và Công nghệ', 'Tây Ninh', 'so-khoa-hoc-va-cong-nghe'],
    ['Sở KH&CN', 'Kon Tum', 'so-khoa-hoc-va-cong-nghe'],
    ['Sở khoa học và Công nghệ', 'Quảng Ngãi', 'so-khoa-hoc-va-cong-nghe'],
    ['Tỉnh đoàn', 'Quảng Ngãi', 'tinh-doan'],
    ['Tỉnh đoàn Tây Ninh', 'Tây Ninh', 'tinh-doan'],
    ['Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh', 'Hưng Yên', 'tinh-doan'],
    ['Đoàn TNCS HCM tỉnh', 'Hưng Yên', 'tinh-doan'],
    ['Hội Liên hiệp Phụ nữ tỉnh', 'Tây Ninh', 'hoi-lien-hiep-phu-nu-tinh'],
    ['Hội LHPN tỉnh', 'Tây Ninh', 'hoi-lien-hiep-phu-nu-tinh'],
    ['Sở Lao động - Thương binh và Xã hội', 'Tây Ninh', 'so-lao-dong-thuong-binh-va-xa-hoi'],
    ['Sở Lao động Thương binh và Xã hội', 'Tây Ninh', 'so-lao-dong-thuong-binh-va-xa-hoi'],
    ['Sở LĐ-TB&XH', 'Tây Ninh', 'so-lao-dong-thuong-binh-va-xa-hoi'],
    ['Sở Nông nghiệp và Phát triển nông thôn', 'Tây Ninh', 'so-nong-nghiep-va-phat-trien-nong-thon'],
    ['Sở Nông nghiệp và PTNT', 'Tây Ninh', 'so-nong-nghiep-va-phat-trien-nong-thon'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'Quảng Ngãi', 'so-van-hoa-the-thao-va-du-lich'],
    ['Sở Văn hóa, Thể thao Du lịch', 'Tây Ninh', 'so-van-hoa-the-thao-va-du-lich'],
    ['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', 'Tây Ninh', 'lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh'],
    ['Liên Hiệp các Hội Khoa học và Kỹ thuật tỉnh', 'Tây Ninh', 'lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh'],
    ['Liên hiệp các hội khoa học kỹ thuật tỉnh Kon Tum', 'Kon Tum', 'lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh'],
    ['Đài Phát thanh và Truyền hình Tây Ninh', 'Tây Ninh', 'dai-phat-thanh-va-truyen-hinh-tinh'],
    ['Đài Phát thanh - Truyền hình tỉnh', 'Kon Tum', 'dai-phat-thanh-va-truyen-hinh-tinh'],
    ['Đài Phát thanh Truyền hình Quảng Ngãi', 'Quảng Ngãi', 'dai-phat-thanh-va-truyen-hinh-tinh'],
    ['Hội doanh nhân trẻ tỉnh', 'Tây Ninh', 'hoi-doanh-nhan-tre-tinh'],
    ['Hội doanh nghiệp trẻ tỉnh', 'Hưng Yên', 'hoi-doanh-nhan-tre-tinh'],
    ['Hiệp hội doanh nghiệp tỉnh', 'Tây Ninh', 'hiep-hoi-doanh-nghiep-tinh'],
    ['Hiệp hội doanh nghiệp tỉnh Kon Tum', 'Kon Tum', 'hiep-hoi-doanh-nghiep-tinh'],
    ['UBND các huyện, thị xã, thành phố', 'Tây Ninh', 'ubnd-cap-huyen'],
    ['Ủy ban nhân dân các huyện, thành phố', 'Kon Tum', 'ubnd-cap-huyen'],
    ['Báo Tây Ninh', 'Tây Ninh', 'bao-tinh'],
    ['Báo Kon Tum', 'Kon Tum', 'bao-tinh'],
    ['các sở, ban, ngành liên quan', 'Tây Ninh', 'cac-so-ban-nganh'],
    ['các đơn vị có liên quan', 'Quảng Ngãi', 'cac-don-vi-lien-quan'],
  ])('"%s" (%s) → %s', (wording, province, id) => {
    expect(resolveAgency(wording, province)?.id).toBe(id);
  });

  it('ignores diacritics decomposition and trailing punctuation', () => {
    expect(resolveAgency('Sở Khoa học và Công nghệ.'.normalize('NFD'), 'Tây Ninh')?.id).toBe(
      'so-khoa-hoc-va-cong-nghe',
    );
  });

  it('does not resolve a body it does not know', () => {
    expect(resolveAgency('Sở Không Có Thật', 'Tây Ninh')).toBeUndefined();
    expect(resolveAgency('Sở Khoa học', 'Tây Ninh')).toBeUndefined();
  });

  it('does not take another province’s newspaper for this one’s', () => {
    expect(resolveAgency('Báo Hưng Yên', 'Tây Ninh')).toBeUndefined();
  });
});

describe('the registry', () => {
  it('has unique ids, each with an English gloss', () => {
    expect(new Set(AGENCIES.map((a) => a.id)).size).toBe(AGENCIES.length);
    for (const agency of AGENCIES) expect(agencyGloss(agency.id).length, agency.id).toBeGreaterThan(0);
    expect(orphanGlosses()).toEqual([]);
    expect(() => agencyGloss('khong-co')).toThrow(/khong-co/);
  });

  it('maps every alias to its own entry only', () => {
    for (const agency of AGENCIES) {
      for (const alias of [agency.name, ...agency.aliases]) expect(resolveAgency(alias)?.id, alias).toBe(agency.id);
    }
  });

  it('keeps a comma inside a name: "Sở Văn hóa, Thể thao và Du lịch" is one key', () => {
    expect(agencyKey('Sở Văn hóa, Thể thao và Du lịch')).toBe('so van hoa the thao va du lich');
  });

  it('throws for an unknown id', () => {
    expect(() => getAgency('khong-co')).toThrow(/khong-co/);
  });
});
