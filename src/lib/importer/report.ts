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
  review: { task: string; themes: Suggestion[]; activityTypes: Suggestion[]; targetGroups: Suggestion[] }[];
  targetCandidates: { line: number; text: string }[];
  coverage: { checked: number; missing: { line: number; text: string }[] };
}

/** Suggestions with the phrase that made each apply: "cuoc-thi (“cuoc thi”), …". */
const because = (suggestions: Suggestion[]) => suggestions.map((s) => `${s.id} (“${s.because}”)`).join(', ');

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

/** A row of a report section: its text, and the source line it concerns (null: none; absent: not a line's row). */
export interface ReportRow {
  line?: number | null;
  text: string;
}

/** One section of the report, as the terminal prints it and the browser page shows it. */
export interface ReportSection {
  /** A stable name for the section. */
  id: string;
  title: string;
  rows: ReportRow[];
}

/** The sections of the report, in the order they are read: facts, items, then what needs a decision. */
export function reportSections(report: ImportReport): ReportSection[] {
  return [
    {
      id: 'facts',
      title: 'Thông tin văn bản',
      rows: report.facts.map((fact) => ({
        line: fact.line,
        text:
          fact.value === null
            ? `${fact.field}: không có trong văn bản${fact.from ? ` (${fact.from})` : ''}${fact.required === false ? '' : ': ghi null; người biên tập bổ sung nếu có nguồn khác'}`
            : `${fact.field}: ${fact.value} (${fact.from})`,
      })),
    },
    {
      id: 'items',
      title: 'Các mục có số thứ tự / chữ cái',
      rows: report.items.map((item) => ({
        line: item.line,
        text: `${item.marker.padEnd(10)} ${OUTCOME[item.outcome]}${item.task ? ` ${item.task}` : ''}${item.why ? `: ${item.why}` : ''}`,
      })),
    },
    {
      id: 'unknown-agencies',
      title:
        'Cơ quan chưa có trong danh mục (src/lib/agencies.ts): không ghi vào frontmatter, cần thêm bí danh hoặc sửa',
      rows: report.unknownAgencies.map((u) => ({
        line: u.line,
        text: `${u.task} (${u.role === 'lead' ? 'chủ trì' : 'phối hợp'}): “${u.text}”`,
      })),
    },
    {
      id: 'unparsed-times',
      title: 'Thời gian chưa đọc được (src/lib/timing.ts): ghi raw: null, cần thêm quy tắc hoặc sửa',
      rows: report.unparsedTimes.map((u) => ({ line: u.line, text: `${u.task}: “${u.text}”` })),
    },
    {
      id: 'unparsed-quantities',
      title: 'Số lượng chưa đọc được (src/lib/quantity.ts)',
      rows: report.unparsedQuantities.map((u) => ({ line: u.line, text: `${u.task}: “${u.text}”` })),
    },
    {
      id: 'no-lead',
      title: 'Mục không có cơ quan chủ trì (không thành nhiệm vụ)',
      rows: report.noLead.map((u) => ({ line: u.line, text: `${u.item}: ${u.why}` })),
    },
    {
      id: 'no-timing',
      title: 'Nhiệm vụ không nêu thời gian',
      rows: report.noTiming.map((u) => ({ line: u.line, text: u.task })),
    },
    {
      id: 'inherited',
      title: 'Thuộc tính nêu chung cho nhóm (inherited)',
      rows: report.inherited.map((u) => ({ line: null, text: `${u.task}: ${u.fields.join(', ')} — ${u.note}` })),
    },
    {
      id: 'dropped',
      title: 'Dòng không đưa vào nội dung',
      rows: report.dropped.map((u) => ({ line: u.line, text: `“${u.text}”: ${u.why}` })),
    },
    {
      id: 'notes',
      title: 'Ghi chú',
      rows: report.notes.map((u) => ({ line: u.line, text: u.message })),
    },
    {
      id: 'review',
      title: 'Cần người duyệt: chủ đề, loại hoạt động và đối tượng gợi ý theo từ khóa (src/lib/importer/classify.ts)',
      rows: report.review.map((r) => ({
        text: `${r.task.padEnd(8)} chủ đề: ${because(r.themes)}; loại hoạt động: ${because(r.activityTypes)}; đối tượng: ${r.targetGroups.length ? because(r.targetGroups) : '—'}`,
      })),
    },
    {
      id: 'target-candidates',
      title: 'Câu mục tiêu có số liệu: ứng viên cho targets (nhập tay)',
      rows: report.targetCandidates.map((u) => ({ line: u.line, text: u.text })),
    },
  ];
}

/** A one-line description of what was read: "tệp Word (.docx), 310 dòng (250 dòng có chữ)…". */
export function reportSummary(report: ImportReport): string {
  return `${report.format === 'text' ? `văn bản (${report.encoding})` : report.format === 'docx' ? 'tệp Word (.docx)' : 'tệp PDF'}, ${report.lines.total} dòng (${report.lines.nonBlank} dòng có chữ)${report.hardWrapped ? ', xuống dòng cứng (đã nối lại)' : ''}; phần nhiệm vụ: ${report.tasksSection ?? 'không thấy'}; ${report.tasks} nhiệm vụ.`;
}

/** The report as plain text, for the terminal and for review. */
export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  out.push(`# Báo cáo nhập: ${report.file} → ${report.slug ? `content/plans/${report.slug}.mdx` : '(không tạo tệp)'}`);
  out.push(reportSummary(report));
  for (const { title, rows } of reportSections(report)) {
    out.push('', `## ${title} (${rows.length})`);
    if (rows.length === 0) out.push('  không có');
    for (const row of rows) out.push(`  ${row.line === undefined ? '' : `${pad(row.line)}  `}${row.text}`);
  }
  out.push(
    '',
    `## Kiểm tra không mất dòng: ${report.coverage.checked} dòng có chữ, ${report.coverage.missing.length} dòng không tìm thấy ở đầu ra`,
  );
  for (const miss of report.coverage.missing) out.push(`  ${pad(miss.line)}  “${miss.text}”`);
  return `${out.join('\n')}\n`;
}
