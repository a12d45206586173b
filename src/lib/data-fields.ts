/**
 * The public data contract, described once: the fields of /data/tasks.json and /data/plans.json,
 * with their Vietnamese explanation. The /du-lieu/ page and the README table are made from this.
 */
export interface FieldDoc {
  name: string;
  type: string;
  vi: string;
}

export const TASK_FIELDS: FieldDoc[] = [
  { name: 'id', type: 'string', vi: 'Mã cố định của nhiệm vụ: <mã kế hoạch>/<số thứ tự>, ví dụ "tay-ninh-2022/3.2.a". Không đổi khi nhập lại dữ liệu.' },
  { name: 'plan', type: 'string', vi: 'Mã kế hoạch (tên tệp), ví dụ "kon-tum-2019-2025".' },
  { name: 'province', type: 'string', vi: 'Tỉnh ban hành kế hoạch, theo địa giới lúc ban hành.' },
  { name: 'ref', type: 'string', vi: 'Số thứ tự như in trong mục nhiệm vụ, các cấp nối bằng dấu chấm: "1.3", "3.2.a", "2.đ".' },
  { name: 'section', type: '{ ref, title }', vi: 'Mục lớn chứa nhiệm vụ (số và tiêu đề).' },
  { name: 'group', type: '{ ref, title } | null', vi: 'Mục có các nhiệm vụ con đánh chữ cái (ví dụ 3.2 có a, b), nếu có.' },
  { name: 'title', type: 'string', vi: 'Tên nhiệm vụ như văn bản ghi (đã hiệu đính ký tự lỗi).' },
  { name: 'description', type: 'string | null', vi: 'Nội dung thêm của nhiệm vụ (dòng "Nội dung", các gạch đầu dòng).' },
  { name: 'lead', type: '[{ name, agency, asWritten, scope? }]', vi: 'Cơ quan chủ trì: tên chuẩn (name), mã trong danh mục cơ quan (agency), cách viết trong văn bản (asWritten), phần việc được giao (scope) nếu văn bản giao theo từng hoạt động.' },
  { name: 'partners', type: '[{ name, agency, asWritten }]', vi: 'Cơ quan phối hợp, cùng cấu trúc.' },
  { name: 'timing', type: '{ label, raw, kind, start, end, recurrence, reading }', vi: 'Thời gian: nhãn và nguyên văn (label, raw); loại (kind: window = trong khoảng, deadline = hạn hoàn thành, recurring = lặp lại, ongoing = thường xuyên, unspecified = không có ngày); ngày bắt đầu, kết thúc (ISO, có thể null); recurrence = "yearly" khi lặp hằng năm; reading = cách hiểu bằng lời.' },
  { name: 'quantities', type: '[{ raw, min, max, unit, approximate, atLeast }]', vi: 'Số lượng ghi trong nhiệm vụ ("15-20 người/lớp"): nguyên văn, giá trị nhỏ nhất, lớn nhất, đơn vị; approximate = "khoảng", atLeast = "tối thiểu".' },
  { name: 'audience', type: 'string | null', vi: 'Dòng "Đối tượng" như văn bản ghi, nếu có.' },
  { name: 'targetGroups', type: 'string[]', vi: 'Nhóm đối tượng theo danh mục chung (sinh-vien, phu-nu, doanh-nghiep-khoi-nghiep…).' },
  { name: 'themes', type: 'string[]', vi: 'Chủ đề hoạt động theo danh mục chung (truyen-thong, su-kien, dao-tao…); mỗi nhiệm vụ có ít nhất một.' },
  { name: 'inherited', type: 'string[]', vi: 'Các thuộc tính văn bản nêu chung một lần cho cả nhóm và được áp cho nhiệm vụ này (lead, partners, timing).' },
  { name: 'url', type: 'string', vi: 'Đường dẫn tới nhiệm vụ trên trang kế hoạch (có #neo).' },
];

export const PLAN_FIELDS: FieldDoc[] = [
  { name: 'id', type: 'string', vi: 'Mã kế hoạch.' },
  { name: 'title', type: 'string', vi: 'Tên (trích yếu) kế hoạch.' },
  { name: 'province', type: 'string', vi: 'Tỉnh ban hành, theo địa giới lúc ban hành.' },
  { name: 'issuer', type: 'string', vi: 'Cơ quan ban hành.' },
  { name: 'number', type: 'string | null', vi: 'Số hiệu; null khi không nguồn nào ghi (không suy đoán).' },
  { name: 'issued', type: 'string | null', vi: 'Ngày ban hành (ISO); null khi văn bản không ghi, kèm issuedNote giải thích.' },
  { name: 'place', type: 'string | null', vi: 'Địa danh ghi cạnh ngày ban hành.' },
  { name: 'signer', type: '{ name, capacity, onBehalfOf }', vi: 'Người ký, chức vụ ký (ví dụ "KT. Chủ tịch, Phó Chủ tịch"), thẩm quyền thay mặt ("TM. Ủy ban nhân dân") nếu có.' },
  { name: 'kind', type: '"giai-doan" | "hang-nam"', vi: 'Kế hoạch giai đoạn hay kế hoạch năm.' },
  { name: 'period', type: '{ start, end }', vi: 'Năm bắt đầu và kết thúc của kế hoạch.' },
  { name: 'legalBases', type: '[{ type, number, date, issuer, title, relation }]', vi: 'Văn bản được viện dẫn; relation: implements (kế hoạch thực hiện văn bản này), basis (căn cứ), cites (nhắc tới trong văn bản).' },
  { name: 'sources', type: '[{ file, role, title, supports }]', vi: 'Nguồn dữ liệu: tệp văn bản gốc, vai trò (primary/secondary) và các thông tin mà nguồn đó chứng minh.' },
  { name: 'corrections', type: '[{ line, before, after, note }]', vi: 'Các chỗ hiệu đính so với văn bản gốc: dòng, nguyên văn, sửa thành, ghi chú.' },
  { name: 'goals', type: '[{ kind, text }]', vi: 'Mục đích, yêu cầu, mục tiêu như văn bản ghi.' },
  { name: 'targets', type: '[{ quantity, subject, metric, by, perYear, parsed }]', vi: 'Chỉ tiêu định lượng: nguyên văn con số, điều được đếm, nhóm chỉ tiêu, năm phải đạt, có phải mỗi năm không, và con số đã đọc.' },
  { name: 'taskCount', type: 'number', vi: 'Số nhiệm vụ.' },
  { name: 'url', type: 'string', vi: 'Đường dẫn tới trang kế hoạch.' },
];
