/**
 * The search page island (/tim-kiem/): reads the query and filters from the URL, searches as the
 * reader types (debounced), keeps the URL in step (the first change after a committed search adds
 * a history entry, further keystrokes replace it; Enter and filter changes commit, so Back returns
 * to the previous search), shows task-level results with the matched words highlighted in the
 * plan's own words, and counts per filter value. Text from the index is only ever set with
 * textContent: nothing from it is parsed as HTML.
 */
import { highlightPhrases, normalizeWords, searchQuery, type Highlight } from '../lib/search-normalize.ts';
import { excerpt, matchRanges, segments, type Segment } from '../lib/search-excerpt.ts';
import { FILTER_KEYS } from '../lib/search-records.ts';
import { pagefind, search, type FilterCounts, type Filters, type Hit, type HitData } from './search-engine.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;
/** The checkbox facets: URL parameter = Pagefind filter key. */
const FACETS = [FILTER_KEYS.province, FILTER_KEYS.plan, FILTER_KEYS.theme, FILTER_KEYS.year] as const;
/** The role parameter: which agency filter the chosen agency applies to. */
const ROLE_PARAM = 'vai-tro';
const ROLES = ['', FILTER_KEYS.lead, FILTER_KEYS.partner] as const;
type Role = (typeof ROLES)[number];

/** Everything a search is made of; the URL holds exactly this. */
interface State {
  q: string;
  facets: Record<string, string[]>;
  agency: string;
  role: Role;
}

function readUrl(): State {
  const params = new URLSearchParams(location.search);
  const role = params.get(ROLE_PARAM) ?? '';
  return {
    q: params.get('q') ?? '',
    facets: Object.fromEntries(FACETS.map((key) => [key, params.getAll(key).filter(Boolean)])),
    agency: params.get(FILTER_KEYS.agency) ?? '',
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : '',
  };
}

function toUrl(state: State): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FACETS) for (const value of state.facets[key] ?? []) params.append(key, value);
  if (state.agency) {
    params.set(FILTER_KEYS.agency, state.agency);
    if (state.role) params.set(ROLE_PARAM, state.role);
  }
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** The Pagefind filters of a state, leaving out one facet (to count that facet's values). */
function toFilters(state: State, without?: string): Filters {
  const filters: Filters = {};
  // Naming every key makes Pagefind return counts for each of them.
  for (const key of [...FACETS, FILTER_KEYS.agency, FILTER_KEYS.lead, FILTER_KEYS.partner]) filters[key] = [];
  for (const key of FACETS) {
    const values = state.facets[key] ?? [];
    if (key !== without && values.length) filters[key] = { any: values };
  }
  if (state.agency && without !== 'agency') filters[state.role || FILTER_KEYS.agency] = state.agency;
  return filters;
}

const hasFilters = (state: State) => FACETS.some((key) => (state.facets[key] ?? []).length > 0) || state.agency !== '';

// ---- DOM ----

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

function setUp(root: HTMLElement) {
  const noJs = document.querySelector<HTMLElement>('[data-search-nojs]');
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filtersPanel = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
  const agencySelect = root.querySelector<HTMLSelectElement>('[data-agency]')!;
  const roleGroup = root.querySelector<HTMLFieldSetElement>('[data-role]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;
  const activeFilters = root.querySelector<HTMLElement>('[data-active-filters]')!;

  noJs?.setAttribute('hidden', '');
  root.hidden = false;
  if (matchMedia('(min-width: 52rem)').matches) filtersPanel.open = true;

  let state = readUrl();
  /** True while the current history entry belongs to a search still being typed. */
  let typing = false;
  let sequence = 0;
  let hits: Hit[] = [];
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Put the state into the controls (on load and on Back/Forward). */
  function showState() {
    input.value = state.q;
    for (const key of FACETS) {
      const boxes = [...root.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`)];
      for (const box of boxes) box.checked = (state.facets[key] ?? []).includes(box.value);
      // A value no box offers (an old or mistyped link) is dropped rather than silently matching nothing.
      state.facets[key] = boxes.filter((box) => box.checked).map((box) => box.value);
    }
    agencySelect.value = state.agency;
    if (agencySelect.value !== state.agency) state.agency = agencySelect.value;
    for (const radio of roleGroup.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      radio.checked = radio.value === state.role;
    roleGroup.disabled = !state.agency;
  }

  /** Read the controls into the state. */
  function readControls() {
    state = {
      q: input.value,
      facets: Object.fromEntries(
        FACETS.map((key) => [
          key,
          [...root.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]:checked`)].map(
            (b) => b.value,
          ),
        ]),
      ),
      agency: agencySelect.value,
      role: (roleGroup.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? '') as Role,
    };
    roleGroup.disabled = !state.agency;
  }

  function updateUrl(mode: 'push' | 'replace') {
    const next = toUrl(state);
    if (next === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', next);
    else history.replaceState(null, '', next);
  }

  /** Search for the current state; `complete` unless the reader is still typing. */
  async function run(complete = true) {
    const mine = ++sequence;
    const current = state;
    // How many filters are in use, beside the (possibly folded) filter panel's heading.
    const active = FACETS.reduce((n, key) => n + (current.facets[key] ?? []).length, 0) + (current.agency ? 1 : 0);
    activeFilters.textContent = active ? `(${active} đang chọn)` : '';
    clear.hidden = active === 0;
    list.setAttribute('aria-busy', 'true');
    try {
      if (!current.q.trim() && !hasFilters(current)) {
        hits = [];
        list.replaceChildren();
        more.hidden = true;
        status.textContent = 'Nhập từ khóa, hoặc chọn bộ lọc để xem các nhiệm vụ.';
        const pf = await pagefind();
        const totals = await pf.filters();
        if (mine === sequence) showCounts(totals, current);
        return;
      }
      const outcome = await search(current.q, toFilters(current), { complete });
      if (mine !== sequence) return;
      hits = outcome.hits;
      shown = 0;
      list.replaceChildren();
      await showMore(mine);
      if (mine !== sequence) return;
      status.textContent = describe(current, hits.length);
      const counts = await facetCounts(current, outcome.counts, complete);
      if (mine === sequence) showCounts(counts, current);
    } catch {
      if (mine === sequence) status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang.';
    } finally {
      // The list is settled once the latest search has shown its results and counts.
      if (mine === sequence) list.setAttribute('aria-busy', 'false');
    }
  }

  /** Counts per facet value: for a facet in use, as if its own choice were not made. */
  async function facetCounts(current: State, base: FilterCounts, complete: boolean): Promise<FilterCounts> {
    const out: FilterCounts = { ...base };
    const open = [...FACETS.filter((key) => (current.facets[key] ?? []).length), ...(current.agency ? ['agency'] : [])];
    for (const key of open) {
      const other = await search(current.q, toFilters(current, key), { complete });
      if (key === 'agency') {
        for (const k of [FILTER_KEYS.agency, FILTER_KEYS.lead, FILTER_KEYS.partner]) out[k] = other.counts[k] ?? {};
      } else {
        out[key] = other.counts[key] ?? {};
      }
    }
    return out;
  }

  function showCounts(counts: FilterCounts, current: State) {
    for (const key of FACETS) {
      for (const box of root.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`)) {
        const n = counts[key]?.[box.value] ?? 0;
        setCount(box.closest('label')!, n);
        box.disabled = n === 0 && !box.checked;
      }
    }
    const agencyCounts = counts[current.role || FILTER_KEYS.agency] ?? {};
    for (const option of agencySelect.options) {
      if (!option.value) continue;
      const n = agencyCounts[option.value] ?? 0;
      option.textContent = `${option.dataset.label} (${n})`;
    }
    for (const radio of roleGroup.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      const label = radio.closest('label')!;
      const n = current.agency ? (counts[radio.value || FILTER_KEYS.agency]?.[current.agency] ?? 0) : null;
      setCount(label, n);
    }
  }

  function setCount(label: HTMLElement, n: number | null) {
    const count = label.querySelector<HTMLElement>('[data-count]')!;
    count.textContent = n === null ? '' : `(${n})`;
    label.classList.toggle('is-empty', n === 0);
  }

  async function showMore(mine: number) {
    const page = hits.slice(shown, shown + PAGE_SIZE);
    const datas = await Promise.all(page.map((h) => h.data()));
    if (mine !== sequence) return;
    const phrases = highlightPhrases(state.q);
    const prefix = searchQuery(state.q, { complete: !typing }).partial
      ? (normalizeWords(state.q).at(-1) ?? null)
      : null;
    for (const data of datas) list.append(renderHit(data, phrases, prefix));
    shown += page.length;
    more.hidden = shown >= hits.length;
    if (!more.hidden) more.textContent = `Xem thêm kết quả (còn ${hits.length - shown})`;
  }

  function scheduleSearch() {
    clearTimeout(timer);
    timer = setTimeout(() => void run(false), DEBOUNCE_MS);
  }

  input.addEventListener('focus', () => void pagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    readControls();
    updateUrl(typing ? 'replace' : 'push');
    typing = true;
    scheduleSearch();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    readControls();
    updateUrl('replace');
    typing = false;
    clearTimeout(timer);
    void run();
  });
  root.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target === input) return;
    readControls();
    updateUrl('push');
    typing = false;
    clearTimeout(timer);
    void run();
  });
  clear.addEventListener('click', () => {
    state = { ...state, facets: {}, agency: '', role: '' };
    showState();
    updateUrl('push');
    typing = false;
    void run();
  });
  more.addEventListener('click', () => {
    const firstNew = shown;
    void showMore(sequence).then(() => list.children[firstNew]?.querySelector('a')?.focus());
  });
  addEventListener('popstate', () => {
    state = readUrl();
    typing = false;
    showState();
    clearTimeout(timer);
    void run();
  });

  showState();
  void run();
}

/** The status line: how many results, for what. */
function describe(state: State, total: number): string {
  const q = state.q.trim().replace(/\s+/g, ' ');
  const what = q ? ` cho “${q}”` : '';
  const within = hasFilters(state) ? ' trong bộ lọc đã chọn' : '';
  if (total === 0) return `Không tìm thấy kết quả nào${what}${within}. Hãy thử ít từ hơn, hoặc bỏ bớt bộ lọc.`;
  return `${total} kết quả${what}${within}.`;
}

// ---- one result ----

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Append segments as text and <mark> elements (never as HTML). */
function appendSegments(parent: HTMLElement, parts: Segment[]) {
  for (const part of parts)
    parent.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
}

/** Only links into this site are followed; anything else in the index is shown as text. */
function safeHref(url: string): string | null {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return url.startsWith(base) && !url.startsWith('//') ? url : null;
}

/** A result: plan, ref and title (linking to the task's anchor), excerpt, lead agency and timing. */
function renderHit(data: HitData, phrases: Highlight, prefix: string | null): HTMLLIElement {
  const item = el('li', data.kind === 'muc' ? 'hit hit-passage' : 'hit');
  item.dataset.id = data.kind === 'nhiem-vu' && data.ref ? `${data.plan}/${data.ref}` : data.url;
  item.append(el('p', 'hit-plan', data.kind === 'muc' ? `${data.planLabel} · Đoạn trong toàn văn` : data.planLabel));

  const heading = el('h3');
  const href = safeHref(data.url);
  const link = href ? el('a') : el('span');
  if (link instanceof HTMLAnchorElement && href) link.href = href;
  if (data.ref) link.append(el('span', 'ref', data.ref));
  appendSegments(link, segments(data.title, matchRanges(data.title, phrases, prefix)));
  heading.append(link);
  item.append(heading);

  // The excerpt comes from the text after the title, in the plan's words.
  // The record's lines (description, audience, agencies, time, section) read as one run of text.
  const text = data.text.startsWith(data.title) ? data.text.slice(data.title.length) : data.text;
  const body = text.trim().replace(/\s*\n\s*/g, ' · ');
  if (body) {
    const p = el('p', 'hit-excerpt');
    appendSegments(p, excerpt(body, matchRanges(body, phrases, prefix), 32));
    item.append(p);
  }
  if (data.kind === 'nhiem-vu') {
    const facts = el('dl', 'hit-facts');
    if (data.lead) {
      const lead = el('dd');
      appendSegments(lead, segments(data.lead, matchRanges(data.lead, phrases, prefix)));
      facts.append(el('dt', undefined, 'Chủ trì'), lead);
    }
    if (data.timing) facts.append(el('dt', undefined, 'Thời gian'), el('dd', undefined, data.timing));
    item.append(facts);
  }
  return item;
}
