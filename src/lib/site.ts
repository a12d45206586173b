/** Site-wide names, address and navigation, in one place. */

/**
 * The site's canonical address: every citation, BibTeX entry, data file and canonical link names
 * pages under it, so that what a reader pastes elsewhere still leads here. A deployment at another
 * address sets SITE_URL (astro.config.mjs reads it first).
 */
export const CANONICAL_SITE = 'https://kehoachmo.vn';

export const SITE_NAME = 'Kế hoạch mở';
export const SITE_TAGLINE =
  'Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo của các tỉnh, đọc được và so sánh được';

export const NAV = [
  { path: '/ke-hoach/', label: 'Kế hoạch' },
  { path: '/tinh/', label: 'Các tỉnh' },
  { path: '/so-sanh/', label: 'So sánh' },
  { path: '/dong-thoi-gian/', label: 'Dòng thời gian' },
  { path: '/co-quan/', label: 'Cơ quan' },
  { path: '/du-lieu/', label: 'Dữ liệu' },
  { path: '/gioi-thieu/', label: 'Giới thiệu' },
] as const;

/** The size of the picture a shared link shows (src/lib/social-image.ts), as Open Graph asks. */
export const SOCIAL_CARD = { width: 1200, height: 630 } as const;

/** The site as its social cards name it: its name and the host of its address. */
export const cardSite = (site: URL | string | undefined) => ({
  name: SITE_NAME,
  host: new URL(site ?? CANONICAL_SITE).host,
});
