/**
 * The abbreviations of Vietnamese official documents (chữ viết tắt) that readers and plans use,
 * each with its long form: bodies, levels of government and school, kinds of document,
 * programmes. A query in either form finds the other (src/lib/search-query.ts). Each entry
 * carries an example as the plans write it, which its test searches (tests/search-vocabulary.test.ts).
 *
 * Two-letter forms that stand for several things in these texts (KH = kế hoạch or khoa học,
 * TT = thông tư or thông tin, CT = chỉ thị or chương trình) are left out: they would cost precision.
 */

/** An abbreviation, its long form, and a sentence where the long form is written out. */
export interface Abbreviation {
  short: string;
  long: string;
  /** A sentence as plans write it, with the long form (what the short form must find). */
  example: string;
}

export const ABBREVIATIONS: Abbreviation[] = [
  // The programme and its vocabulary (DOMAIN.md).
  { short: 'ĐMST', long: 'đổi mới sáng tạo', example: 'Hỗ trợ hoạt động đổi mới sáng tạo trong doanh nghiệp' },
  {
    short: 'KNĐMST',
    long: 'khởi nghiệp đổi mới sáng tạo',
    example: 'Cuộc thi khởi nghiệp đổi mới sáng tạo cấp tỉnh',
  },
  {
    short: 'HSTKNĐMST',
    long: 'hệ sinh thái khởi nghiệp đổi mới sáng tạo',
    example: 'Xây dựng hệ sinh thái khởi nghiệp đổi mới sáng tạo cấp huyện',
  },
  { short: 'KN', long: 'khởi nghiệp', example: 'Ngày hội khởi nghiệp của học sinh' },
  { short: 'CĐS', long: 'chuyển đổi số', example: 'Đẩy mạnh chuyển đổi số trong doanh nghiệp' },
  { short: 'KH&CN', long: 'khoa học và công nghệ', example: 'Ứng dụng khoa học và công nghệ vào sản xuất' },
  { short: 'CNTT', long: 'công nghệ thông tin', example: 'Ứng dụng công nghệ thông tin trong quản lý' },
  { short: 'SHTT', long: 'sở hữu trí tuệ', example: 'Bảo hộ sở hữu trí tuệ cho sản phẩm khởi nghiệp' },
  { short: 'DNNVV', long: 'doanh nghiệp nhỏ và vừa', example: 'Hỗ trợ doanh nghiệp nhỏ và vừa khởi nghiệp' },
  { short: 'DN', long: 'doanh nghiệp', example: 'Kết nối doanh nghiệp với nhà đầu tư' },
  { short: 'HTX', long: 'hợp tác xã', example: 'Hỗ trợ hợp tác xã ứng dụng công nghệ' },
  { short: 'NSNN', long: 'ngân sách nhà nước', example: 'Kinh phí từ ngân sách nhà nước' },
  { short: 'KT-XH', long: 'kinh tế - xã hội', example: 'Phát triển kinh tế - xã hội của tỉnh' },
  { short: 'OCOP', long: 'mỗi xã một sản phẩm', example: 'Chương trình mỗi xã một sản phẩm' },
  { short: 'KCN', long: 'khu công nghiệp', example: 'Doanh nghiệp trong khu công nghiệp' },
  { short: 'KKT', long: 'khu kinh tế', example: 'Ban Quản lý khu kinh tế tỉnh' },
  { short: 'BQL', long: 'ban quản lý', example: 'Ban quản lý các khu công nghiệp' },
  // Levels of government and their bodies.
  { short: 'UBND', long: 'Ủy ban nhân dân', example: 'Ủy ban nhân dân các huyện, thành phố' },
  { short: 'HĐND', long: 'Hội đồng nhân dân', example: 'Nghị quyết của Hội đồng nhân dân tỉnh' },
  { short: 'MTTQ', long: 'Mặt trận Tổ quốc', example: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' },
  { short: 'TW', long: 'trung ương', example: 'Các bộ, ngành trung ương' },
  { short: 'TP', long: 'thành phố', example: 'Ủy ban nhân dân thành phố' },
  { short: 'TTg', long: 'Thủ tướng', example: 'Quyết định của Thủ tướng Chính phủ' },
  { short: 'CP', long: 'Chính phủ', example: 'Nghị định của Chính phủ' },
  { short: 'BKHCN', long: 'Bộ Khoa học và Công nghệ', example: 'Thông tư của Bộ Khoa học và Công nghệ' },
  { short: 'BTC', long: 'Bộ Tài chính', example: 'Thông tư của Bộ Tài chính' },
  { short: 'KH&ĐT', long: 'kế hoạch và đầu tư', example: 'Sở Kế hoạch và Đầu tư' },
  { short: 'GD&ĐT', long: 'giáo dục và đào tạo', example: 'Sở Giáo dục và Đào tạo' },
  { short: 'LĐ-TB&XH', long: 'lao động - thương binh và xã hội', example: 'Sở Lao động - Thương binh và Xã hội' },
  { short: 'TT&TT', long: 'thông tin và truyền thông', example: 'Sở Thông tin và Truyền thông' },
  { short: 'VH-TT&DL', long: 'văn hóa, thể thao và du lịch', example: 'Sở Văn hóa, Thể thao và Du lịch' },
  { short: 'NN&PTNT', long: 'nông nghiệp và phát triển nông thôn', example: 'Sở Nông nghiệp và Phát triển nông thôn' },
  { short: 'PTNT', long: 'phát triển nông thôn', example: 'Chi cục Phát triển nông thôn' },
  { short: 'TN&MT', long: 'tài nguyên và môi trường', example: 'Sở Tài nguyên và Môi trường' },
  { short: 'GTVT', long: 'giao thông vận tải', example: 'Sở Giao thông vận tải' },
  // Mass organisations.
  { short: 'LHPN', long: 'liên hiệp phụ nữ', example: 'Hội Liên hiệp Phụ nữ tỉnh' },
  { short: 'TNCS HCM', long: 'thanh niên cộng sản Hồ Chí Minh', example: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh' },
  { short: 'TNCS', long: 'thanh niên cộng sản', example: 'Đoàn Thanh niên cộng sản tỉnh' },
  { short: 'HCM', long: 'Hồ Chí Minh', example: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh' },
  { short: 'ĐTN', long: 'Đoàn Thanh niên', example: 'Đoàn Thanh niên các trường' },
  { short: 'LHTN', long: 'liên hiệp thanh niên', example: 'Hội Liên hiệp Thanh niên Việt Nam tỉnh' },
  { short: 'LĐLĐ', long: 'liên đoàn lao động', example: 'Liên đoàn Lao động tỉnh' },
  { short: 'CCB', long: 'cựu chiến binh', example: 'Hội Cựu chiến binh tỉnh' },
  { short: 'HND', long: 'Hội Nông dân', example: 'Hội Nông dân tỉnh' },
  { short: 'DNT', long: 'doanh nhân trẻ', example: 'Hội Doanh nhân trẻ tỉnh' },
  {
    short: 'VCCI',
    long: 'Phòng Thương mại và Công nghiệp Việt Nam',
    example: 'Phòng Thương mại và Công nghiệp Việt Nam',
  },
  { short: 'CLB', long: 'câu lạc bộ', example: 'Thành lập câu lạc bộ khởi nghiệp' },
  // Schools and training.
  { short: 'THPT', long: 'trung học phổ thông', example: 'Học sinh các trường trung học phổ thông' },
  { short: 'THCS', long: 'trung học cơ sở', example: 'Học sinh trung học cơ sở' },
  { short: 'ĐH', long: 'đại học', example: 'Sinh viên các trường đại học' },
  { short: 'CĐ', long: 'cao đẳng', example: 'Trường cao đẳng cộng đồng' },
  { short: 'GDNN', long: 'giáo dục nghề nghiệp', example: 'Các cơ sở giáo dục nghề nghiệp' },
  { short: 'HSSV', long: 'học sinh, sinh viên', example: 'Cuộc thi ý tưởng khởi nghiệp cho học sinh, sinh viên' },
  // Kinds of document.
  { short: 'QĐ', long: 'quyết định', example: 'Theo quyết định của Ủy ban nhân dân tỉnh' },
  { short: 'NQ', long: 'nghị quyết', example: 'Thực hiện nghị quyết của Tỉnh ủy' },
  { short: 'NĐ', long: 'nghị định', example: 'Hướng dẫn nghị định của Chính phủ' },
];
