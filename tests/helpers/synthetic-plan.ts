/**
 * A synthetic provincial plan (kế hoạch), written as raw text in the official layout of
 * Nghị định 30/2020/NĐ-CP (issuing body and national motto, number, place and date, title,
 * legal bases, Roman-numbered sections, numbered tasks with labelled lead, partner and time
 * lines, recipients and signature), for tests that add a plan the way a maintainer would: through
 * the importer. The lead and partner names come from the agency registry and the time
 * expressions are forms the sources use (DOMAIN.md). It is not a real document: the default
 * plan is issued by a province with no known plan (catalogue README), under an invented number
 * and signer.
 */
import { getAgency } from '../../src/lib/agencies.ts';

export interface SyntheticTask {
  title: string;
  /** Registry ids of the lead agencies (cơ quan chủ trì). */
  lead: string[];
  /** Registry ids of the partner agencies (cơ quan phối hợp). */
  partners: string[];
  /** "Thời gian thực hiện", as a source writes it. */
  time: string;
}

export interface SyntheticPlan {
  province: string;
  /** Document number, "2187/KH-UBND". */
  number: string;
  /** Day, month, year of issue. */
  issued: [number, number, number];
  period: { start: number; end: number };
  signer: string;
  /** Task groups: a numbered heading (1., 2., …) and its tasks (1.1., 1.2., …). */
  groups: { title: string; tasks: SyntheticTask[] }[];
}

const SKHCN = 'so-khoa-hoc-va-cong-nghe';

/** A period plan of Bình Phước, 2021–2025: nine tasks in four groups. */
export const FIFTH_PLAN: SyntheticPlan = {
  province: 'Bình Phước',
  number: '2187/KH-UBND',
  issued: [15, 6, 2021],
  period: { start: 2021, end: 2025 },
  signer: 'Trần Văn Minh',
  groups: [
    {
      title: 'Truyền thông, nâng cao nhận thức về khởi nghiệp đổi mới sáng tạo',
      tasks: [
        {
          title: 'Xây dựng chuyên mục khởi nghiệp đổi mới sáng tạo trên Cổng thông tin điện tử tỉnh.',
          lead: ['so-thong-tin-va-truyen-thong'],
          partners: [SKHCN, 'dai-phat-thanh-va-truyen-hinh-tinh'],
          time: 'Quý III/2021',
        },
        {
          title:
            'Tuyên truyền, phổ biến các chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo đến doanh nghiệp, thanh niên.',
          lead: [SKHCN],
          partners: ['tinh-doan', 'hoi-lien-hiep-phu-nu-tinh'],
          time: 'Hằng năm',
        },
      ],
    },
    {
      title: 'Đào tạo, tập huấn về khởi nghiệp',
      tasks: [
        {
          title: 'Tổ chức các lớp tập huấn kỹ năng khởi nghiệp cho học sinh, sinh viên.',
          lead: ['so-giao-duc-va-dao-tao'],
          partners: ['tinh-doan', 'truong-dai-hoc-cao-dang'],
          time: 'Hàng năm, bắt đầu từ Quý I năm 2022',
        },
        {
          title: 'Tham gia chương trình đào tạo chuyên gia tư vấn khởi nghiệp của Bộ Khoa học và Công nghệ.',
          lead: [SKHCN],
          partners: [],
          time: 'Theo chương trình công tác của các bộ, ngành Trung ương',
        },
      ],
    },
    {
      title: 'Sự kiện, kết nối hệ sinh thái khởi nghiệp',
      tasks: [
        {
          title: 'Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Bình Phước.',
          lead: [SKHCN],
          partners: ['so-ke-hoach-va-dau-tu', 'hiep-hoi-doanh-nghiep-tinh'],
          time: 'Năm 2022',
        },
        {
          title: 'Thành lập mạng lưới cố vấn khởi nghiệp của tỉnh.',
          lead: ['lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh'],
          partners: [SKHCN],
          time: 'Giai đoạn 2021 - 2025',
        },
        {
          title: 'Tổ chức Ngày hội phụ nữ khởi nghiệp.',
          lead: ['hoi-lien-hiep-phu-nu-tinh'],
          partners: ['ubnd-cap-huyen'],
          time: 'Từ năm 2022 trở đi',
        },
      ],
    },
    {
      title: 'Cơ chế, chính sách hỗ trợ khởi nghiệp',
      tasks: [
        {
          title: 'Xây dựng chính sách hỗ trợ dự án khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh.',
          lead: [SKHCN],
          partners: ['so-tai-chinh', 'so-ke-hoach-va-dau-tu'],
          time: 'Quý IV/2021',
        },
        {
          title: 'Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.',
          lead: ['so-tai-chinh'],
          partners: [SKHCN],
          time: 'Thường xuyên trong năm 2022',
        },
      ],
    },
  ],
};

const names = (ids: string[]) => ids.map((id) => getAgency(id).name).join(', ');

/** The raw text of a plan, as a clean copy of the Word file would read. */
export function syntheticPlanText(plan: SyntheticPlan): string {
  const [day, month, year] = plan.issued;
  const { start, end } = plan.period;
  const subject = `Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh ${plan.province} giai đoạn ${start}-${end}`;
  const tasks = plan.groups.flatMap((group, g) => [
    `${g + 1}. ${group.title}`,
    ...group.tasks.flatMap((task, t) => [
      `${g + 1}.${t + 1}. ${task.title}`,
      `- Cơ quan chủ trì: ${names(task.lead)}.`,
      ...(task.partners.length ? [`- Cơ quan phối hợp: ${names(task.partners)}.`] : []),
      `- Thời gian thực hiện: ${task.time}.`,
    ]),
  ]);
  return [
    'ỦY BAN NHÂN DÂN',
    `TỈNH ${plan.province.toLocaleUpperCase('vi')}`,
    '-------',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '---------------',
    `Số: ${plan.number}`,
    `${plan.province}, ngày ${day} tháng ${month} năm ${year}`,
    '',
    'KẾ HOẠCH',
    subject,
    '',
    'Căn cứ Quyết định số 844/QĐ-TTg ngày 18/5/2016 của Thủ tướng Chính phủ về việc phê duyệt Đề án “Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025”;',
    'Căn cứ Quyết định số 188/QĐ-TTg ngày 09/2/2021 của Thủ tướng Chính phủ về việc sửa đổi, bổ sung Quyết định số 844/QĐ-TTg;',
    `Ủy ban nhân dân tỉnh ban hành Kế hoạch ${subject.charAt(0).toLowerCase()}${subject.slice(1)} như sau:`,
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    `- Tạo lập môi trường thuận lợi để hỗ trợ hình thành và phát triển doanh nghiệp khởi nghiệp đổi mới sáng tạo tỉnh ${plan.province}.`,
    '2. Yêu cầu',
    '- Các sở, ban, ngành, địa phương chủ động triển khai nhiệm vụ được giao, bảo đảm hiệu quả, tiết kiệm.',
    'II. MỤC TIÊU',
    '1. Mục tiêu chung',
    `- Hình thành hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh, kết nối với hệ sinh thái quốc gia.`,
    '2. Mục tiêu cụ thể',
    `- Đến năm ${end}: hỗ trợ ít nhất 20 dự án khởi nghiệp đổi mới sáng tạo; đào tạo khoảng 1.000 lượt người về khởi nghiệp.`,
    'III. NHIỆM VỤ VÀ GIẢI PHÁP',
    ...tasks,
    'IV. KINH PHÍ THỰC HIỆN',
    '- Ngân sách nhà nước theo phân cấp hiện hành và các nguồn huy động hợp pháp khác.',
    'V. TỔ CHỨC THỰC HIỆN',
    '- Sở Khoa học và Công nghệ chủ trì, theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm./.',
    '',
    'Nơi nhận:',
    '- Bộ Khoa học và Công nghệ;',
    '- TT. Tỉnh ủy, TT. HĐND tỉnh;',
    '- Các sở, ban, ngành tỉnh;',
    '- Lưu: VT.',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    plan.signer,
    '',
  ].join('\n');
}
