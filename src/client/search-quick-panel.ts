/**
 * Quick results under the header search box, as the reader types: the first few tasks, each a
 * link to its anchor, and a link to all results on /tim-kiem/. The box stays a plain GET form
 * (Enter still opens /tim-kiem/?q=…); this only adds to it. Arrow keys move through the links,
 * Escape closes. Loaded by search-quick.ts when the reader first uses the box; the engine and the
 * normaliser load with it.
 */
import type { Segment } from '../lib/search-excerpt.ts';
import type { Entity } from '../lib/search-entities.ts';
import type { SearchItem } from '../lib/search-records.ts';

/** The engine, the query reader and the excerpt maker, loaded once, on first use. */
let modules:
  | Promise<
      [
        typeof import('./search-engine.ts'),
        typeof import('../lib/search-query.ts'),
        typeof import('../lib/search-excerpt.ts'),
      ]
    >
  | undefined;
const load = () =>
  (modules ??= Promise.all([
    import('./search-engine.ts'),
    import('../lib/search-query.ts'),
    import('../lib/search-excerpt.ts'),
  ]));

const SHOWN = 5;
const DEBOUNCE_MS = 200;

/** Add the quick results to the header form; what was typed before this loaded is searched now. */
export function setUp(form: HTMLFormElement, input: HTMLInputElement) {
  const panel = document.createElement('div');
  panel.className = 'quick-results';
  panel.id = 'site-search-quick';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  const list = document.createElement('ul');
  const all = document.createElement('a');
  all.className = 'quick-all';
  // A real link from the start (the search page), never an <a> without href.
  all.href = new URL(form.action, location.href).pathname;
  panel.append(list, all);
  form.classList.add('has-quick');
  form.append(panel, status);
  input.setAttribute('aria-describedby', 'site-search-hint');
  const hint = document.createElement('span');
  hint.id = 'site-search-hint';
  hint.className = 'visually-hidden';
  hint.textContent = 'Gợi ý hiện bên dưới khi gõ; dùng phím mũi tên xuống để chọn.';
  form.append(hint);

  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')];
  const close = () => {
    panel.hidden = true;
  };

  async function run() {
    const mine = ++sequence;
    const q = input.value;
    if (q.trim().length < 2) {
      close();
      status.textContent = '';
      return;
    }
    let outcome;
    let engine, queries, excerpts;
    try {
      [engine, queries, excerpts] = await load();
      if (!queries.hasSearchableWord(q)) {
        close();
        status.textContent = '';
        return;
      }
      outcome = await engine.search(q);
    } catch {
      return;
    }
    if (mine !== sequence) return;
    const top = await Promise.all(outcome.hits.slice(0, SHOWN).map((h) => h.data()));
    if (mine !== sequence) return;
    const highlight = excerpts.highlightFor(queries.parseQuery(q), { scattered: outcome.listGroup === 'words' });
    const marked = (text = '') => excerpts.segments(text, excerpts.matchRanges(text, highlight));
    list.replaceChildren(
      ...outcome.entities.map(entityItem),
      ...top.map((data) => item(data, marked(data.title), marked(data.lead))),
    );
    const target = new URL(form.action, location.href);
    target.search = new URLSearchParams({ q: q.trim().slice(0, queries.MAX_QUERY_LENGTH) }).toString();
    all.href = `${target.pathname}${target.search}`;
    all.textContent = outcome.hits.length
      ? `Xem tất cả ${outcome.hits.length} kết quả`
      : 'Không có kết quả gợi ý: mở trang tìm kiếm';
    status.textContent = outcome.hits.length
      ? `${outcome.hits.length} kết quả; ${top.length} gợi ý bên dưới.`
      : 'Không có kết quả.';
    panel.hidden = false;
  }

  const preload = () =>
    void load()
      .then(([engine]) => engine.preload(input.value))
      .catch(() => undefined);
  input.addEventListener('focus', preload);
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  panel.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  preload();
  if (input.value.trim().length >= 2) void run();
}

/** Append parts as text and <mark> elements, never as HTML. */
function append(parent: HTMLElement, parts: Segment[]) {
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else {
      parent.append(part.text);
    }
  }
}

/**
 * One quick result: ref and title, the plan below, and the lead agency when the query matched it
 * (an agency's other name finds its tasks: the reader sees why). Matched words marked.
 */
function item(data: SearchItem, title: Segment[], lead: Segment[]): HTMLLIElement {
  const li = document.createElement('li');
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const link = document.createElement('a');
  if (data.url.startsWith(base) && !data.url.startsWith('//')) link.href = data.url;
  const heading = document.createElement('span');
  heading.className = 'quick-title';
  if (data.ref) {
    const ref = document.createElement('span');
    ref.className = 'quick-ref';
    ref.textContent = data.ref;
    heading.append(ref, ' ');
  }
  append(heading, title);
  link.append(heading);
  const plan = document.createElement('span');
  plan.className = 'quick-plan';
  plan.textContent = data.kind === 'muc' ? `${data.planLabel} · Đoạn trong toàn văn` : data.planLabel;
  link.append(plan);
  if (lead.some((part) => part.mark)) {
    const line = document.createElement('span');
    line.className = 'quick-plan';
    line.append('Chủ trì: ');
    append(line, lead);
    link.append(line);
  }
  li.append(link);
  return li;
}

/** An entity the query names (agency, province, document), first in the panel. */
function entityItem(entity: Entity): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = entity.url;
  const name = document.createElement('span');
  name.className = 'quick-title';
  name.textContent = entity.name;
  const kind = document.createElement('span');
  kind.className = 'quick-plan';
  kind.textContent = entity.label;
  link.append(name, kind);
  li.append(link);
  return li;
}
