/**
 * The search page island (/tim-kiem/): reads the query and filters from the URL, searches as the
 * reader types (debounced), keeps the URL in step (the first change after a committed search adds
 * a history entry, further keystrokes replace it; Enter and filter changes commit, so Back returns
 * to the previous search), shows what the query names (agency, province, document) first, then the
 * task-level results with the matched words highlighted in the plan's own words, says how many
 * match as a phrase and how many only word by word, and counts per filter value once the results
 * are shown. Text from the index is only ever set with textContent: nothing is parsed as HTML.
 */
import { excerpt, highlightFor, matchRanges, segments, type Highlight, type Segment } from '../lib/search-excerpt.ts';
import { hasSearchableWord, MAX_QUERY_LENGTH, parseQuery } from '../lib/search-query.ts';
import { FILTER_KEYS, type SearchItem } from '../lib/search-records.ts';
import type { Entity } from '../lib/search-entities.ts';
import {
  loadIndex,
  noFilters,
  search,
  type FilterCounts,
  type Filters,
  type Hit,
  type Outcome,
} from './search-engine.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;
/** The checkbox facets: URL parameter = filter key. */
const FACETS = [FILTER_KEYS.province, FILTER_KEYS.plan, FILTER_KEYS.theme, FILTER_KEYS.year] as const;
/** The role parameter: which agency filter the chosen agency applies to. */
const ROLE_PARAM = 'vai-tro';
const ROLES = ['', FILTER_KEYS.lead, FILTER_KEYS.partner] as const;

/** Everything a search is made of; the URL holds exactly this. */
interface State {
  q: string;
  filters: Filters;
}

/** The query as the page keeps it: at most MAX_QUERY_LENGTH characters. */
const capped = (q: string) => q.slice(0, MAX_QUERY_LENGTH);

function readUrl(): State {
  const params = new URLSearchParams(location.search);
  const role = params.get(ROLE_PARAM) ?? '';
  const filters = noFilters();
  for (const key of FACETS) filters[key] = params.getAll(key).filter(Boolean);
  filters.agency = params.get(FILTER_KEYS.agency) ?? '';
  filters.role = (ROLES as readonly string[]).includes(role) ? (role as Filters['role']) : '';
  return { q: capped(params.get('q') ?? ''), filters };
}

function toUrl(state: State): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', capped(state.q.trim()));
  for (const key of FACETS) for (const value of state.filters[key]) params.append(key, value);
  if (state.filters.agency) {
    params.set(FILTER_KEYS.agency, state.filters.agency);
    if (state.filters.role) params.set(ROLE_PARAM, state.filters.role);
  }
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

const activeCount = (f: Filters) => FACETS.reduce((n, key) => n + f[key].length, 0) + (f.agency ? 1 : 0);

// ---- DOM ----

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

function setUp(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filtersPanel = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
  const agencySelect = root.querySelector<HTMLSelectElement>('[data-agency]')!;
  const roleGroup = root.querySelector<HTMLFieldSetElement>('[data-role]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const entityList = root.querySelector<HTMLUListElement>('[data-entities]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const othersButton = root.querySelector<HTMLButtonElement>('[data-others]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;
  const activeFilters = root.querySelector<HTMLElement>('[data-active-filters]')!;

  root.hidden = false;
  input.maxLength = MAX_QUERY_LENGTH;
  if (matchMedia('(min-width: 52rem)').matches) filtersPanel.open = true;

  let state = readUrl();
  /** True while the current history entry belongs to a search still being typed. */
  let typing = false;
  let sequence = 0;
  let hits: Hit[] = [];
  let shown = 0;
  let highlight: Highlight = { phrases: [], prefix: null };
  let current: Outcome | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Put the state into the controls (on load and on Back/Forward). */
  function showState() {
    input.value = state.q;
    for (const key of FACETS) {
      const boxes = [...root.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`)];
      for (const box of boxes) box.checked = state.filters[key].includes(box.value);
      // A value no box offers (an old or mistyped link) is dropped rather than silently matching nothing.
      state.filters[key] = boxes.filter((box) => box.checked).map((box) => box.value);
    }
    agencySelect.value = state.filters.agency;
    if (agencySelect.value !== state.filters.agency) state.filters.agency = agencySelect.value;
    for (const radio of roleGroup.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      radio.checked = radio.value === state.filters.role;
    roleGroup.disabled = !state.filters.agency;
  }

  /** Read the controls into the state. */
  function readControls() {
    const filters = noFilters();
    for (const key of FACETS)
      filters[key] = [...root.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]:checked`)].map(
        (b) => b.value,
      );
    filters.agency = agencySelect.value;
    filters.role = (roleGroup.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ??
      '') as Filters['role'];
    state = { q: capped(input.value), filters };
    roleGroup.disabled = !filters.agency;
  }

  function updateUrl(mode: 'push' | 'replace') {
    const next = toUrl(state);
    if (next === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', next);
    else history.replaceState(null, '', next);
  }

  function clearResults() {
    hits = [];
    shown = 0;
    current = null;
    list.replaceChildren();
    entityList.replaceChildren();
    entityList.hidden = true;
    more.hidden = true;
    othersButton.hidden = true;
  }

  /** Search for the current state; `complete` unless the reader is still typing. */
  async function run(complete = true) {
    const mine = ++sequence;
    const now = state;
    const active = activeCount(now.filters);
    activeFilters.textContent = active ? `(${active} đang chọn)` : '';
    clear.hidden = active === 0;
    list.setAttribute('aria-busy', 'true');
    try {
      if (!hasSearchableWord(now.q) && (now.q.trim() || active === 0)) {
        clearResults();
        status.textContent = now.q.trim()
          ? `“${now.q.trim()}” không có chữ hay số nào để tìm. Hãy gõ một từ, ví dụ “khởi nghiệp”.`
          : 'Nhập từ khóa, hoặc chọn bộ lọc để xem các nhiệm vụ.';
        await loadIndex();
        return;
      }
      const outcome = await search(now.q, now.filters, { complete });
      if (mine !== sequence) return;
      await show(outcome, mine, complete);
      if (mine !== sequence) return;
      const counts = await outcome.filterCounts();
      if (mine === sequence) showCounts(counts);
      if (outcome.more) {
        const fuller = await outcome.more();
        if (mine !== sequence) return;
        current = fuller;
        status.textContent = describe(now, fuller);
        othersButton.hidden = fuller.others.length === 0;
        othersButton.textContent = othersLabel(fuller);
      }
    } catch {
      if (mine === sequence) status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang.';
    } finally {
      // The list is settled once the latest search has shown its results and counts.
      if (mine === sequence) list.setAttribute('aria-busy', 'false');
    }
  }

  async function show(outcome: Outcome, mine: number, complete: boolean) {
    current = outcome;
    hits = outcome.hits;
    shown = 0;
    highlight = highlightFor(parseQuery(state.q, { complete: complete || !typing }), {
      scattered: outcome.listGroup === 'words',
    });
    list.replaceChildren();
    showEntities(outcome.entities);
    await showMore(mine);
    if (mine !== sequence) return;
    status.textContent = describe(state, outcome);
    othersButton.hidden = outcome.others.length === 0;
    othersButton.textContent = othersLabel(outcome);
    // The first results are on the page: what a benchmark of the search counts up to.
    performance.mark('search:results');
  }

  function showEntities(entities: Entity[]) {
    entityList.replaceChildren(
      ...entities.map((entity) => {
        const li = el('li', 'entity');
        const link = el('a');
        link.href = entity.url;
        link.append(el('span', 'entity-kind', entity.label), ' ', el('span', 'entity-name', entity.name));
        li.append(link);
        return li;
      }),
    );
    entityList.hidden = entities.length === 0;
  }

  function showCounts(counts: FilterCounts) {
    for (const key of FACETS) {
      for (const box of root.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`)) {
        const n = counts[key]?.[box.value] ?? 0;
        setCount(box.closest('label')!, n);
        box.disabled = n === 0 && !box.checked;
      }
    }
    const agencyCounts = counts[state.filters.role || FILTER_KEYS.agency] ?? {};
    for (const option of agencySelect.options) {
      if (!option.value) continue;
      option.textContent = `${option.dataset.label} (${agencyCounts[option.value] ?? 0})`;
    }
    for (const radio of roleGroup.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      const agency = state.filters.agency;
      setCount(radio.closest('label')!, agency ? (counts[radio.value || FILTER_KEYS.agency]?.[agency] ?? 0) : null);
    }
  }

  function setCount(label: HTMLElement, n: number | null) {
    const count = label.querySelector<HTMLElement>('[data-count]')!;
    count.textContent = n === null ? '' : `(${n})`;
    label.classList.toggle('is-empty', n === 0);
  }

  async function showMore(mine: number) {
    const page = hits.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(page.map((h) => h.data()));
    if (mine !== sequence) return;
    items.forEach((item, i) => list.append(renderHit(item, page[i]!.group === 'words' ? wordsHighlight() : highlight)));
    shown += page.length;
    more.hidden = shown >= hits.length;
    if (!more.hidden) more.textContent = `Xem thêm kết quả (còn ${hits.length - shown})`;
  }

  const wordsHighlight = () => highlightFor(parseQuery(state.q, { complete: true }), { scattered: true });

  function scheduleSearch() {
    clearTimeout(timer);
    timer = setTimeout(() => void run(false), DEBOUNCE_MS);
  }

  input.addEventListener('focus', () => void loadIndex().catch(() => undefined), { once: true });
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
    state = { ...state, filters: noFilters() };
    showState();
    updateUrl('push');
    typing = false;
    void run();
  });
  more.addEventListener('click', () => {
    const firstNew = shown;
    void showMore(sequence).then(() => list.children[firstNew]?.querySelector('a')?.focus());
  });
  othersButton.addEventListener('click', () => {
    if (!current) return;
    // The other matches join the list, after those already there.
    hits = [...hits, ...current.others];
    othersButton.hidden = true;
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

/** The status line: how many results, for what, and how they match. */
function describe(state: State, outcome: Outcome): string {
  const q = state.q.trim().replace(/\s+/g, ' ');
  const what = q ? ` cho “${q}”` : '';
  const within = activeCount(state.filters) ? ' trong bộ lọc đã chọn' : '';
  const total = outcome.hits.length;
  if (total === 0) return `Không tìm thấy kết quả nào${what}${within}. Hãy thử ít từ hơn, hoặc bỏ bớt bộ lọc.`;
  const { counts, listGroup, query } = outcome;
  const phrased = query.units.some((u) => u.words.length > 1) || query.units.length > 1;
  const how =
    listGroup === 'words'
      ? ' (không có kết quả nào khớp cả cụm từ; đây là các kết quả khớp từng từ)'
      : listGroup === 'phrase' && query.accented
        ? ' (không có kết quả nào đúng dấu đã gõ; đây là các kết quả khớp không dấu)'
        : listGroup === 'exact' && query.accented
          ? ' đúng dấu đã gõ'
          : phrased
            ? ' khớp cụm từ'
            : '';
  const rest: string[] = [];
  if (listGroup === 'exact' && counts.phrase) rest.push(`${counts.phrase} kết quả khác dấu`);
  if (listGroup !== 'words' && counts.words) rest.push(`${counts.words} kết quả chỉ khớp từng từ`);
  return `${total} kết quả${how}${what}${within}.${rest.length ? ` Ngoài ra: ${rest.join(', ')}.` : ''}`;
}

function othersLabel(outcome: Outcome): string {
  return `Xem cả ${outcome.others.length} kết quả khác (khác dấu, hoặc chỉ khớp từng từ)`;
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
function renderHit(data: SearchItem, phrases: Highlight): HTMLLIElement {
  const item = el('li', data.kind === 'muc' ? 'hit hit-passage' : 'hit');
  item.dataset.id = data.id;
  item.append(el('p', 'hit-plan', data.kind === 'muc' ? `${data.planLabel} · Đoạn trong toàn văn` : data.planLabel));

  const heading = el('h3');
  const href = safeHref(data.url);
  const link = href ? el('a') : el('span');
  if (link instanceof HTMLAnchorElement && href) link.href = href;
  if (data.ref) link.append(el('span', 'ref', data.ref));
  appendSegments(link, segments(data.title, matchRanges(data.title, phrases)));
  heading.append(link);
  item.append(heading);

  // The record's lines (description, audience, agencies, time, section; a passage's paragraphs and
  // headings) read as one run of text, each line parted from the next.
  const body = data.text.trim().replace(/\s*\n\s*/g, ' · ');
  if (body) {
    const p = el('p', 'hit-excerpt');
    appendSegments(p, excerpt(body, matchRanges(body, phrases), 32));
    item.append(p);
  }
  if (data.kind === 'nhiem-vu') {
    const facts = el('dl', 'hit-facts');
    if (data.lead) {
      const lead = el('dd');
      appendSegments(lead, segments(data.lead, matchRanges(data.lead, phrases)));
      facts.append(el('dt', undefined, 'Chủ trì'), lead);
    }
    if (data.timing) facts.append(el('dt', undefined, 'Thời gian'), el('dd', undefined, data.timing));
    item.append(facts);
  }
  return item;
}
