/**
 * The timeline page's island: a tooltip and a highlight (in the chart and in its data table) for
 * the task under the pointer or the keyboard focus, and in-place filters by province and theme
 * that read and write `?tinh=…&chu-de=…` (a value the page does not offer is dropped, as on every
 * page: src/lib/url-filters.ts). Clicking a mark is a plain link to the task. Without this script
 * the chart is whole: marks are named links, the filters are links to real pages.
 */
import { url } from '../lib/paths.ts';
import { addressFilter } from '../lib/url-filters.ts';

const INDEX = url('/dong-thoi-gian/');

interface Filters {
  tinh: string;
  'chu-de': string;
}

const FILTER_NAMES: [keyof Filters, string][] = [
  ['tinh', 'tỉnh'],
  ['chu-de', 'chủ đề'],
];

for (const chart of document.querySelectorAll<HTMLElement>('[data-timeline]')) tooltips(chart);
const page = document.querySelector<HTMLElement>('[data-timeline-page]');
if (page) filters(page);

/** Tooltip and highlight of the task under the pointer or focus; Escape hides the tooltip. */
function tooltips(chart: HTMLElement) {
  const tip = document.createElement('div');
  tip.className = 'tl-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.id = `${chart.id}-chu-thich-nhiem-vu`;
  tip.hidden = true;
  // Inside the chart, so inside <main>; positioned against the page (no positioned ancestor).
  chart.append(tip);
  let active: string | null = null;

  for (const link of chart.querySelectorAll<SVGAElement>('a.tl-task')) {
    // The accessible name moves from <title> to aria-label so the browser's own tooltip does not double ours.
    const title = link.querySelector('title');
    if (title) {
      link.setAttribute('aria-label', title.textContent ?? '');
      title.remove();
    }
    link.addEventListener('pointerenter', () => show(link));
    link.addEventListener('focus', () => show(link));
    link.addEventListener('pointerleave', () => hide());
    link.addEventListener('blur', () => hide());
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });

  function show(link: SVGAElement) {
    const id = link.dataset.task!;
    setActive(id);
    const name = link.getAttribute('aria-label') ?? '';
    const [head, ...rest] = name.split('. Thời gian: ');
    tip.replaceChildren();
    const strong = document.createElement('strong');
    strong.textContent = head ?? name;
    tip.append(strong);
    if (rest.length) {
      const [time, lead] = rest.join('. Thời gian: ').split('. Chủ trì: ');
      for (const [label, text] of [
        ['Thời gian', time],
        ['Chủ trì', lead?.replace(/\.$/, '')],
      ] as const) {
        if (!text) continue;
        const line = document.createElement('span');
        line.textContent = `${label}: ${text}`;
        tip.append(line);
      }
    }
    tip.hidden = false;
    link.setAttribute('aria-describedby', tip.id);
    const mark = link.querySelector('.tl-mark') ?? link;
    const box = mark.getBoundingClientRect();
    const width = Math.min(tip.offsetWidth, document.documentElement.clientWidth - 16);
    const left = Math.min(
      Math.max(8, box.left + box.width / 2 - width / 2),
      document.documentElement.clientWidth - width - 8,
    );
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${box.bottom + window.scrollY + 8}px`;
  }

  function hide() {
    tip.hidden = true;
    setActive(null);
  }

  function setActive(id: string | null) {
    if (active === id) return;
    for (const el of chart.querySelectorAll('.is-active')) el.classList.remove('is-active');
    active = id;
    if (id) for (const el of chart.querySelectorAll(`[data-task="${CSS.escape(id)}"]`)) el.classList.add('is-active');
  }
}

/** In-place filters on /dong-thoi-gian/; on a filtered page, combine filters on the index. */
function filters(page: HTMLElement) {
  const isIndex = page.dataset.index === 'true';
  const params = new URLSearchParams(location.search);
  const fromAddress = (filter: keyof Filters) =>
    addressFilter(
      params,
      filter,
      [...page.querySelectorAll<HTMLAnchorElement>(`a[data-filter="${filter}"]`)].map((a) => a.dataset.value ?? ''),
    );
  const asked = { tinh: fromAddress('tinh'), 'chu-de': fromAddress('chu-de') };
  const state: Filters = {
    tinh: isIndex ? (asked.tinh.values[0] ?? '') : (page.dataset.province ?? ''),
    'chu-de': isIndex ? (asked['chu-de'].values[0] ?? '') : (page.dataset.theme ?? ''),
  };
  /** The filters of the address this page does not offer, named for the reader until the next choice. */
  let ignored = isIndex ? FILTER_NAMES.filter(([filter]) => asked[filter].dropped).map(([, name]) => name) : [];
  const status = page.querySelector<HTMLElement>('[data-timeline-status]');
  const query = (f: Filters) => {
    const search = new URLSearchParams(Object.entries(f).filter(([, value]) => value)).toString();
    return INDEX + (search ? `?${search}` : '');
  };

  page.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const next = { ...state, [link.dataset.filter as keyof Filters]: link.dataset.value ?? '' };
    if (!isIndex) {
      location.assign(query(next));
      return;
    }
    Object.assign(state, next);
    ignored = [];
    apply(true);
  });
  if (isIndex && (state.tinh || state['chu-de'] || ignored.length)) apply(false);

  function apply(announce: boolean) {
    const matches = (el: HTMLElement | SVGElement) =>
      (!state.tinh || el.dataset.province === state.tinh) &&
      (!state['chu-de'] || (el.dataset.themes ?? '').split(' ').includes(state['chu-de']));
    let drawn = 0;
    for (const svg of page.querySelectorAll<SVGSVGElement>('svg.tl-svg')) {
      // Rows are <g class="tl-group"> headings and <g class="tl-row"> holding one task's link.
      const rows = [...svg.querySelectorAll<SVGGElement>('.tl-rows > g')];
      const taskOf = (row: SVGGElement) => row.querySelector<SVGAElement>('a.tl-task');
      let y = Number(svg.dataset.top);
      let count = 0;
      rows.forEach((row, index) => {
        const task = taskOf(row);
        let visible: boolean;
        if (task) visible = matches(task);
        else {
          // A plan's heading stays when the plan is in the province filter and has a task left (or no theme filter).
          const own: SVGAElement[] = [];
          for (let i = index + 1; i < rows.length && taskOf(rows[i]!); i++) own.push(taskOf(rows[i]!)!);
          visible = (!state.tinh || row.dataset.province === state.tinh) && (!state['chu-de'] || own.some(matches));
        }
        if (visible) {
          row.removeAttribute('display');
          row.setAttribute('transform', `translate(0,${y})`);
          y += Number(row.dataset.h);
          if (task) count++;
        } else row.setAttribute('display', 'none');
      });
      const height = y + 6;
      svg.setAttribute('viewBox', `0 0 ${svg.dataset.width} ${height}`);
      svg.setAttribute('height', String(height));
      for (const line of svg.querySelectorAll('.tl-full')) line.setAttribute('y2', String(height));
      drawn = count;
    }
    for (const row of page.querySelectorAll<HTMLElement>('.tl-data tbody tr, .tl-undated li'))
      row.hidden = !matches(row);
    let undated = 0;
    for (const group of page.querySelectorAll<HTMLElement>('.tl-undated-group')) {
      const shown = [...group.querySelectorAll<HTMLElement>('li')].filter((li) => !li.hidden).length;
      group.hidden = shown === 0;
      undated += shown;
    }
    const undatedHeading = page.querySelector('.tl-undated h2, .tl-undated h3');
    if (undatedHeading) undatedHeading.textContent = `Không có ngày cụ thể (${undated})`;
    const summary = page.querySelector('.tl-data summary');
    if (summary) summary.textContent = `Bảng số liệu của biểu đồ (${drawn} nhiệm vụ có thời gian)`;
    for (const link of page.querySelectorAll<HTMLAnchorElement>('a[data-filter]')) {
      const on = state[link.dataset.filter as keyof Filters] === (link.dataset.value ?? '');
      if (on) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    const address = query(state);
    if (address !== location.pathname + location.search) history.replaceState(null, '', address);
    if (status) {
      const parts = [
        state.tinh &&
          page.querySelector(`a[data-filter="tinh"][data-value="${CSS.escape(state.tinh)}"]`)?.textContent?.trim(),
        state['chu-de'] &&
          page
            .querySelector(`a[data-filter="chu-de"][data-value="${CSS.escape(state['chu-de'])}"]`)
            ?.textContent?.trim(),
      ].filter(Boolean);
      const text =
        `${drawn} nhiệm vụ được vẽ, ${undated} nhiệm vụ không có ngày${parts.length ? ` (lọc: ${parts.join('; ')})` : ''}.` +
        (ignored.length ? ` Địa chỉ có bộ lọc ${ignored.join(' và ')} mà trang không có: đã bỏ qua.` : '');
      if (announce || status.textContent !== text) status.textContent = text;
    }
  }
}
