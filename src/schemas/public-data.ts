/**
 * The published data contract, described once: the zod schemas of what /data/*.json and
 * /data/tasks.csv hold, each field explained in Vietnamese with `.describe()`. The TypeScript
 * types of the records, the JSON Schema files (/data/*.schema.json) and the field tables of
 * /du-lieu/ are all derived from these schemas.
 */
import { z } from 'astro/zod';
import { goalSchema, legalBasisSchema, planMetaSchema, sourceSchema, taskInputSchema } from './plan.ts';
import { THEME_VOCABULARY } from '../lib/themes.ts';
import { ACTIVITY_TYPE_VOCABULARY } from '../lib/activity-types.ts';
import { TARGET_GROUP_VOCABULARY } from '../lib/target-groups.ts';
import { AGENCY_KINDS } from '../lib/agencies.ts';
import { GOAL_KINDS } from '../lib/goal-kinds.ts';
import { PLAN_KINDS } from '../lib/plan-kinds.ts';
import { RELATIONS } from '../lib/relations.ts';
import { SOURCE_ROLES } from '../lib/source-roles.ts';
import { TARGET_METRICS } from '../lib/target-metrics.ts';
import { TIMING_KINDS } from '../lib/timing-kinds.ts';
import { CONFIDENCE_LEVELS } from '../lib/confidence.ts';
import { COVERAGE } from '../lib/coverage.ts';
import { DOCUMENT_KINDS } from '../lib/document-kinds.ts';
import { ENTRY_FIELDS } from '../lib/entry-fields.ts';
import { SCHEME_RELATIONS } from '../lib/scheme-relations.ts';
import { UNIT_KINDS } from './provinces.ts';

const relationDescription = `Quan hệ: ${RELATIONS.glossary((relation) => relation.description)}.`;

const isoDate = z.iso.date();
/** A path on this site, with the deployment base: "/ke-hoach/tay-ninh-2022/". */
const sitePath = z.string().regex(/^\//, 'đường dẫn phải bắt đầu bằng /');
/** The same place as a full address, host included: what a citation or a spreadsheet keeps. */
const permalink = (what: string) =>
  z.url().describe(`Địa chỉ đầy đủ (có tên miền của trang) của ${what}: dùng được khi dán ở nơi khác.`);

// ---- tasks ----

export const agencyMentionRecord = z.object({
  name: z.string().describe('Tên chuẩn của loại cơ quan trong danh mục, không kèm tên tỉnh.'),
  agency: z.string().describe('Mã cơ quan trong danh mục (agencies.json, trang /co-quan/<mã>/).'),
  asWritten: z.string().describe('Tên cơ quan đúng như văn bản ghi.'),
  scope: z
    .string()
    .optional()
    .describe(
      'Phần việc cơ quan này được giao, khi văn bản giao chủ trì theo từng hoạt động; không có trường này khi văn bản không tách.',
    ),
});

export const timingRecord = z.object({
  label: z
    .string()
    .nullable()
    .describe(
      'Nhãn đứng trước thời gian, như văn bản ghi: "Thời gian thực hiện", "Thời gian hoàn thành" (một hạn chót), "Thời gian tham gia"; null khi không có nhãn.',
    ),
  raw: z.string().nullable().describe('Thời gian nguyên văn; null khi văn bản không nêu thời gian cho nhiệm vụ.'),
  kind: z.enum(TIMING_KINDS.ids).describe(`Cách hiểu thời gian: ${TIMING_KINDS.glossary((kind) => kind.description)}.`),
  start: isoDate.nullable().describe('Ngày bắt đầu (YYYY-MM-DD), suy ra từ nguyên văn; null khi không xác định.'),
  end: isoDate.nullable().describe('Ngày kết thúc hoặc hạn chót (YYYY-MM-DD); null khi không xác định.'),
  recurrence: z.enum(['yearly']).nullable().describe('Chu kỳ lặp: yearly = hằng năm; null khi không lặp.'),
  reading: z.string().describe('Cách hiểu thời gian, diễn đạt bằng lời (như trên thẻ nhiệm vụ).'),
});

export const quantityRecord = z.object({
  raw: z.string().describe('Số lượng nguyên văn, ví dụ "15-20 người/lớp", "khoảng 10.000 lượt người".'),
  min: z.number().describe('Giá trị nhỏ nhất (dấu chấm ngăn cách hàng nghìn đã được bỏ).'),
  max: z.number().describe('Giá trị lớn nhất; bằng min khi không phải một khoảng.'),
  unit: z.string().describe('Đơn vị như văn bản ghi sau con số: "người/lớp", "tỷ đồng", "%".'),
  approximate: z.boolean().describe('true khi văn bản ghi "khoảng".'),
  atLeast: z.boolean().describe('true khi văn bản ghi "tối thiểu", "ít nhất": con số là mức sàn.'),
});

const sectionRecord = z.object({
  ref: z.string().describe('Số của mục như văn bản in, tính trong phần nhiệm vụ.'),
  title: z.string().describe('Tiêu đề của mục.'),
});

export const taskRecordSchema = z
  .object({
    id: z
      .string()
      .describe(
        'Mã cố định của nhiệm vụ: <mã kế hoạch>/<số thứ tự>, ví dụ "tay-ninh-2022/3.2.a". Không đổi khi nhập lại dữ liệu; dùng để trích dẫn và nối các bảng.',
      ),
    plan: z.string().describe('Mã kế hoạch chứa nhiệm vụ (xem plans.json), ví dụ "kon-tum-2019-2025".'),
    province: z.string().describe('Tỉnh ban hành kế hoạch, theo địa giới lúc ban hành (trước sắp xếp năm 2025).'),
    ref: z.string().describe('Số thứ tự như in trong phần nhiệm vụ, các cấp nối bằng dấu chấm: "1.3", "3.2.a", "2.đ".'),
    section: sectionRecord.describe('Mục lớn chứa nhiệm vụ.'),
    group: sectionRecord
      .nullable()
      .describe(
        'Mục có các nhiệm vụ con đánh chữ cái (ví dụ mục 3.2 gồm a, b); null khi nhiệm vụ không thuộc nhóm như vậy.',
      ),
    title: z.string().describe('Tên nhiệm vụ như văn bản ghi (đã hiệu đính các ký tự bị mất).'),
    description: z
      .string()
      .nullable()
      .describe(
        'Nội dung thêm của nhiệm vụ (dòng "Nội dung", các gạch đầu dòng), dạng văn bản thường; null khi không có.',
      ),
    lead: z.array(agencyMentionRecord).describe('Cơ quan chủ trì, theo thứ tự văn bản ghi; ít nhất một.'),
    partners: z.array(agencyMentionRecord).describe('Cơ quan phối hợp; mảng rỗng khi văn bản không nêu.'),
    timing: timingRecord.describe('Thời gian thực hiện: nguyên văn và cách hiểu.'),
    quantities: z
      .array(quantityRecord)
      .describe('Số lượng nêu trong nhiệm vụ (dòng "Số lượng" hoặc con số trong tên nhiệm vụ).'),
    audience: z.string().nullable().describe('Dòng "Đối tượng" như văn bản ghi; null khi không có.'),
    targetGroups: z
      .array(z.enum(TARGET_GROUP_VOCABULARY.ids))
      .describe(`Nhóm đối tượng theo danh mục chung của trang: ${TARGET_GROUP_VOCABULARY.glossary()}.`),
    targetGroupLabels: z
      .array(z.string())
      .describe('Tên các nhóm đối tượng bằng tiếng Việt, cùng thứ tự với targetGroups.'),
    themes: z
      .array(z.enum(THEME_VOCABULARY.ids))
      .describe(`Chủ đề hoạt động theo danh mục chung, ít nhất một: ${THEME_VOCABULARY.glossary()}.`),
    themeLabels: z.array(z.string()).describe('Tên các chủ đề bằng tiếng Việt, cùng thứ tự với themes.'),
    activityTypes: z
      .array(z.enum(ACTIVITY_TYPE_VOCABULARY.ids))
      .describe(
        `Loại hoạt động, chi tiết hơn chủ đề, ít nhất một (định nghĩa từng loại trong activity-types.json): ${ACTIVITY_TYPE_VOCABULARY.glossary()}.`,
      ),
    activityTypeLabels: z
      .array(z.string())
      .describe('Tên các loại hoạt động bằng tiếng Việt, cùng thứ tự với activityTypes.'),
    inherited: z
      .array(taskInputSchema.shape.inherited.unwrap().element)
      .describe(
        'Các thuộc tính văn bản nêu một lần cho cả nhóm và được áp cho nhiệm vụ này: lead, partners, timing, quantities.',
      ),
    url: sitePath.describe(
      'Đường dẫn tới nhiệm vụ trên trang kế hoạch, có #neo, ví dụ "/ke-hoach/tay-ninh-2022/#nv-3-2-a".',
    ),
    permalink: permalink('nhiệm vụ, ví dụ "https://kehoachmo.vn/ke-hoach/tay-ninh-2022/#nv-3-2-a"'),
  })
  .describe('Một nhiệm vụ của một kế hoạch.');

export const tasksFileSchema = z
  .array(taskRecordSchema)
  .describe('Mọi nhiệm vụ của mọi kế hoạch, kế hoạch theo thứ tự tỉnh, nhiệm vụ theo thứ tự trong văn bản.');

// ---- plans ----

export const legalBasisRecord = z.object({
  type: z
    .string()
    .describe(
      'Loại văn bản như văn bản ghi: Quyết định, Nghị quyết, Thông tư, Kế hoạch, Kết luận, Công văn, Tờ trình…',
    ),
  number: z.string().nullable().describe('Số hiệu như in, ví dụ "844/QĐ-TTg"; null khi văn bản được dẫn không có số.'),
  date: isoDate.nullable().describe('Ngày ban hành của văn bản được dẫn (YYYY-MM-DD); null khi không rõ.'),
  issuer: z.string().describe('Cơ quan ban hành văn bản được dẫn.'),
  title: z.string().describe('Trích yếu của văn bản được dẫn, như kế hoạch ghi.'),
  relation: legalBasisSchema.shape.relation.describe(relationDescription),
  document: z.string().describe('Mã văn bản được dẫn trên trang này (documents.json, trang /van-ban/<mã>/).'),
  documentUrl: sitePath.describe('Đường dẫn tới trang của văn bản được dẫn.'),
});

export const administrativeContextRecord = z
  .object({
    provinceAtIssue: z.string().describe('Tỉnh như lúc kế hoạch được ban hành.'),
    province: z.string().describe('Tỉnh mà địa bàn đó thuộc về từ ngày 01/07/2025.'),
    mergedFrom: z
      .array(z.string())
      .describe('Các tỉnh cũ hợp thành tỉnh đó từ ngày 01/07/2025 (gồm cả tỉnh ban hành).'),
    effective: isoDate.describe('Ngày bộ máy hành chính mới bắt đầu hoạt động: 2025-07-01.'),
    resolution: z.string().describe('Văn bản sắp xếp đơn vị hành chính: Nghị quyết 202/2025/QH15 của Quốc hội.'),
    summary: z.string().describe('Một câu tóm tắt bối cảnh, như trang kế hoạch hiển thị.'),
  })
  .nullable()
  .describe(
    'Bối cảnh hành chính sau sắp xếp năm 2025 (chính quyền địa phương hai cấp, 34 tỉnh, thành phố). Chỉ là bối cảnh: dữ liệu của kế hoạch giữ nguyên như lúc ban hành. null khi tỉnh không phải một trong 63 tỉnh, thành phố trước ngày 01/07/2025.',
  );

export const citationRecord = z.object({
  text: z
    .string()
    .describe('Trích dẫn dạng đọc được: cơ quan ban hành, số hiệu (hoặc "không số"), ngày, tên, địa chỉ đầy đủ.'),
  bibtex: z
    .string()
    .describe(
      'Cùng trích dẫn ở dạng BibTeX (@misc); trường urldate (ngày truy cập) là ngày dữ liệu được xuất bản: thay bằng ngày bạn truy cập.',
    ),
});

export const planRecordSchema = z
  .object({
    id: z
      .string()
      .describe(
        'Mã kế hoạch (tên tệp nội dung): <tỉnh>-<năm> cho kế hoạch năm, <tỉnh>-<năm đầu>-<năm cuối> cho kế hoạch giai đoạn.',
      ),
    title: z.string().describe('Tên (trích yếu) của kế hoạch.'),
    province: z.string().describe('Tỉnh ban hành, theo địa giới lúc ban hành.'),
    issuer: z.string().describe('Cơ quan ban hành.'),
    number: z.string().nullable().describe('Số hiệu; null khi không nguồn nào ghi (trang không suy đoán số hiệu).'),
    issued: isoDate.nullable().describe('Ngày ban hành (YYYY-MM-DD); null khi văn bản không ghi.'),
    issuedNote: z
      .string()
      .optional()
      .describe(
        'Vì sao không có ngày ban hành, và khoảng thời gian suy ra được từ các nguồn; chỉ có khi issued là null.',
      ),
    place: z.string().nullable().describe('Địa danh ghi cạnh ngày ban hành ("Kon Tum, ngày …"); null khi không có.'),
    signer: z
      .object({
        name: z.string().nullable().describe('Họ tên người ký; null khi bản sao không có phần chữ ký.'),
        capacity: z
          .string()
          .nullable()
          .describe('Chức vụ ký, ví dụ "KT. Chủ tịch, Phó Chủ tịch" (ký thay Chủ tịch, với chức vụ Phó Chủ tịch).'),
        onBehalfOf: z
          .string()
          .nullable()
          .describe('Thẩm quyền thay mặt, ví dụ "TM. Ủy ban nhân dân", khi văn bản in; null khi không có.'),
      })
      .describe('Người ký văn bản.'),
    kind: planMetaSchema.shape.kind.describe(
      `Loại kế hoạch: ${PLAN_KINDS.glossary((kind) => `${kind.label.toLowerCase()} (${kind.description})`)}.`,
    ),
    period: z
      .object({
        start: z.number().int().describe('Năm bắt đầu.'),
        end: z.number().int().describe('Năm kết thúc; bằng start với kế hoạch năm.'),
      })
      .describe('Thời kỳ của kế hoạch.'),
    legalBases: z.array(legalBasisRecord).describe('Các văn bản kế hoạch viện dẫn, theo thứ tự văn bản ghi.'),
    sources: z
      .array(
        z.object({
          file: sourceSchema.shape.file.describe('Tệp văn bản gốc trong kho mã (sources/…), không bao giờ sửa.'),
          role: sourceSchema.shape.role.describe(`${SOURCE_ROLES.glossary((role) => role.description)}.`),
          title: z.string().describe('Mô tả nguồn.'),
          supports: z.array(z.string()).describe('Các thông tin mà nguồn này chứng minh.'),
          url: sitePath.describe('Đường dẫn tải tệp văn bản gốc trên trang này (/nguon/<tệp>).'),
        }),
      )
      .describe('Nguồn của dữ liệu.'),
    corrections: z
      .array(
        z.object({
          line: z.number().int().describe('Dòng trong tệp văn bản gốc (đếm từ 1).'),
          before: z.string().describe('Nguyên văn trong tệp gốc.'),
          after: z.string().describe('Đã sửa thành; chuỗi rỗng khi phần đó không thuộc văn bản và được lược bỏ.'),
          note: z.string().optional().describe('Lý do hiệu đính.'),
        }),
      )
      .describe('Các chỗ hiệu đính so với văn bản gốc (ký tự bị mất, lỗi đánh máy, ký tự rác).'),
    provinceSlug: z.string().describe('Mã tỉnh trong đường dẫn /tinh/<mã>/.'),
    taskCount: z.number().int().describe('Số nhiệm vụ của kế hoạch.'),
    goals: z
      .array(
        z.object({
          kind: goalSchema.shape.kind.describe(`${GOAL_KINDS.glossary((kind) => kind.label.toLowerCase())}.`),
          text: z.string().describe('Câu mục đích, yêu cầu hoặc mục tiêu, nguyên văn.'),
        }),
      )
      .describe('Mục đích, yêu cầu, mục tiêu, theo thứ tự văn bản.'),
    targets: z
      .array(
        z.object({
          quantity: z.string().describe('Con số nguyên văn: "khoảng 10.000 lượt người", "3-5 dự án".'),
          subject: z.string().describe('Điều được đếm, theo lời văn bản.'),
          metric: z
            .enum(TARGET_METRICS.ids)
            .describe(`Nhóm chỉ tiêu, để so sánh giữa các kế hoạch: ${TARGET_METRICS.glossary()}.`),
          by: z.number().int().optional().describe('Năm phải đạt, khi văn bản nêu.'),
          perYear: z.boolean().describe('true khi con số tính cho mỗi năm ("hằng năm", "mỗi năm").'),
          parsed: quantityRecord.describe('Con số đã đọc.'),
        }),
      )
      .describe('Chỉ tiêu định lượng trong phần mục tiêu.'),
    url: sitePath.describe('Đường dẫn tới trang kế hoạch.'),
    permalink: permalink('trang kế hoạch'),
    administrativeContext: administrativeContextRecord,
    citation: citationRecord.describe('Cách trích dẫn kế hoạch.'),
    catalogue: z
      .string()
      .nullable()
      .describe('Mã của kế hoạch trong danh mục văn bản đã biết (catalogue.json); null khi không có danh mục.'),
  })
  .describe('Một kế hoạch: thông tin văn bản, căn cứ, nguồn, hiệu đính, mục tiêu và chỉ tiêu (không gồm nhiệm vụ).');

export const plansFileSchema = z.array(planRecordSchema).describe('Mọi kế hoạch, theo thứ tự tỉnh rồi thời kỳ.');

/** /data/<plan>.json: one plan with its tasks, for a reader who needs only that plan. */
export const planFileSchema = z
  .object({
    plan: planRecordSchema,
    tasks: z.array(taskRecordSchema).describe('Các nhiệm vụ của kế hoạch, theo thứ tự trong văn bản.'),
  })
  .describe('Một kế hoạch cùng các nhiệm vụ của nó.');

// ---- agencies ----

export const agencyRecordSchema = z
  .object({
    id: z.string().describe('Mã cơ quan, dùng trong lead[].agency và partners[].agency của tasks.json.'),
    name: z
      .string()
      .describe('Tên chuẩn của loại cơ quan. Mỗi tỉnh có cơ quan riêng cùng loại (ví dụ Sở Khoa học và Công nghệ).'),
    short: z.string().nullable().describe('Tên viết tắt thường dùng; null khi không có.'),
    kind: z.enum(AGENCY_KINDS.ids).describe(`Nhóm cơ quan: ${AGENCY_KINDS.glossary()}.`),
    en: z.string().describe('Tên tiếng Anh (diễn giải) cho người đọc không biết tiếng Việt.'),
    aliases: z.array(z.string()).describe('Các cách viết khác được nhận ra là cơ quan này.'),
    asWritten: z.array(z.string()).describe('Các cách viết thực có trong các kế hoạch trên trang.'),
    leadCount: z.number().int().describe('Số nhiệm vụ cơ quan này chủ trì.'),
    partnerCount: z.number().int().describe('Số nhiệm vụ cơ quan này phối hợp.'),
    provinces: z.array(z.string()).describe('Các tỉnh có nhiệm vụ giao cho cơ quan loại này.'),
    url: sitePath.nullable().describe('Trang của cơ quan (/co-quan/<mã>/); null khi chưa có nhiệm vụ nào.'),
    permalink: permalink('trang của cơ quan').nullable(),
  })
  .describe('Một loại cơ quan trong danh mục cơ quan.');

export const agenciesFileSchema = z.array(agencyRecordSchema).describe('Danh mục cơ quan chủ trì và phối hợp.');

// ---- cited documents ----

export const documentRecordSchema = z
  .object({
    id: z.string().describe('Mã văn bản trên trang này, từ loại và số hiệu: "quyet-dinh-844-qd-ttg".'),
    type: z.string().describe('Loại văn bản.'),
    number: z.string().nullable().describe('Số hiệu; null khi văn bản không có số.'),
    date: isoDate.nullable().describe('Ngày ban hành (YYYY-MM-DD); null khi không rõ.'),
    issuer: z.string().describe('Cơ quan ban hành.'),
    title: z.string().describe('Trích yếu, theo kế hoạch đầu tiên viện dẫn văn bản.'),
    plan: z
      .string()
      .nullable()
      .describe(
        'Mã kế hoạch trên trang này có cùng số hiệu, khi văn bản được dẫn là một kế hoạch đã có trên trang; null nếu không.',
      ),
    citedBy: z
      .array(
        z.object({
          plan: z.string().describe('Mã kế hoạch viện dẫn.'),
          relation: legalBasisSchema.shape.relation.describe(relationDescription),
          title: z.string().describe('Trích yếu như kế hoạch đó ghi.'),
        }),
      )
      .describe('Các kế hoạch viện dẫn văn bản này, và cách viện dẫn.'),
    url: sitePath.describe('Trang của văn bản (/van-ban/<mã>/).'),
    catalogue: z
      .string()
      .nullable()
      .describe(
        'Mã của văn bản trong danh mục văn bản đã biết (catalogue.json) khi đó là một văn bản của tỉnh có trong danh mục; null nếu không.',
      ),
    permalink: permalink('trang của văn bản'),
  })
  .describe('Một văn bản được các kế hoạch viện dẫn.');

export const documentsFileSchema = z
  .array(documentRecordSchema)
  .describe('Các văn bản được viện dẫn: đồ thị kế hoạch – văn bản.');

// ---- known provincial documents (catalogue) ----

export const catalogueRecordSchema = z
  .object({
    id: z
      .string()
      .describe(
        'Mã văn bản: từ loại, số hiệu và tỉnh ("ke-hoach-2721-kh-ubnd-tay-ninh", trùng mã trang /van-ban/ khi các kế hoạch viện dẫn văn bản); khi không có số hiệu, từ loại, tỉnh và các năm của thời kỳ.',
      ),
    title: z.string().describe('Nhãn tiếng Việt của trang cho văn bản (mô tả, không phải trích yếu chính thức).'),
    label: z.string().describe('Mô tả ngắn bằng tiếng Anh của người lập danh mục, để định hướng.'),
    province: z.string().describe('Tỉnh ban hành, như lúc ban hành (tên trước ngày 01/07/2025).'),
    provinceSlug: z.string().describe('Mã tỉnh trong đường dẫn /tinh/<mã>/.'),
    provinceSince2025: z
      .string()
      .nullable()
      .describe('Tỉnh, thành phố mà địa bàn đó thuộc về từ ngày 01/07/2025 (Nghị quyết 202/2025/QH15).'),
    kind: z.enum(DOCUMENT_KINDS.ids).describe(`Loại văn bản: ${DOCUMENT_KINDS.glossary()}.`),
    number: z.string().nullable().describe('Số hiệu như nguồn ghi; null khi không nguồn nào ghi (không suy đoán).'),
    date: isoDate.nullable().describe('Ngày ban hành (YYYY-MM-DD); null khi không nguồn nào ghi (không suy đoán).'),
    period: z
      .string()
      .nullable()
      .describe('Thời kỳ văn bản áp dụng, như người lập danh mục ghi từ nguồn; null khi không rõ.'),
    periodLabel: z
      .string()
      .nullable()
      .describe('Thời kỳ viết bằng tiếng Việt, khi period là một ghi chú tiếng Anh; null nếu không.'),
    signer: z.string().nullable().describe('Người ký, khi nguồn ghi; null nếu không.'),
    relation: z
      .enum(SCHEME_RELATIONS.ids)
      .describe(`Vai trò đối với Đề án 844: ${SCHEME_RELATIONS.glossary((term) => term.description)}.`),
    confidence: z
      .enum(CONFIDENCE_LEVELS.ids)
      .describe(`Độ tin cậy của nguồn: ${CONFIDENCE_LEVELS.glossary((term) => term.description)}.`),
    weakSource: z
      .boolean()
      .describe('true khi văn bản chỉ được biết qua một nguồn yếu, chưa kiểm chứng (confidence = weak).'),
    source: z
      .string()
      .describe(
        'Địa chỉ nơi thấy các thông tin trên (trang web), hoặc tệp văn bản gốc sources/… khi trang có toàn văn.',
      ),
    evidence: z.string().describe('Nguồn đó cho thấy chính xác điều gì, bằng tiếng Anh, theo người lập danh mục.'),
    conflicts: z
      .array(
        z.object({
          field: z.enum(ENTRY_FIELDS.ids).describe(`Thông tin mà các nguồn ghi khác nhau: ${ENTRY_FIELDS.glossary()}.`),
          claims: z
            .array(
              z.object({
                value: z.string().describe('Giá trị như nguồn đó ghi.'),
                seenIn: z.string().describe('Nguồn ghi giá trị đó.'),
                url: z.string().nullable().describe('Địa chỉ của nguồn đó, khi có; null nếu không.'),
              }),
            )
            .describe('Từng nguồn và giá trị nó ghi.'),
          note: z.string().describe('Ghi chú của trang; mâu thuẫn được nêu, không được giải quyết bằng suy đoán.'),
        }),
      )
      .describe('Các thông tin mà hai nguồn ghi khác nhau; mảng rỗng khi không có.'),
    plan: z
      .string()
      .nullable()
      .describe('Mã kế hoạch trên trang có toàn văn văn bản này (plans.json); null nếu chưa có.'),
    planUrl: sitePath.nullable().describe('Trang kế hoạch có toàn văn; null nếu chưa có.'),
    document: z
      .string()
      .nullable()
      .describe(
        'Mã trang văn bản được viện dẫn (documents.json) khi các kế hoạch trên trang viện dẫn văn bản này; null nếu không.',
      ),
    derived: z.boolean().describe('true khi mục được lập từ một kế hoạch trên trang mà tệp danh mục chưa ghi.'),
    url: sitePath.describe(
      'Trang đọc văn bản: trang kế hoạch khi có toàn văn, nếu không là thẻ của văn bản trên trang tỉnh.',
    ),
  })
  .describe('Một văn bản đã biết của một tỉnh, có hay chưa có toàn văn trên trang.');

export const catalogueFileSchema = z
  .array(catalogueRecordSchema)
  .describe('Danh mục văn bản đã biết của các tỉnh, theo tỉnh rồi ngày ban hành (văn bản không rõ ngày sau cùng).');

export const provinceRecordSchema = z
  .object({
    name: z.string().describe('Tên tỉnh, thành phố trước ngày 01/07/2025, như Nghị quyết 202/2025/QH15 ghi.'),
    short: z.string().describe('Tên trang dùng trong danh sách và liên kết ("TP Hồ Chí Minh").'),
    slug: z.string().describe('Mã tỉnh trong đường dẫn /tinh/<mã>/.'),
    kind: z.enum(UNIT_KINDS).describe('Tỉnh hay thành phố trực thuộc trung ương, trước ngày 01/07/2025.'),
    since2025: z
      .object({
        name: z.string().describe('Tên đơn vị hành chính cấp tỉnh từ ngày 01/07/2025.'),
        kind: z.enum(UNIT_KINDS).describe('Tỉnh hay thành phố trực thuộc trung ương.'),
        from: z.array(z.string()).describe('Các tỉnh, thành phố cũ hợp thành đơn vị đó, đơn vị đầu tiên giữ tên.'),
      })
      .describe('Đơn vị mà tỉnh thuộc về từ ngày 01/07/2025.'),
    coverage: z.enum(COVERAGE.ids).describe(`Trang biết gì về tỉnh: ${COVERAGE.glossary((term) => term.description)}.`),
    documents: z.array(z.string()).describe('Mã các văn bản đã biết của tỉnh (catalogue.json), theo ngày ban hành.'),
    plans: z.array(z.string()).describe('Mã các kế hoạch của tỉnh có toàn văn trên trang (plans.json).'),
    url: sitePath.nullable().describe('Trang của tỉnh (/tinh/<mã>/); null khi chưa tìm thấy văn bản nào của tỉnh.'),
  })
  .describe('Một tỉnh, thành phố trước ngày 01/07/2025 và những gì trang biết về nó.');

export const provincesFileRecordSchema = z
  .array(provinceRecordSchema)
  .describe('63 tỉnh, thành phố trước ngày 01/07/2025, nhóm theo đơn vị hành chính từ ngày đó.');

// ---- activity types ----

export const activityTypeRecordSchema = z
  .object({
    id: z.string().describe('Mã loại hoạt động, dùng trong activityTypes của tasks.json.'),
    label: z.string().describe('Tên loại hoạt động bằng tiếng Việt.'),
    en: z.string().describe('Tên tiếng Anh (diễn giải).'),
    description: z.string().describe('Định nghĩa một câu: loại này gồm những hoạt động nào.'),
    theme: z
      .enum(THEME_VOCABULARY.ids)
      .describe(`Chủ đề chứa loại hoạt động này (mã trong themes của tasks.json): ${THEME_VOCABULARY.glossary()}.`),
    themeLabel: z.string().describe('Tên chủ đề đó bằng tiếng Việt.'),
    taskCount: z.number().int().describe('Số nhiệm vụ có loại hoạt động này, trong mọi kế hoạch.'),
    plans: z
      .array(
        z.object({
          plan: z.string().describe('Mã kế hoạch (plans.json).'),
          province: z.string().describe('Tỉnh ban hành kế hoạch.'),
          tasks: z.array(z.string()).describe('Mã các nhiệm vụ của kế hoạch có loại này, theo thứ tự trong văn bản.'),
        }),
      )
      .describe('Các kế hoạch có loại hoạt động này (theo thứ tự tỉnh), mỗi kế hoạch với các nhiệm vụ của nó.'),
    url: sitePath
      .nullable()
      .describe('Trang của loại hoạt động (/hoat-dong/<mã>/); null khi chưa nhiệm vụ nào có loại này.'),
    permalink: permalink('trang của loại hoạt động').nullable(),
  })
  .describe('Một loại hoạt động trong danh mục loại hoạt động.');

export const activityTypesFileSchema = z
  .array(activityTypeRecordSchema)
  .describe('Danh mục loại hoạt động, theo thứ tự chủ đề, cùng các nhiệm vụ của từng loại.');

export type TaskRecord = z.output<typeof taskRecordSchema>;
export type ActivityTypeRecord = z.output<typeof activityTypeRecordSchema>;
export type CatalogueRecord = z.output<typeof catalogueRecordSchema>;
export type ProvinceRecord = z.output<typeof provinceRecordSchema>;
export type PlanRecord = z.output<typeof planRecordSchema>;
export type PlanFile = z.output<typeof planFileSchema>;
export type AgencyRecord = z.output<typeof agencyRecordSchema>;
export type DocumentRecord = z.output<typeof documentRecordSchema>;
export type AdministrativeContext = NonNullable<z.output<typeof administrativeContextRecord>>;
export type Citation = z.output<typeof citationRecord>;

/** Every published JSON file kind: its schema file name, its schema and a Vietnamese title. */
export const PUBLIC_SCHEMAS = {
  tasks: { schema: tasksFileSchema, title: 'Nhiệm vụ (tasks.json)' },
  plans: { schema: plansFileSchema, title: 'Kế hoạch (plans.json)' },
  plan: { schema: planFileSchema, title: 'Một kế hoạch và các nhiệm vụ (<mã kế hoạch>.json)' },
  agencies: { schema: agenciesFileSchema, title: 'Danh mục cơ quan (agencies.json)' },
  'activity-types': { schema: activityTypesFileSchema, title: 'Danh mục loại hoạt động (activity-types.json)' },
  documents: { schema: documentsFileSchema, title: 'Văn bản được viện dẫn (documents.json)' },
  catalogue: { schema: catalogueFileSchema, title: 'Danh mục văn bản đã biết của các tỉnh (catalogue.json)' },
  provinces: {
    schema: provincesFileRecordSchema,
    title: 'Các tỉnh, thành phố và bối cảnh hành chính (provinces.json)',
  },
} as const;

export type PublicSchemaName = keyof typeof PUBLIC_SCHEMAS;

/** The JSON Schema (draft 2020-12) of a published file, generated from its zod schema. */
export function jsonSchemaOf(name: PublicSchemaName): Record<string, unknown> {
  const { schema, title } = PUBLIC_SCHEMAS[name];
  return { ...z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12' }), title };
}
