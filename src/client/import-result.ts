/**
 * The result of an import on the page /them-ke-hoach/, drawn from the worker's preview
 * (src/lib/importer/preview.ts): the files to download, what needs a second look (each row with
 * its source line), the document's facts found and missing, the tasks as the site's task cards
 * show them, and the details; or, when the file could not be read, what went wrong and what to do
 * next. Every text is set as text, never as HTML. Loaded with the first file.
 */
import type { Preview, PreviewAgency, PreviewRow, PreviewSection, PreviewTask } from '../lib/importer/preview.ts';
import type { ImportFailure } from './import-worker.ts';

/** What an element holds: nodes, text, nothing (null, false), or lists of these. */
type Child = Node | string | null | undefined | false | Child[];

/** An element with attributes and children (strings become text nodes, lists are spread). */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) element.setAttribute(name, value);
  const add = (child: Child) => {
    if (Array.isArray(child)) child.forEach(add);
    else if (child !== null && child !== undefined && child !== false) element.append(child);
  };
  children.forEach(add);
  return element;
}

// The download links of the result shown, released when the next one is drawn.
const links: string[] = [];

function download(text: string, name: string, label: string, className: string): HTMLAnchorElement {
  const href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  links.push(href);
  return h('a', { href, download: name, class: className }, label);
}

/** Release the download links of the result shown. */
function release() {
  for (const href of links.splice(0)) URL.revokeObjectURL(href);
}

/** Replace what `output` shows, and take the reader there. */
function show(output: HTMLElement, section: HTMLElement) {
  output.replaceChildren(section);
  section.querySelector<HTMLElement>('h2')?.focus();
}

const lineLabel = (line: number | null) => (line === null ? null : h('span', { class: 'import-line' }, `dòng ${line}`));

function rowItem(row: PreviewRow): HTMLLIElement {
  return h(
    'li',
    null,
    lineLabel(row.line),
    h('span', null, row.text),
    row.quote && h('span', { class: 'import-quote' }, `“${row.quote}”`),
  );
}

function sectionRows(section: PreviewSection): HTMLUListElement {
  return h('ul', { class: 'import-rows' }, section.rows.map(rowItem));
}

function agencies(list: PreviewAgency[], role: 'lead' | 'partner'): HTMLElement {
  if (list.length === 0) return h('span', { class: 'muted' }, 'Văn bản không nêu');
  return h(
    'ul',
    { class: `agencies ${role}` },
    list.map((agency) =>
      h(
        'li',
        null,
        h('span', { class: 'import-agency' }, agency.asWritten),
        agency.scope && h('span', { class: 'muted small' }, `: ${agency.scope}`),
        agency.name && h('span', { class: 'muted small' }, ` (trong danh mục: ${agency.name})`),
      ),
    ),
  );
}

function chips(labels: string[], className: string): HTMLUListElement {
  return h(
    'ul',
    { class: `chips ${className}` },
    labels.map((label) => h('li', null, label)),
  );
}

function taskCard(task: PreviewTask): HTMLElement {
  const { timing } = task;
  const reading = timing.raw
    ? ` (${timing.reading}${timing.start ? ` từ ${timing.start}` : ''}${timing.end ? ` đến ${timing.end}` : ''})`
    : '';
  const facts: [string, Child][] = [
    ['Chủ trì', agencies(task.lead, 'lead')],
    ['Phối hợp', agencies(task.partners, 'partner')],
    [
      'Thời gian',
      h(
        'span',
        { class: 'timing' },
        timing.raw ?? h('span', { class: 'muted' }, 'Văn bản không nêu'),
        reading && h('span', { class: 'timing-reading small' }, reading),
      ),
    ],
  ];
  if (task.quantities.length) facts.push(['Số lượng', task.quantities.join('; ')]);
  if (task.targetGroups.length) facts.push(['Đối tượng', chips(task.targetGroups, 'tags')]);
  facts.push(['Chủ đề', chips(task.themes, 'tags themes')]);
  facts.push(['Loại hoạt động', chips(task.activityTypes, 'tags')]);
  return h(
    'section',
    { class: 'task' },
    h('h5', null, h('span', null, task.ref), ` ${task.title}`),
    h(
      'dl',
      { class: 'task-facts' },
      facts.map(([term, value]) => [h('dt', null, term), h('dd', null, value)]),
    ),
    task.inherited && h('p', { class: 'inherited' }, task.inherited),
  );
}

/**
 * The tasks, under the items of the tasks section they belong to (a task that is such an item
 * stands alone), and under their group when they are the lettered children of one.
 */
function taskList(tasks: PreviewTask[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  let section: string | null = null;
  let group: string | null = null;
  for (const task of tasks) {
    if (task.ref !== task.section.ref && task.section.ref !== section)
      out.push(h('h4', null, `${task.section.ref}. ${task.section.title}`));
    if (task.group && task.group.ref !== group)
      out.push(h('p', { class: 'import-group' }, `${task.group.ref}. ${task.group.title}`));
    section = task.section.ref;
    group = task.group?.ref ?? null;
    out.push(taskCard(task));
  }
  return out;
}

function factsTable(preview: Preview): HTMLElement {
  return h(
    'table',
    { class: 'import-facts' },
    h('caption', { class: 'visually-hidden' }, 'Thông tin văn bản đọc được, và dòng của văn bản nguồn'),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'Thông tin'),
        h('th', { scope: 'col' }, 'Đọc được'),
        h('th', { scope: 'col' }, 'Dòng'),
      ),
    ),
    h(
      'tbody',
      null,
      preview.facts.map((fact) =>
        h(
          'tr',
          fact.missing ? { class: 'is-missing' } : null,
          h('th', { scope: 'row' }, fact.field),
          h(
            'td',
            null,
            fact.value ?? h('strong', { class: 'import-missing' }, fact.missing ? 'Thiếu' : 'Không có'),
            fact.from && h('span', { class: 'muted small' }, ` (${fact.from})`),
          ),
          h('td', { class: 'num' }, fact.line === null ? '—' : String(fact.line)),
        ),
      ),
    ),
  );
}

/** Draw an import's result into `output`. */
export function showPreview(output: HTMLElement, preview: Preview): void {
  release();
  const toReview = preview.problems.reduce((sum, section) => sum + section.rows.length, 0);
  const missing = preview.facts.filter((fact) => fact.missing).length;
  const section = h(
    'section',
    { class: 'import-result', 'aria-labelledby': 'ket-qua', 'data-result-of': preview.name },
    h('h2', { id: 'ket-qua', tabindex: '-1' }, 'Kết quả'),
    h('p', { class: 'muted' }, `${preview.plan.kind} · ${preview.plan.province} · ${preview.plan.period}`),
    h('p', { class: 'import-plan-title' }, preview.plan.title),
    h(
      'ul',
      { class: 'import-counts' },
      h('li', null, h('a', { href: '#nhiem-vu' }, `${preview.tasks.length} nhiệm vụ`)),
      h('li', null, h('a', { href: '#can-xem-lai' }, `${toReview} điều cần xem lại`)),
      h('li', null, h('a', { href: '#thong-tin-van-ban' }, `${missing} thông tin văn bản còn thiếu`)),
    ),
    h('p', { class: 'small muted' }, `Đã đọc ${preview.name}: ${preview.summary}`),
    h(
      'div',
      { class: 'import-files' },
      download(preview.mdx.text, preview.mdx.name, `Tải tệp ${preview.mdx.name}`, 'button'),
      preview.source.text !== null &&
        download(
          preview.source.text,
          preview.source.name,
          `Tải văn bản đã đọc (${preview.source.name})`,
          'button secondary',
        ),
    ),
    h(
      'p',
      { class: 'small' },
      `Tệp MDX ghi văn bản nguồn là ${preview.source.path}`,
      preview.source.text === null ? ' (chính tệp của bạn)' : '',
      '; số dòng dưới đây là số dòng của văn bản đó. ',
      h('a', { href: '#cach-gui' }, 'Cách gửi cho trang'),
      '.',
    ),

    h('h3', { id: 'can-xem-lai' }, `Cần xem lại (${toReview})`),
    toReview === 0
      ? h('p', null, 'Không có: mọi mục đều thành nhiệm vụ, mọi cơ quan và thời gian đều đọc được.')
      : preview.problems.map((problem) =>
          h(
            'section',
            { class: 'import-problem', 'data-section': problem.id },
            h('h4', null, `${problem.title} (${problem.rows.length})`),
            h('p', { class: 'small muted' }, problem.hint),
            sectionRows(problem),
          ),
        ),

    h('h3', { id: 'thong-tin-van-ban' }, 'Thông tin văn bản'),
    factsTable(preview),

    h('h3', { id: 'nhiem-vu' }, `Nhiệm vụ (${preview.tasks.length})`),
    h('div', { class: 'import-tasks' }, taskList(preview.tasks)),

    h('h3', null, 'Chi tiết'),
    preview.details.map((detail) =>
      h(
        'details',
        { class: 'import-detail', 'data-section': detail.id },
        h('summary', null, `${detail.title} (${detail.rows.length})`),
        h('p', { class: 'small muted' }, detail.hint),
        sectionRows(detail),
      ),
    ),
    h(
      'details',
      { class: 'import-detail' },
      h('summary', null, `Nội dung tệp ${preview.mdx.name}`),
      h('pre', { class: 'import-mdx' }, preview.mdx.text),
    ),
  );
  show(output, section);
}

/** What went wrong, in a person's words, and what to do next, by the kind of failure. */
const FAILURES: Record<ImportFailure['kind'], { title: string; next: string[] }> = {
  'too-large': {
    title: 'Tệp quá lớn.',
    next: [
      'Một kế hoạch thường nặng dưới 5 MB: kiểm tra đây đúng là tệp kế hoạch.',
      'Nếu là PDF có nhiều hình (con dấu, trang quét): tìm bản Word (.docx), hoặc mở tệp, chép toàn bộ chữ và dán vào ô dán văn bản ở trên.',
    ],
  },
  empty: {
    title: 'Tệp không có chữ.',
    next: [
      'Kiểm tra đây đúng là tệp kế hoạch, rồi chọn lại.',
      'Hoặc mở tệp, chép toàn bộ chữ và dán vào ô dán văn bản ở trên.',
    ],
  },
  format: {
    title: 'Trang không đọc được loại tệp này.',
    next: [
      'Trang đọc tệp Word (.docx), PDF có chữ (.pdf) và văn bản (.txt, .md).',
      'Tệp Word cũ (.doc): mở bằng Word hoặc LibreOffice, chọn “Lưu thành” (Save As) dạng .docx, rồi chọn tệp .docx đó.',
      'Hoặc mở tệp, chép toàn bộ chữ và dán vào ô dán văn bản ở trên.',
    ],
  },
  damaged: {
    title: 'Tệp hỏng hoặc có mật khẩu.',
    next: [
      'Mở thử tệp trên máy. Nếu mở được: lưu lại thành tệp mới (Word: “Lưu thành” .docx; PDF: in ra PDF), rồi chọn tệp mới.',
      'Hoặc chép toàn bộ chữ và dán vào ô dán văn bản ở trên.',
    ],
  },
  scanned: {
    title: 'Tệp PDF là bản quét: chỉ có hình, không có chữ.',
    next: [
      'Trang không nhận dạng chữ trong hình (OCR). Tìm bản có chữ: tệp Word của cơ quan ban hành, hoặc bản PDF trên cổng thông tin của tỉnh hay Công báo.',
      'Nếu bạn có phần mềm nhận dạng chữ, chuyển tệp thành văn bản, soát lại, rồi dán vào ô dán văn bản ở trên.',
    ],
  },
  encoding: {
    title: 'Không nhận ra bảng mã của tệp văn bản.',
    next: [
      'Mở tệp bằng trình soạn thảo (Notepad, Word…), lưu lại với bảng mã UTF-8, rồi chọn lại tệp.',
      'Chữ gõ bằng bảng mã cũ (TCVN3/ABC, VNI): chuyển sang Unicode, chẳng hạn bằng công cụ chuyển mã của Unikey.',
      'Hoặc mở tệp, chép toàn bộ chữ và dán vào ô dán văn bản ở trên.',
    ],
  },
  'not-a-plan': {
    title: 'Không đọc được như một kế hoạch.',
    next: [
      'Trang cần toàn văn của kế hoạch: các phần đánh số La Mã (I., II., …) và phần nhiệm vụ với cơ quan chủ trì. Một bản tin, bài báo hay bản tóm tắt về kế hoạch thì không đủ.',
      'Tìm toàn văn trên cổng thông tin của tỉnh, Công báo hoặc một cơ sở dữ liệu văn bản pháp luật.',
      'Nếu đây đúng là toàn văn kế hoạch, gửi tệp cho người duy trì (xem “Gửi kế hoạch cho trang”): dòng được nêu cho biết chỗ trình nhập dừng.',
    ],
  },
  internal: {
    title: 'Trình nhập gặp lỗi.',
    next: [
      'Đây là lỗi của trang, không phải của tệp. Gửi tệp cho người duy trì, kèm thông báo này (xem “Gửi kế hoạch cho trang”).',
    ],
  },
  offline: {
    title: 'Không tải được phần đọc tệp của trang (có vẻ mất mạng).',
    next: [
      'Tệp của bạn không được gửi đi đâu. Kết nối mạng lại rồi chọn lại tệp.',
      'Để dùng khi không có mạng: khi còn mạng, bấm “Tải sẵn trình đọc”.',
    ],
  },
};

/** Draw a failure into `output`: what happened, the importer's message (with its line), and what to do. */
export function showFailure(output: HTMLElement, name: string, failure: ImportFailure): void {
  release();
  const { title, next } = FAILURES[failure.kind];
  const message = failure.message ? failure.message.charAt(0).toUpperCase() + failure.message.slice(1) : '';
  const section = h(
    'section',
    { class: 'import-error', 'aria-labelledby': 'loi', 'data-error': failure.kind },
    h('h2', { id: 'loi', tabindex: '-1' }, `Không đọc được ${name}`),
    h('p', null, h('strong', null, title)),
    message && h('p', { class: 'import-message' }, `${message}.`.replace(/\.\.$/, '.')),
    h('h3', null, 'Làm gì tiếp'),
    h(
      'ul',
      null,
      next.map((text) => h('li', null, text)),
    ),
  );
  show(output, section);
}
