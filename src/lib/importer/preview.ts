/**
 * What the page /them-ke-hoach/ shows of an imported file, as plain data (it is made in the page's
 * worker and posted to the page): the document's facts, found and missing, each with its line; the
 * tasks as the site's task cards show them (lead, partners, time as written and as read); the
 * report, in the sections a person has to look at and the ones that only inform, each row with
 * its source line and the text of that line; and the files offered: the MDX as the command line
 * writes it, and the text it cites. Pure.
 */
import type { ImportedFile } from './file.ts';
import { reportSections, reportSummary, type ReportRow } from './report.ts';
import type { Task } from '../../schemas/plan.ts';
import { formatDate, inheritedLabel, periodLabel } from '../plans.ts';
import { PLAN_KINDS } from '../plan-kinds.ts';
import { TIMING_READING } from '../timing-kinds.ts';
import { getTheme } from '../themes.ts';
import { getActivityType } from '../activity-types.ts';
import { getTargetGroup } from '../target-groups.ts';
import { formatQuantity } from '../quantity.ts';
import { fold } from '../vietnamese.ts';

export interface PreviewAgency {
  /** As the plan writes it. */
  asWritten: string;
  /** The registry's name of the agency it was recognised as, when it reads differently. */
  name: string | null;
  scope: string | null;
}

export interface PreviewTask {
  ref: string;
  title: string;
  /** The item of the tasks section the task is under (the task itself when it has no sub-items). */
  section: { ref: string; title: string };
  group: { ref: string; title: string } | null;
  lead: PreviewAgency[];
  partners: PreviewAgency[];
  timing: { raw: string | null; reading: string; start: string | null; end: string | null };
  quantities: string[];
  targetGroups: string[];
  themes: string[];
  /** The suggested activity types (src/lib/activity-types.ts), by label. */
  activityTypes: string[];
  inherited: string | null;
}

export interface PreviewRow {
  line: number | null;
  text: string;
  /** The text of the source line, when the row does not already quote it. */
  quote: string | null;
}

export interface PreviewSection {
  id: string;
  title: string;
  /** What the section means for the person, and what to do about it. */
  hint: string;
  rows: PreviewRow[];
}

export interface PreviewFact {
  field: string;
  value: string | null;
  line: number | null;
  /** Where it was read, or why it is missing. */
  from: string | null;
  /** A fact every plan has, not found in this one. */
  missing: boolean;
}

export interface Preview {
  /** The file as the person gave it (or the name given to pasted text). */
  name: string;
  /** What was read: format, lines, tasks section, tasks. */
  summary: string;
  plan: { title: string; province: string; kind: string; period: string };
  facts: PreviewFact[];
  tasks: PreviewTask[];
  /** Report sections a person should look at, empty ones left out. */
  problems: PreviewSection[];
  /** Report sections that inform (what each numbered item became, suggestions), empty ones left out. */
  details: PreviewSection[];
  mdx: { name: string; text: string };
  /** The text the plan cites (sources/<name>.txt); `text` is null when it is the person's own file. */
  source: { path: string; name: string; text: string | null };
}

/** The page's wording of the report's sections: a title for a non-developer, and what to do. */
const PROBLEMS: Record<string, { title: string; hint: string }> = {
  'missing-facts': {
    title: 'Thông tin văn bản còn thiếu',
    hint: 'Ghi là chưa rõ, không suy đoán. Nếu bạn biết từ nguồn khác (cổng thông tin của tỉnh, công báo), ghi kèm khi gửi.',
  },
  'unknown-agencies': {
    title: 'Cơ quan chưa có trong danh mục',
    hint: 'Chưa ghi vào nhiệm vụ. Người duy trì sẽ thêm cách viết này vào danh mục cơ quan; nếu bạn biết đó là cơ quan nào, ghi kèm khi gửi.',
  },
  'unparsed-times': {
    title: 'Thời gian chưa đọc được',
    hint: 'Nguyên văn vẫn được giữ; nhiệm vụ ghi là chưa rõ thời gian cho đến khi có quy tắc đọc cách viết này.',
  },
  'unparsed-quantities': {
    title: 'Số lượng chưa đọc được',
    hint: 'Nguyên văn vẫn được giữ trong toàn văn.',
  },
  'no-lead': {
    title: 'Mục không thành nhiệm vụ (không thấy cơ quan chủ trì)',
    hint: 'Mục vẫn nằm trong toàn văn. Nếu đó là một nhiệm vụ, xem dòng này: văn bản có thể ghi cơ quan chủ trì ở chỗ khác.',
  },
  'no-timing': {
    title: 'Nhiệm vụ không nêu thời gian',
    hint: 'Văn bản không ghi thời gian cho các nhiệm vụ này, hoặc ghi ở chỗ trình nhập chưa đọc.',
  },
  dropped: {
    title: 'Dòng không đưa vào nội dung',
    hint: 'Số trang, tiêu đề lặp lại ở mỗi trang, đường kẻ… được bỏ. Kiểm tra không có câu nào của kế hoạch bị bỏ nhầm.',
  },
  notes: {
    title: 'Ghi chú của trình nhập',
    hint: 'Những điều trình nhập nhận thấy khi đọc: bảng mã, cách đánh số, ký tự thừa…',
  },
};

const DETAILS: Record<string, { title: string; hint: string }> = {
  items: {
    title: 'Mỗi mục có số thứ tự đã thành gì',
    hint: 'Mọi mục đánh số hoặc chữ cái của văn bản: thành nhiệm vụ, nhóm, mục tiêu, hay vì sao không.',
  },
  inherited: {
    title: 'Thuộc tính nêu chung cho nhóm',
    hint: 'Cơ quan hoặc thời gian ghi một lần cho cả nhóm, đã áp cho từng nhiệm vụ của nhóm.',
  },
  review: {
    title: 'Chủ đề và đối tượng gợi ý theo từ khóa',
    hint: 'Chỉ là gợi ý theo từ khóa; người duy trì sẽ duyệt.',
  },
  'target-candidates': {
    title: 'Câu mục tiêu có số liệu',
    hint: 'Ứng viên cho phần chỉ tiêu, được nhập tay.',
  },
};

/** The longest source line quoted beside a report row. */
const QUOTE_CHARS = 200;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The task as the site's task card shows it. */
function previewTask(task: Task): PreviewTask {
  const agencies = (mentions: Task['lead']) =>
    mentions.map((m) => ({
      asWritten: m.asWritten,
      name: fold(m.name) === fold(m.asWritten) ? null : m.name,
      scope: m.scope ?? null,
    }));
  return {
    ref: task.ref,
    title: task.title,
    section: task.section,
    group: task.group ?? null,
    lead: agencies(task.lead),
    partners: agencies(task.partners),
    timing: {
      raw: task.timing.raw,
      reading: TIMING_READING[task.timing.kind],
      start: formatDate(task.timing.start),
      end: formatDate(task.timing.end),
    },
    quantities: task.quantities.map(formatQuantity),
    targetGroups: task.targetGroups.map((id) => getTargetGroup(id).label),
    themes: task.themes.map((id) => getTheme(id).label),
    activityTypes: task.activityTypes.map((id) => getActivityType(id).label),
    inherited: inheritedLabel(task),
  };
}

/** The preview of an imported file named `name`; `offered` is the source text to offer with the MDX. */
export function preview(imported: ImportedFile, name: string, offered = imported.sourceText): Preview {
  const { result, document } = imported;
  const { report, plan } = result;
  const quote = (row: ReportRow): string | null => {
    if (row.line === undefined || row.line === null) return null;
    const text = collapse(document.lines[row.line - 1]?.text ?? '');
    if (text === '' || collapse(row.text).includes(text)) return null;
    return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text;
  };
  const rows = (list: ReportRow[]): PreviewRow[] =>
    list.map((row) => ({ line: row.line ?? null, text: collapse(row.text), quote: quote(row) }));
  // The kind and the period as the site words them, not as the frontmatter codes them.
  const worded: Record<string, string> = {
    'Loại kế hoạch': PLAN_KINDS.label(plan.plan.kind),
    'Thời kỳ': periodLabel(plan.plan),
  };
  const facts: PreviewFact[] = report.facts.map((fact) => ({
    field: fact.field,
    value: fact.value === null ? null : (worded[fact.field] ?? fact.value),
    line: fact.line,
    from: fact.from,
    missing: fact.value === null && fact.required !== false,
  }));
  const sections = new Map(reportSections(report).map((section) => [section.id, section.rows]));
  sections.set(
    'missing-facts',
    facts
      .filter((fact) => fact.missing)
      .map((fact) => ({ line: fact.line, text: `${fact.field}: không có trong văn bản` })),
  );
  const pick = (wording: Record<string, { title: string; hint: string }>): PreviewSection[] =>
    Object.entries(wording)
      .map(([id, { title, hint }]) => ({ id, title, hint, rows: rows(sections.get(id) ?? []) }))
      .filter((section) => section.rows.length > 0);
  const sourceName = imported.source.replace(/^sources\//, '');
  return {
    name,
    summary: reportSummary(report),
    plan: {
      title: plan.plan.title,
      province: plan.plan.province,
      kind: PLAN_KINDS.label(plan.plan.kind),
      period: periodLabel(plan.plan),
    },
    facts,
    tasks: plan.tasks.map(previewTask),
    problems: pick(PROBLEMS),
    details: pick(DETAILS),
    mdx: { name: imported.mdxName, text: result.mdx },
    source: { path: imported.source, name: sourceName, text: offered },
  };
}
