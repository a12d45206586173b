/**
 * The importer: a plan in (its raw text, or the document model a reader made of a Word or PDF
 * file, see document.ts and readers/), the MDX content file (frontmatter + body, as
 * content/README.md describes it) and a report out. Pure: no file system, no Node API, so that
 * it also runs in the browser. Stops with an
 * `ImportError` (and the line where it broke) when the text cannot be read as a plan; otherwise
 * the result validates against `planSchema` and every non-blank source line is accounted for in
 * the body, the frontmatter or the report (checked on the written output, see coverage.ts).
 */
import { planSchema, type PlanInput, type Plan } from '../../schemas/plan.ts';
import { fold, slugify } from '../vietnamese.ts';
import { taskRecords, type TaskRecord } from '../plans.ts';
import { readSourceLines, unwrap, type Block, type SourceLine } from './lines.ts';
import { textDocument, type PlanDocument } from './document.ts';
import { findFurniture } from './furniture.ts';
import { arrange } from './layout.ts';
import { parseLettered, parseNumbered } from './markers.ts';
import { findAppendix, parseHead, parseSignature, type Head, type Signature } from './header.ts';
import { findCitations, mergeCitations } from './citations.ts';
import {
  buildItems,
  findSections,
  flatten,
  ImportError,
  isSectionHeading,
  numberingNotes,
  pickTasksSection,
  type Item,
  type Section,
} from './structure.ts';
import { parseAttribute } from './labels.ts';
import { draftTasks, type NotATask, type TaskDraft } from './tasks.ts';
import { readGoals, type Goals } from './goals.ts';
import { bodyParts } from './body.ts';
import { balanceEmphasis, readMdx, renderBody, renderMdx, type Part } from './mdx.ts';
import { emptyReport, type ImportReport } from './report.ts';
import { checkCoverage, type Destination } from './coverage.ts';

export { ImportError, type ImportErrorKind } from './structure.ts';
export { textDocument, documentText, type PlanDocument } from './document.ts';
export { formatReport, type ImportReport } from './report.ts';

export interface ImportOptions {
  /** The source path as it will be cited in the frontmatter: "sources/<name>.txt". */
  file: string;
  /** Override the slug (default: <province>-<year> or <province>-<start>-<end>). */
  slug?: string;
}

export interface ImportResult {
  slug: string;
  /** The frontmatter as written (what an author would write). */
  input: PlanInput;
  /** The frontmatter validated and resolved by planSchema. */
  plan: Plan;
  body: string;
  mdx: string;
  report: ImportReport;
  /** The tasks in the shape of /data/tasks.json. */
  records: TaskRecord[];
}

/** The facts of the head and foot that the schema requires; an ImportError when one is missing. */
interface Meta {
  title: string;
  province: string;
  issuer: string;
  kind: PlanInput['plan']['kind'];
  period: { start: number; end: number };
  signer: PlanInput['plan']['signer'];
}

function requiredMeta(head: Head, signature: Signature): Meta {
  const need = <T>(fact: { value: T } | null, what: string, at: number): T => {
    if (!fact) throw new ImportError(`không đọc được ${what}`, at);
    return fact.value;
  };
  const title = need(head.title, 'tên kế hoạch (dòng dưới chữ “KẾ HOẠCH”)', 1);
  const at = head.title!.line;
  const province = need(head.province, 'tên tỉnh (ở phần đầu văn bản, khối thông tin hoặc tên kế hoạch)', at);
  const kind = need(head.kind, 'loại kế hoạch: tên kế hoạch không ghi “giai đoạn …” hay “năm …”', at);
  const period = need(head.period, 'thời kỳ của kế hoạch', at);
  if (period.end < period.start)
    throw new ImportError(`thời kỳ ${period.start}–${period.end}: năm kết thúc trước năm bắt đầu`, at);
  // A copy without its signature block is still the plan: the signer is null, and reported.
  const name = (signature.name ?? head.metadataSigner)?.value ?? null;
  const capacity = signature.capacity?.value ?? null;
  return {
    title,
    province,
    issuer: head.issuer?.value ?? `Ủy ban nhân dân tỉnh ${province}`,
    kind,
    period,
    signer: { name, capacity, onBehalfOf: signature.onBehalfOf?.value ?? null },
  };
}

/** The report's list of head and foot facts, each with where it was read. */
function reportFacts(report: ImportReport, head: Head, signature: Signature, meta: Meta) {
  const fact = (
    field: string,
    value: string | null,
    source: { line: number; from: string } | null | undefined,
    missing: string | null = null,
  ) => ({
    field,
    value,
    line: source?.line ?? null,
    from: source?.from ?? missing,
  });
  const signerFact = signature.name ?? head.metadataSigner;
  report.facts.push(
    fact('Tên kế hoạch', meta.title, head.title),
    fact('Tỉnh', meta.province, head.province),
    fact('Cơ quan ban hành', meta.issuer, head.issuer, 'không ghi rõ: mặc định Ủy ban nhân dân tỉnh'),
    fact('Số hiệu', head.number?.value ?? null, head.number),
    fact('Ngày ban hành', head.issued?.value ?? null, head.issued),
    fact('Địa danh', head.place?.value ?? null, head.place),
    fact(
      'Loại kế hoạch',
      meta.kind === 'giai-doan' ? 'giai-doan (kế hoạch giai đoạn)' : 'hang-nam (kế hoạch năm)',
      head.kind,
    ),
    fact('Thời kỳ', `${meta.period.start}–${meta.period.end}`, head.period),
    fact('Người ký', meta.signer.name, signerFact),
    fact('Chức vụ người ký', meta.signer.capacity, signature.capacity),
    { ...fact('Ký thay mặt (TM.)', meta.signer.onBehalfOf, signature.onBehalfOf, 'không in “TM.”'), required: false },
  );
  if (signature.name && head.metadataSigner && fold(signature.name.value) !== fold(head.metadataSigner.value)) {
    report.notes.push({
      line: signature.name.line,
      message: `người ký “${signature.name.value}” khác “${head.metadataSigner.value}” của khối thông tin (dòng ${head.metadataSigner.line})`,
    });
  }
  report.notes.push(...head.notes);
}

/** For every numbered or lettered line of every section: what it became, or why not. */
function reportItems(
  report: ImportReport,
  blocks: Block[],
  sections: Section[],
  tasksSection: Section,
  trees: Map<Section, { items: Item[] }>,
  drafts: Map<Item, TaskDraft>,
  notTasks: NotATask[],
  goals: Goals,
) {
  for (const section of sections) {
    const flat = flatten(trees.get(section)?.items ?? []);
    for (const i of section.blocks) {
      const numbered = parseNumbered(blocks[i]!.text);
      const lettered = numbered ? null : parseLettered(blocks[i]!.text);
      if (!numbered && !lettered) continue;
      const line = blocks[i]!.lines[0]!;
      const item = flat.find((it) => it.heading === i);
      const marker = `${section.numeral}.${item?.ref ?? (numbered ? numbered.parts.join('.') : `${lettered!.letter})`)}`;
      if (section !== tasksSection) {
        const goal = goals.blocks.has(i) || goals.headings.has(i);
        const why = goals.blocks.has(i)
          ? undefined
          : goals.headings.has(i)
            ? `tiêu đề nhóm “${numbered!.title}”: các dòng dưới nó là goals`
            : `thuộc phần ${section.numeral}. ${section.title}`;
        report.items.push({ line, marker, outcome: goal ? 'goal' : 'outside', why });
        continue;
      }
      const draft = item && drafts.get(item);
      if (draft) report.items.push({ line, marker, outcome: 'task', task: draft.ref });
      else if (item && item.children.length)
        report.items.push({ line, marker, outcome: item.parent ? 'group' : 'heading' });
      else {
        const why = notTasks.find((n) => n.item === item)?.why ?? 'không đọc được';
        report.items.push({ line, marker, outcome: 'not-task', why });
        report.noLead.push({ line, item: item?.ref ?? marker, why });
      }
    }
  }
}

/** The frontmatter, in the order and shape of content/README.md. */
function frontmatter(
  meta: Meta,
  head: Head,
  file: string,
  goals: Goals,
  legalBases: PlanInput['plan']['legalBases'],
  drafts: TaskDraft[],
): PlanInput {
  return {
    plan: {
      title: meta.title,
      province: meta.province,
      issuer: meta.issuer,
      number: head.number?.value ?? null,
      issued: head.issued?.value ?? null,
      ...(head.issued
        ? {}
        : { issuedNote: 'Văn bản nguồn không ghi ngày ban hành: cần bổ sung từ nguồn khác, nếu có.' }),
      place: head.place?.value ?? null,
      signer: meta.signer,
      kind: meta.kind,
      period: meta.period,
      legalBases,
      sources: [
        {
          file,
          role: 'primary',
          title: head.metadata.length
            ? 'Toàn văn kế hoạch (kèm khối thông tin văn bản)'
            : head.number
              ? 'Toàn văn kế hoạch'
              : 'Toàn văn kế hoạch (không có phần đầu văn bản)',
          supports: [
            'Toàn văn',
            ...(head.number ? ['Số hiệu'] : []),
            ...(head.issued ? ['Ngày ban hành'] : []),
            ...(meta.signer.name ? ['Người ký'] : []),
            'Nhiệm vụ',
          ],
        },
      ],
      corrections: [],
    },
    goals: goals.goals,
    targets: [],
    tasks: drafts.map((draft) => ({
      ref: draft.ref,
      section: draft.section,
      ...(draft.group ? { group: draft.group } : {}),
      title: draft.title,
      ...(draft.description ? { description: draft.description } : {}),
      lead: draft.lead,
      partners: draft.partners,
      timing: draft.timing,
      ...(draft.quantities.length ? { quantities: draft.quantities } : {}),
      ...(draft.audience ? { audience: draft.audience } : {}),
      targetGroups: draft.targetGroups,
      themes: draft.themes,
      activityTypes: draft.activityTypes,
      ...(draft.inherited.length ? { inherited: draft.inherited, inheritedNote: draft.inheritedNote } : {}),
    })),
  };
}

/** A hint for a text with no sections at all: it reads like a news item (times, "Cập nhật lúc"). */
function newsHint(blocks: Block[]): string {
  const start = blocks
    .slice(0, 10)
    .map((b) => b.text)
    .join('\n');
  return /Cập nhật lúc|\b\d{1,2}:\d{2}\b|^Tin\s/imu.test(start)
    ? ' — có vẻ là một bản tin, không phải toàn văn kế hoạch'
    : '';
}

/** The longest text imported (2 million characters, some 1,000 pages): a plan is far shorter. */
export const MAX_TEXT_CHARS = 2_000_000;

/** Import a plan: its raw text, or the document a reader made of a Word or PDF file. */
export function importPlan(source: string | PlanDocument, options: ImportOptions): ImportResult {
  const document = typeof source === 'string' ? textDocument(source.replace(/^\ufeff/, '')) : source;
  const size = document.lines.reduce((sum, line) => sum + line.text.length + 1, 0);
  if (size > MAX_TEXT_CHARS) {
    throw new ImportError(
      `văn bản quá dài: ${size.toLocaleString('vi')} ký tự, giới hạn ${MAX_TEXT_CHARS.toLocaleString('vi')} (khoảng 1.000 trang); một kế hoạch ngắn hơn nhiều: kiểm tra lại tệp`,
      null,
      'too-large',
    );
  }
  const report = emptyReport(options.file);
  report.format = document.format;
  report.encoding = document.encoding;
  const lines: SourceLine[] = readSourceLines(document);
  report.lines = { total: lines.length, nonBlank: lines.filter((l) => l.text !== '').length };
  if (report.lines.nonBlank === 0) throw new ImportError('tệp không có chữ nào', null, 'empty');
  report.notes.push(...document.notes);
  for (const line of lines) {
    if (line.controls.length)
      report.notes.push({
        line: line.n,
        message: `đã bỏ ${line.controls.length} ký tự điều khiển (${[...new Set(line.controls)].join(', ')}): không phải chữ của văn bản`,
      });
  }
  // Page furniture out, tables and columns in reading order, then hard wraps joined.
  const furniture = findFurniture(lines);
  const skip = new Set(furniture.map((entry) => entry.line));
  const arranged = arrange(lines, skip);
  const { blocks, dropped, hardWrapped } = unwrap(lines, arranged.entries, skip);
  report.hardWrapped = hardWrapped;
  report.dropped.push(...furniture, ...arranged.dropped, ...dropped);
  report.notes.push(...arranged.notes);
  if (blocks.length === 0) throw new ImportError('tệp không có chữ nào ngoài số trang và dòng lặp lại', null, 'empty');
  const lineOf = (i: number) => blocks[i]!.lines[0]!;

  // 1. Outline: the foot (recipients, signature), an appendix after it, and the Roman-numeral sections.
  const appendixStart = findAppendix(blocks, 0);
  const signature = parseSignature(blocks, 0, appendixStart);
  const firstSection = blocks.findIndex((block, i) => i < signature.footStart && isSectionHeading(block.text));
  if (firstSection < 0) {
    throw new ImportError(
      `không thấy phần nào đánh số La Mã (I., II., …): văn bản không có cấu trúc của một kế hoạch. Dòng đầu: “${blocks[0]!.text.slice(0, 80)}”${newsHint(blocks)}`,
      lineOf(0),
    );
  }
  const mainSections = findSections(blocks, firstSection, signature.footStart);
  const appendix: Section | null =
    appendixStart < blocks.length
      ? {
          numeral: 'PHỤ LỤC',
          value: 0,
          title: blocks[appendixStart]!.text.replace(/^\**PHỤ LỤC\s*/u, '').replace(/\*\*/g, '') || 'Phụ lục',
          heading: appendixStart,
          blocks: [...Array(blocks.length - appendixStart - 1).keys()].map((k) => appendixStart + 1 + k),
        }
      : null;
  const sections = appendix ? [...mainSections, appendix] : mainSections;
  // The tasks: in the section titled NỘI DUNG / NHIỆM VỤ, or in a table of the appendix.
  const mainTasks = pickTasksSection(blocks, mainSections);
  const leads = (section: Section) =>
    section.blocks.filter((i) => parseAttribute(blocks[i]!.text)?.field === 'lead').length;
  const tasksSection = appendix && leads(appendix) > (mainTasks ? leads(mainTasks) : 0) ? appendix : mainTasks;
  if (!tasksSection) {
    throw new ImportError(
      `không thấy phần nhiệm vụ (một phần La Mã tên NỘI DUNG hoặc NHIỆM VỤ); các phần có: ${mainSections.map((s) => `${s.numeral}. ${s.title}`).join('; ')}`,
      lineOf(firstSection),
    );
  }
  report.tasksSection = `${tasksSection.numeral}. ${tasksSection.title} (dòng ${lineOf(tasksSection.heading)})`;

  // 2. Head and foot: title, province, number, date, kind, period, issuer, signer.
  const head = parseHead(blocks, firstSection);
  const meta = requiredMeta(head, signature);
  const slug =
    options.slug ??
    `${slugify(meta.province)}-${meta.period.start === meta.period.end ? meta.period.start : `${meta.period.start}-${meta.period.end}`}`;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    throw new ImportError(`slug “${slug}” không hợp lệ (chỉ chữ thường không dấu, số và “-”)`);
  report.slug = slug;
  reportFacts(report, head, signature, meta);
  for (const i of signature.stray) {
    for (const n of blocks[i]!.lines)
      report.dropped.push({
        line: n,
        text: lines[n - 1]!.text,
        why: 'ở vùng chữ ký nhưng không phải chức vụ hay tên người ký: có vẻ là ký tự thừa',
      });
  }

  // 3. The item tree of every section; tasks from the tasks section.
  const trees = new Map<Section, { lead: number[]; items: Item[] }>();
  for (const section of sections) {
    try {
      trees.set(section, buildItems(blocks, section));
    } catch (error) {
      if (section === tasksSection || !(error instanceof ImportError)) throw error;
      // Outside the tasks section a numbering slip is only noted: those blocks are kept as text.
      trees.set(section, { lead: section.blocks, items: [] });
      report.notes.push({
        line: error.line,
        message: `phần ${section.numeral}: ${error.message.replace(/^dòng \d+: /, '')} (phần này không có nhiệm vụ: giữ nguyên văn)`,
      });
    }
  }
  report.notes.push(
    ...numberingNotes(blocks, mainSections, new Map([...trees].map(([section, tree]) => [section, tree.items]))),
  );
  const {
    tasks: drafts,
    notTasks,
    attributes,
  } = draftTasks(blocks, trees.get(tasksSection)!.items, { province: meta.province, period: meta.period });
  if (drafts.length === 0) {
    throw new ImportError(
      `phần nhiệm vụ ${tasksSection.numeral}. ${tasksSection.title} không có mục nào có cơ quan chủ trì: không tìm thấy nhiệm vụ`,
      lineOf(tasksSection.heading),
    );
  }
  const draftOf = new Map<Item, TaskDraft>(drafts.map((draft) => [draft.item, draft]));
  report.tasks = drafts.length;

  // 4. Goals, from the sections before the tasks.
  const goals = readGoals(blocks, mainSections.slice(0, mainSections.indexOf(mainTasks ?? tasksSection)));
  if (goals.goals.length === 0) {
    throw new ImportError(
      'không thấy mục đích, yêu cầu hay mục tiêu nào (một phần La Mã tên MỤC ĐÍCH/MỤC TIÊU trước phần nhiệm vụ)',
      lineOf(firstSection),
    );
  }
  report.targetCandidates = goals.candidates;

  // 5. Legal bases: documents cited in the preamble (căn cứ), then anywhere else (cites).
  const legalBases = mergeCitations(
    blocks.flatMap((block, i) =>
      head.metadata.includes(i) || i === head.titleBlock
        ? []
        : findCitations(block.text, block.lines[0]!, {
            province: meta.province,
            inPreamble: head.preamble.includes(i),
            ownNumber: head.number?.value ?? null,
          }),
    ),
  );
  for (const citation of legalBases) {
    if (citation.printed)
      report.notes.push({
        line: citation.line,
        message: `số hiệu “${citation.printed}” viết có khoảng trắng thừa: ghi “${citation.number}”`,
      });
  }

  // 6. The report: every item's outcome, each task's problems, the suggestions to review.
  reportItems(report, blocks, sections, tasksSection, trees, draftOf, notTasks, goals);
  for (const [item, found] of attributes) {
    const ref = draftOf.get(item)?.ref ?? item.ref;
    for (const u of found.unknownAgencies)
      report.unknownAgencies.push({ line: u.line, task: ref, role: u.role, text: u.text });
    for (const u of found.unparsedQuantities)
      report.unparsedQuantities.push({ line: u.line, task: ref, text: u.text, detail: u.detail });
    for (const u of found.repeatedLabels)
      report.notes.push({ line: u.line, message: `${ref}: “${u.text}” ${u.detail}` });
  }
  for (const draft of drafts) {
    if (draft.unparsedTiming)
      report.unparsedTimes.push({
        line: draft.unparsedTiming.line,
        task: draft.ref,
        text: draft.unparsedTiming.text,
        detail: draft.unparsedTiming.detail,
      });
    if (!draft.timing.label) report.noTiming.push({ line: lineOf(draft.item.heading), task: draft.ref });
    if (draft.inherited.length)
      report.inherited.push({ task: draft.ref, fields: draft.inherited, note: draft.inheritedNote ?? '' });
    report.review.push({
      task: draft.ref,
      themes: draft.suggestions.themes,
      activityTypes: draft.suggestions.activityTypes,
      targetGroups: draft.suggestions.targetGroups,
    });
  }

  // 7. The file: frontmatter and body.
  const input = frontmatter(
    meta,
    head,
    options.file,
    goals,
    legalBases.map(({ type, number, date, issuer, title, relation }) => ({
      type,
      number,
      date,
      issuer,
      title,
      relation,
    })),
    drafts,
  );
  const parts = bodyParts({
    blocks,
    slug,
    firstSection,
    metadata: head.metadata,
    sections: mainSections,
    appendix,
    tasksSection,
    trees,
    drafts: draftOf,
    attributes,
    footStart: signature.footStart,
    footEnd: appendixStart,
    stray: signature.stray,
  });
  const textParts = parts.filter((part): part is Extract<Part, { text: string }> => 'text' in part);
  // Bold left open across lines by the copy ("**KT. CHỦ TỊCH ⏎ PHÓ CHỦ TỊCH**").
  const balanced = balanceEmphasis(textParts.map((part) => part.text));
  textParts.forEach((part, k) => (part.text = balanced.texts[k]!));
  for (const k of balanced.removed)
    report.notes.push({
      line: textParts[k]!.lines[0]!,
      message: 'dấu “**” (chữ đậm markdown) không có dấu đóng: đã bỏ',
    });
  const body = renderBody(parts);
  const mdx = renderMdx(input, body);

  // 8. Validate what was written, and prove that no line was lost.
  const written = readMdx(mdx);
  const validated = planSchema.safeParse(written.frontmatter);
  if (!validated.success) {
    const issues = validated.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new ImportError(`tệp tạo ra không hợp lệ theo src/schemas/plan.ts: ${issues}`, null, 'internal');
  }
  const destinations: Destination[] = [
    ...drafts.map((draft) => ({
      lines: blocks[draft.item.heading]!.lines,
      kind: 'frontmatter' as const,
      where: `tasks.${draft.ref}.title`,
    })),
    ...textParts.map((part) => ({ lines: part.lines, kind: 'body' as const, where: 'body' })),
    ...report.dropped.map((entry) => ({ lines: [entry.line], kind: 'report' as const, where: 'dropped' })),
  ];
  report.coverage = checkCoverage(
    lines,
    destinations,
    { frontmatter: written.frontmatter, body: written.body, report },
    arranged.pieces,
  );
  if (report.coverage.missing.length) {
    throw new ImportError(
      `lỗi của trình nhập: ${report.coverage.missing.length} dòng không có ở đầu ra (${report.coverage.missing.map((m) => m.line).join(', ')})`,
      report.coverage.missing[0]!.line,
      'internal',
    );
  }
  return {
    slug,
    input,
    plan: validated.data,
    body,
    mdx,
    report,
    records: taskRecords([{ id: slug, data: validated.data }]),
  };
}
