/**
 * The timeline page's island: a tooltip and a highlight (in the chart and in its data table) for
 * the task under the pointer or the keyboard focus, and in-place filters by provinces (several
 * at once: the province chips become toggle buttons) and theme that read and write
 * `?tinh=a,b&chu-de=…`, the theme chips counting the tasks of the provinces shown (a value the
 * page does not offer is dropped, as on every page: src/lib/url-filters.ts). Clicking a mark is a
 * plain link to the task. Without this script the chart is whole: marks are named links, the
 * filters are links to real pages.
 */
import { url } from '../lib/paths.ts';
import { addressFilter } from '../lib/url-filters.ts';
import { asButton } from './as-button.ts';

const INDEX = url('/dong-thoi-gian/');

interface Filters {
  /** Province slugs, none for all. */
  tinh: string[];
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
      [...page.querySelectorAll<HTMLElement>(`[data-filter="${filter}"]`)].map((chip) => chip.dataset.value ?? ''),
      filter === 'tinh' ? /,/ : undefined,
    );
  const asked = { tinh: fromAddress('tinh'), 'chu-de': fromAddress('chu-de') };
  const list = (value: string | null | undefined) => (value ?? '').split(',').filter(Boolean);
  const state: Filters = {
    tinh: isIndex ? asked.tinh.values : list(page.dataset.province),
    'chu-de': isIndex ? (asked['chu-de'].values[0] ?? '') : (page.dataset.theme ?? ''),
  };
  /** The filters of the address this page does not offer, named for the reader until the next choice. */
  let ignored = isIndex ? FILTER_NAMES.filter(([filter]) => asked[filter].dropped).map(([, name]) => name) : [];
  const status = page.querySelector<HTMLElement>('[data-timeline-status]');
  // The provinces in the order of their chips, which is the order the URL lists them in.
  const provinceOrder = [...page.querySelectorAll<HTMLElement>('[data-filter="tinh"]')]
    .map((chip) => chip.dataset.value ?? '')
    .filter(Boolean);
  const query = (f: Filters) => {
    const search = new URLSearchParams(
      Object.entries({ tinh: f.tinh.join(','), 'chu-de': f['chu-de'] }).filter(([, value]) => value),
    )
      .toString()
      .replace(/%2C/g, ',');
    return INDEX + (search ? `?${search}` : '');
  };

  // Several provinces can be chosen together: each province chip becomes a toggle button.
  for (const link of page.querySelectorAll<HTMLAnchorElement>('a[data-filter="tinh"]:not([data-value=""])'))
    asButton(link, ['href', 'aria-current']);
  showChips();

  page.addEventListener('click', (event) => {
    const chip = (event.target as Element).closest<HTMLElement>('[data-filter]');
    if (!chip || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const value = chip.dataset.value ?? '';
    const next: Filters =
      chip.dataset.filter === 'tinh'
        ? {
            ...state,
            tinh: !value
              ? []
              : provinceOrder.filter((slug) =>
                  slug === value ? !state.tinh.includes(slug) : state.tinh.includes(slug),
                ),
          }
        : { ...state, 'chu-de': value };
    if (!isIndex) {
      location.assign(query(next));
      return;
    }
    Object.assign(state, next);
    ignored = [];
    apply(true);
  });
  if (isIndex && (state.tinh.length > 0 || state['chu-de'] || ignored.length)) apply(false);

  /** The chips as the filters are: pressed provinces, current theme, each theme's count for the provinces shown. */
  function showChips() {
    for (const chip of page.querySelectorAll<HTMLElement>('[data-filter]')) {
      const value = chip.dataset.value ?? '';
      if (chip.tagName === 'BUTTON') chip.setAttribute('aria-pressed', String(state.tinh.includes(value)));
      else {
        const on = chip.dataset.filter === 'tinh' ? value === '' && state.tinh.length === 0 : state['chu-de'] === value;
        if (on) chip.setAttribute('aria-current', 'true');
        else chip.removeAttribute('aria-current');
      }
    }
    for (const count of page.querySelectorAll<HTMLElement>('.chip-count[data-counts]')) {
      const counts = (count.dataset.counts ?? '').split(' ').map((pair) => pair.split('='));
      count.textContent = String(
        counts
          .filter(([slug]) => state.tinh.length === 0 || state.tinh.includes(slug!))
          .reduce((sum, [, n]) => sum + Number(n), 0),
      );
    }
  }

  function apply(announce: boolean) {
    const inProvince = (slug: string | undefined) => state.tinh.length === 0 || state.tinh.includes(slug ?? '');
    const matches = (el: HTMLElement | SVGElement) =>
      inProvince(el.dataset.province) &&
      (!state['chu-de'] || (el.dataset.themes ?? '').split(' ').includes(state['chu-de']));
    let drawn = 0;
    for (const svg of page.querySelectorAll<SVGSVGElement>('svg.tl-svg')) {
      // Rows are <g class="tl-group"> headings and <g class="tl-row"> holding one task's link.
      const rows = [...svg.querySelectorAll<SVGGElement>('.tl-rows > g')];
      const taskOf = (row: SVGGElement) => row.querySelector<SVGAElement>('a.tl-task');
      const top = Number(svg.dataset.top);
      let y = top;
      let count = 0;
      rows.forEach((row, index) => {
        const task = taskOf(row);
        let visible: boolean;
        if (task) visible = matches(task);
        else {
          // A plan's heading stays when the plan is in the province filter and has a task left (or no theme filter).
          const own: SVGAElement[] = [];
          for (let i = index + 1; i < rows.length && taskOf(rows[i]!); i++) own.push(taskOf(rows[i]!)!);
          visible = inProvince(row.dataset.province) && (!state['chu-de'] || own.some(matches));
        }
        if (visible) {
          row.removeAttribute('display');
          row.setAttribute('transform', `translate(0,${y})`);
          y += Number(row.dataset.h);
          if (task) count++;
        } else row.setAttribute('display', 'none');
      });
      // The chart starts under its axis (drawn apart, see TimelineChart.astro).
      const height = y + 6;
      svg.setAttribute('viewBox', `0 ${top} ${svg.dataset.width} ${height - top}`);
      svg.setAttribute('height', String(height - top));
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
    showChips();
    const address = query(state);
    if (address !== location.pathname + location.search) history.replaceState(null, '', address);
    if (status) {
      const name = (filter: string, value: string) =>
        page
          .querySelector(`[data-filter="${filter}"][data-value="${CSS.escape(value)}"]`)
          ?.firstChild?.textContent?.trim();
      const parts = [
        state.tinh.length > 0 && `tỉnh ${state.tinh.map((slug) => name('tinh', slug)).join(', ')}`,
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
