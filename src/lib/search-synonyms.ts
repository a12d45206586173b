/**
 * Words readers use for what the plans write differently: English loanwords of the startup
 * ecosystem and their Vietnamese equivalents, and a few near-synonyms. A query naming any wording
 * of a group finds the others (src/lib/search-query.ts). Kept small on purpose: each group must be
 * interchangeable in these plans, or precision suffers. Each group carries an example as the plans
 * write it, which its test searches with every other wording (tests/search-vocabulary.test.ts).
 */

/** Wordings that mean the same here, and a sentence where the first of them is written. */
export interface SynonymGroup {
  words: string[];
  example: string;
}

export const SYNONYMS: SynonymGroup[] = [
  { words: ['khởi nghiệp', 'startup', 'start-up'], example: 'Hỗ trợ khởi nghiệp cho thanh niên' },
  { words: ['ươm tạo', 'vườn ươm', 'incubator'], example: 'Cơ sở ươm tạo doanh nghiệp công nghệ' },
  {
    words: ['thúc đẩy kinh doanh', 'tăng tốc khởi nghiệp', 'accelerator'],
    example: 'Chương trình thúc đẩy kinh doanh',
  },
  {
    words: ['không gian làm việc chung', 'coworking', 'co-working'],
    example: 'Hình thành không gian làm việc chung cho khởi nghiệp',
  },
  { words: ['cố vấn', 'mentor', 'huấn luyện viên khởi nghiệp'], example: 'Mạng lưới cố vấn khởi nghiệp' },
  { words: ['nhà đầu tư thiên thần', 'angel'], example: 'Kết nối với nhà đầu tư thiên thần' },
  { words: ['quỹ đầu tư mạo hiểm', 'venture capital'], example: 'Thu hút quỹ đầu tư mạo hiểm' },
  { words: ['gọi vốn cộng đồng', 'crowdfunding'], example: 'Hướng dẫn gọi vốn cộng đồng' },
  { words: ['hệ sinh thái', 'ecosystem'], example: 'Phát triển hệ sinh thái khởi nghiệp' },
  { words: ['đổi mới sáng tạo', 'innovation'], example: 'Thúc đẩy đổi mới sáng tạo' },
  { words: ['thương mại điện tử', 'e-commerce', 'ecommerce'], example: 'Ứng dụng thương mại điện tử' },
  { words: ['trực tuyến', 'online'], example: 'Tổ chức hội thảo trực tuyến' },
  { words: ['hội thảo', 'workshop', 'hội nghị chuyên đề'], example: 'Tổ chức hội thảo về khởi nghiệp' },
  { words: ['tọa đàm', 'talkshow', 'diễn đàn'], example: 'Tọa đàm khởi nghiệp cho phụ nữ' },
  { words: ['gọi vốn', 'pitching'], example: 'Hỗ trợ các dự án gọi vốn' },
  { words: ['cuộc thi', 'hội thi', 'contest'], example: 'Tổ chức cuộc thi ý tưởng khởi nghiệp' },
  { words: ['công nghệ tài chính', 'fintech'], example: 'Doanh nghiệp công nghệ tài chính' },
  { words: ['trang thông tin điện tử', 'website', 'cổng thông tin'], example: 'Xây dựng trang thông tin điện tử' },
  { words: ['hằng năm', 'hàng năm', 'mỗi năm'], example: 'Tổ chức hằng năm' },
  { words: ['doanh nghiệp khởi nghiệp', 'công ty khởi nghiệp'], example: 'Hỗ trợ doanh nghiệp khởi nghiệp' },
];
