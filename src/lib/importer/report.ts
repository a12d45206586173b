/**
 * The import report: what a human must look at before the imported plan is published. For
 * every numbered or lettered item of the source, which task it became or why not; unknown
 * agencies, unparsed times, items with no lead, lines left out of the content, each with its
 * line number; the facts of the head and where they were read; the suggested themes and
 * target groups to review. `formatReport` prints it in Vietnamese, line numbers first.
 */
import type { Suggestion } from './classify.ts';

export interface ReportFact {
  field: string;
  value: string | null;
  line: number | null;
  from: string | null;
  /** False for facts that documents often lack on purpose ("TM." is only printed by some). */
  required?: boolean;
}

export interface ReportItem {
  line: number;
  /** "II.1.1", "III.6.a": section numeral and the item's ref. */
  marker: string;
  outcome: 'task' | 'heading' | 'group' | 'goal' | 'not-task' | 'outside';
  task?: string;
  why?: string;
}

export interface ImportReport {
  file: string;
  /** The reader that read the file (text, docx, pdf) and the text's encoding. */
  format: string;
  encoding: string;
  slug: string;
  lines: { total: number; nonBlank: number };
  hardWrapped: boolean;
  tasksSection: string | null;
  facts: ReportFact[];
  items: ReportItem[];
  tasks: number;
  unknownAgencies: { line: number; task: string; role: 'lead' | 'partners'; text: string }[];
  unparsedTimes: { line: number; task: string; text: string; detail?: string }[];
  unparsedQuantities: { line: number; task: string; text: string; detail?: string }[];
  noLead: { line: number; item: string; why: string }[];
  noTiming: { line: number; task: string }[];
  inherited: { task: string; fields: string[]; note: string }[];
  dropped: { line: number; text: string; why: string }[];
  notes: { line: number | null; message: string }[];
  review: { task: string; themes: Suggestion[]; targetGroups: Suggestion[] }[];
  targetCandidates: { line: number; text: string }[];
  coverage: { checked: number; missing: { line: number; text: string }[] };
}

export function emptyReport(file: string): ImportReport {
  return {
    file,
    format: 'text',
    encoding: 'UTF-8',
    slug: '',
    lines: { total: 0, nonBlank: 0 },
    hardWrapped: false,
    tasksSection: null,
    facts: [],
    items: [],
    tasks: 0,
    unknownAgencies: [],
    unparsedTimes: [],
    unparsedQuantities: [],
    noLead: [],
    noTiming: [],
    inherited: [],
    dropped: [],
    notes: [],
    review: [],
    targetCandidates: [],
    coverage: { checked: 0, missing: [] },
  };
}

const OUTCOME: Record<ReportItem['outcome'], string> = {
  task: 'nhiệm vụ',
  heading: 'tiêu đề mục (các mục con là nhiệm vụ)',
  group: 'nhóm (các mục con là nhiệm vụ)',
  goal: 'mục tiêu/mục đích (goals)',
  'not-task': 'KHÔNG thành nhiệm vụ',
  outside: 'ngoài phần nhiệm vụ',
};

const pad = (line: number | null) => (line === null ? '        ' : `dòng ${String(line).padStart(3)}`);

/** The report as plain text, for the terminal and for review. */
export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  const section = (title: string, rows: string[], empty = 'không có') => {
    out.push('', `## ${title} (${rows.length})`);
    out.push(...(rows.length ? rows.map((row) => `  ${row}`) : [`  ${empty}`]));
  };
  out.push(`# Báo cáo nhập: ${report.file} → ${report.slug ? `content/plans/${report.slug}.mdx` : '(không tạo tệp)'}`);
  out.push(
    `${report.format === 'text' ? `văn bản (${report.encoding})` : report.format === 'docx' ? 'tệp Word (.docx)' : 'tệp PDF'}, ${report.lines.total} dòng (${report.lines.nonBlank} dòng có chữ)${report.hardWrapped ? ', xuống dòng cứng (đã nối lại)' : ''}; phần nhiệm vụ: ${report.tasksSection ?? 'không thấy'}; ${report.tasks} nhiệm vụ.`,
  );
  section(
    'Thông tin văn bản',
    report.facts.map((fact) =>
      fact.value === null
        ? `${pad(fact.line)}  ${fact.field}: không có trong văn bản${fact.from ? ` (${fact.from})` : ''}${fact.required === false ? '' : ': ghi null; người biên tập bổ sung nếu có nguồn khác'}`
        : `${pad(fact.line)}  ${fact.field}: ${fact.value} (${fact.from})`,
    ),
  );
  section(
    'Các mục có số thứ tự / chữ cái',
    report.items.map(
      (item) =>
        `${pad(item.line)}  ${item.marker.padEnd(10)} ${OUTCOME[item.outcome]}${item.task ? ` ${item.task}` : ''}${item.why ? `: ${item.why}` : ''}`,
    ),
  );
  section(
    'Cơ quan chưa có trong danh mục (src/lib/agencies.ts): không ghi vào frontmatter, cần thêm bí danh hoặc sửa',
    report.unknownAgencies.map(
      (u) => `${pad(u.line)}  ${u.task} (${u.role === 'lead' ? 'chủ trì' : 'phối hợp'}): “${u.text}”`,
    ),
  );
  section(
    'Thời gian chưa đọc được (src/lib/timing.ts): ghi raw: null, cần thêm quy tắc hoặc sửa',
    report.unparsedTimes.map((u) => `${pad(u.line)}  ${u.task}: “${u.text}”`),
  );
  section(
    'Số lượng chưa đọc được (src/lib/quantity.ts)',
    report.unparsedQuantities.map((u) => `${pad(u.line)}  ${u.task}: “${u.text}”`),
  );
  section(
    'Mục không có cơ quan chủ trì (không thành nhiệm vụ)',
    report.noLead.map((u) => `${pad(u.line)}  ${u.item}: ${u.why}`),
  );
  section(
    'Nhiệm vụ không nêu thời gian',
    report.noTiming.map((u) => `${pad(u.line)}  ${u.task}`),
  );
  section(
    'Thuộc tính nêu chung cho nhóm (inherited)',
    report.inherited.map((u) => `         ${u.task}: ${u.fields.join(', ')} — ${u.note}`),
  );
  section(
    'Dòng không đưa vào nội dung',
    report.dropped.map((u) => `${pad(u.line)}  “${u.text}”: ${u.why}`),
  );
  section(
    'Ghi chú',
    report.notes.map((u) => `${pad(u.line)}  ${u.message}`),
  );
  section(
    'Cần người duyệt: chủ đề và đối tượng gợi ý theo từ khóa (src/lib/importer/classify.ts)',
    report.review.map(
      (r) =>
        `${r.task.padEnd(8)} chủ đề: ${r.themes.map((s) => `${s.id} (“${s.because}”)`).join(', ')}; đối tượng: ${r.targetGroups.length ? r.targetGroups.map((s) => `${s.id} (“${s.because}”)`).join(', ') : '—'}`,
    ),
  );
  section(
    'Câu mục tiêu có số liệu: ứng viên cho targets (nhập tay)',
    report.targetCandidates.map((u) => `${pad(u.line)}  ${u.text}`),
  );
  out.push(
    '',
    `## Kiểm tra không mất dòng: ${report.coverage.checked} dòng có chữ, ${report.coverage.missing.length} dòng không tìm thấy ở đầu ra`,
  );
  for (const miss of report.coverage.missing) out.push(`  ${pad(miss.line)}  “${miss.text}”`);
  return `${out.join('\n')}\n`;
}
