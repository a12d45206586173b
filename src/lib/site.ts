/** Site-wide names and navigation, in one place. */
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
