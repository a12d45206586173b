/**
 * The comparison page's island: the view (which plans, which themes pinned) lives in the URL,
 * `?ke-hoach=a,b&chu-de=x,y` (plans and themes the page does not have are dropped from it);
 * columns are toggled and themes pinned in place, and "Tải bảng (CSV)" downloads the CSV of the
 * table as it is on screen. The title, the summary ("Nhìn nhanh", written by src/lib/glance.ts
 * from the facts the page carries, as the pre-rendered pages are) and the CSV links follow the
 * selection. Without it the page is whole: the picker's links lead to pre-rendered selections and
 * #ghim-<theme> shows a pinned copy of a row.
 */
import {
  comparisonTitle,
  csvFileName,
  csvPath,
  decodePages,
  parseSelection,
  staticPath,
  toggleSelection,
  type TableId,
} from '../lib/selection.ts';
import { glanceLines, type PlanFacts } from '../lib/glance.ts';
import { SITE_NAME } from '../lib/site.ts';
import { normaliseSpace, toCsv } from '../lib/csv.ts';
import { asButton } from './as-button.ts';
import { url } from '../lib/paths.ts';
import { addressFilter } from '../lib/url-filters.ts';
import { vietnameseCollator as collator } from '../lib/vietnamese.ts';

interface View {
  selected: string[];
  pinned: string[];
}

const root = document.querySelector<HTMLElement>('[data-compare]');
if (root) start(root);

function start(root: HTMLElement) {
  const all = (root.dataset.all ?? '').split(' ').filter(Boolean);
  const onPage = (root.dataset.selection ?? '').split(' ').filter(Boolean);
  const defaults = (root.dataset.default ?? '').split(' ').filter(Boolean);
  // The pre-rendered selections and the names of their pages.
  const pages = decodePages(root.dataset.static ?? '', all);
  const themeTable = root.querySelector<HTMLTableElement>('table[data-matrix="chu-de"]');
  const themeIds = themeTable
    ? [...themeTable.querySelectorAll<HTMLTableRowElement>('tbody.matrix-body tr[data-row]')].map(
        (tr) => tr.dataset.row!,
      )
    : [];
  const status = root.querySelector<HTMLElement>('[data-compare-status]');
  const glance = root.querySelector<HTMLElement>('[data-glance]');
  const facts: PlanFacts[] = glance ? JSON.parse(glance.dataset.glance!) : [];
  const heading = root.querySelector<HTMLElement>('[data-compare-title]');

  // The pinned copies are the no-JavaScript way of pinning; in place, the rows themselves move.
  root.querySelectorAll('tbody.matrix-pin-copies').forEach((tbody) => tbody.remove());

  // Plans and themes the page does not have are dropped from the address (src/lib/url-filters.ts).
  const params = new URLSearchParams(location.search);
  const view: View = {
    selected: params.has('ke-hoach')
      ? parseSelection(addressFilter(params, 'ke-hoach', all, /[,+\s]+/).values.join(','), all)
      : onPage,
    pinned: addressFilter(params, 'chu-de', themeIds, /,/).values,
  };
  const hashPin = /^#ghim-(.+)$/.exec(location.hash)?.[1];
  if (hashPin && themeIds.includes(hashPin) && !view.pinned.includes(hashPin)) view.pinned.push(hashPin);
  // Plans this page has no column for: the default page may have them; if this is it, they cannot be shown.
  if (view.selected.some((slug) => !onPage.includes(slug))) {
    if (location.pathname !== url('/so-sanh/')) {
      location.replace(viewUrl(view));
      return;
    }
    view.selected = view.selected.filter((slug) => onPage.includes(slug));
  }
  if (view.selected.length === 0) view.selected = onPage;

  upgradeControls();
  // The page is rendered for its own selection with nothing pinned: when the URL asks for just
  // that, the tables are left as they are (re-laying out a matrix of thousands of cells on load
  // blocks the main thread for nothing).
  const asRendered = view.selected.join(' ') === onPage.join(' ') && view.pinned.length === 0;
  apply(false, !asRendered);

  function viewUrl({ selected, pinned }: View): string {
    const query = new URLSearchParams();
    if (selected.join(' ') !== defaults.join(' ')) query.set('ke-hoach', selected.join(','));
    if (pinned.length > 0) query.set('chu-de', pinned.join(','));
    const search = query.toString().replace(/%2C/g, ',');
    return url('/so-sanh/') + (search ? `?${search}` : '');
  }

  /** Links that change the view become buttons with a pressed state (same classes, same look). */
  function upgradeControls() {
    root
      .querySelectorAll<HTMLAnchorElement>('a[data-toggle-plan], a[data-pin]')
      .forEach((link) => asButton(link, ['href', 'download']));
    // Plans without a pre-rendered link (the only plan shown, or beyond the pre-rendered views).
    root.querySelectorAll<HTMLElement>('span.picker-toggle.is-fixed[data-toggle-plan]').forEach((span) => {
      const button = asButton(span);
      button.classList.remove('is-fixed');
      button.querySelector('.picker-state')?.classList.replace('muted', 'visually-hidden');
    });
    root.addEventListener('click', (event) => {
      const target = event.target as Element;
      const toggle = target.closest<HTMLButtonElement>('button[data-toggle-plan]');
      const pin = target.closest<HTMLButtonElement>('button[data-pin]');
      const csv = target.closest<HTMLAnchorElement>('a[data-csv-for]');
      if (toggle) {
        const next = toggleSelection(view.selected, toggle.dataset.togglePlan!, all);
        if (!next) return;
        if (next.some((slug) => !onPage.includes(slug))) {
          // Not on this page: the pre-rendered page of that selection, or the default page.
          const path = staticPath(next, all, pages);
          location.assign(path ? url(path) : viewUrl({ ...view, selected: next }));
          return;
        }
        view.selected = next;
        apply(true);
      } else if (pin) {
        const id = pin.dataset.pin!;
        view.pinned = view.pinned.includes(id) ? view.pinned.filter((other) => other !== id) : [...view.pinned, id];
        apply(true);
        pin.focus();
      } else if (csv) {
        event.preventDefault();
        download(csv);
      }
    });
  }

  /** Show the view: columns, empty agency rows, pinned rows (unless `tables` is false), controls, URL. */
  function apply(announce: boolean, tables = true) {
    if (tables) {
      for (const table of root.querySelectorAll<HTMLTableElement>('table[data-matrix]')) showColumns(table);
      if (themeTable) pinRows(themeTable);
    }
    for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-toggle-plan]')) {
      const slug = button.dataset.togglePlan!;
      const on = view.selected.includes(slug);
      const only = on && view.selected.length === 1;
      button.classList.toggle('is-on', on);
      button.setAttribute('aria-pressed', String(on));
      button.disabled = only;
      const state = button.querySelector('.picker-state');
      if (state) state.textContent = only ? ' (kế hoạch duy nhất đang so sánh)' : '';
    }
    for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-pin]')) {
      const label = [...button.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      if (label) label.textContent = view.pinned.includes(button.dataset.pin!) ? 'Bỏ ghim' : 'Ghim lên đầu';
    }
    const share = root.querySelector<HTMLAnchorElement>('.share-link');
    const path = staticPath(view.selected, all, pages);
    if (share) {
      const href = path ? url(path) : viewUrl(view);
      share.href = href;
      share.textContent = href;
    }
    describeSelection();
    const address = viewUrl(view);
    if (address !== location.pathname + location.search) history.replaceState(null, '', address);
    if (announce && status) {
      const names = [...root.querySelectorAll<HTMLElement>('table[data-matrix="chu-de"] thead th[data-plan]')]
        .filter((th) => !th.hidden)
        .map((th) => th.dataset.csv);
      status.textContent = `Đang so sánh ${names.length} kế hoạch: ${names.join('; ')}.${view.pinned.length ? ` Đã ghim ${view.pinned.length} chủ đề.` : ''}`;
    }
  }

  /** What says which plans are compared: the title, the summary, the CSV links and their file names. */
  function describeSelection() {
    const selected = view.selected;
    const names = [...root.querySelectorAll<HTMLElement>('table[data-matrix="chu-de"] thead th[data-plan]')]
      .filter((th) => selected.includes(th.dataset.plan!))
      .map((th) => th.dataset.csv!);
    const title = comparisonTitle(selected, all, names);
    if (heading && heading.textContent !== title) {
      heading.textContent = title;
      document.title = `${title} · ${SITE_NAME}`;
    }
    if (glance) {
      const lines = glanceLines(facts.filter((plan) => selected.includes(plan.slug)));
      glance.replaceChildren(
        ...lines.map((line) => {
          const item = document.createElement('li');
          item.textContent = line;
          return item;
        }),
      );
    }
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-csv-for]')) {
      const table = link.dataset.csvFor as TableId;
      link.href = url(csvPath(selected, all, table, pages));
      link.download = csvFileName(selected, all, table, pages);
    }
  }

  function showColumns(table: HTMLTableElement) {
    for (const cell of table.querySelectorAll<HTMLElement>('[data-plan]'))
      cell.hidden = !view.selected.includes(cell.dataset.plan!);
    // Province headers span their shown plans; column groups are rebuilt to match.
    const counts = new Map<string, number>();
    for (const th of table.querySelectorAll<HTMLElement>('thead th[data-plan]')) {
      if (!th.hidden) counts.set(th.dataset.province!, (counts.get(th.dataset.province!) ?? 0) + 1);
    }
    for (const th of table.querySelectorAll<HTMLTableCellElement>('thead th[scope="colgroup"]')) {
      const count = counts.get(th.dataset.province!) ?? 0;
      th.hidden = count === 0;
      th.colSpan = Math.max(count, 1);
    }
    const groups = [...table.querySelectorAll<HTMLElement>('colgroup[data-province]')];
    for (const group of groups) {
      const count = counts.get(group.dataset.province!) ?? 0;
      if (count === 0) group.remove();
      else group.setAttribute('span', String(count));
    }
    // Put back groups that were removed before and are shown again, in column order.
    const first = table.querySelector('colgroup');
    const provinces = [
      ...new Set(
        [...table.querySelectorAll<HTMLElement>('thead th[data-plan]')]
          .filter((th) => !th.hidden)
          .map((th) => th.dataset.province!),
      ),
    ];
    let after: Element | null = first;
    for (const province of provinces) {
      let group = table.querySelector<HTMLElement>(`colgroup[data-province="${CSS.escape(province)}"]`);
      if (!group) {
        group = document.createElement('colgroup');
        group.dataset.province = province;
        group.setAttribute('span', String(counts.get(province)));
      }
      after?.after(group);
      after = group;
    }
    if (table.dataset.flagSinglePlan === 'true') {
      // As the page for this selection would: a row only one shown plan has is flagged (when more than one is shown).
      const shown = table.querySelectorAll('thead th[data-plan]:not([hidden])').length;
      for (const row of table.querySelectorAll<HTMLTableRowElement>('tbody.matrix-body tr')) {
        const flag = row.querySelector<HTMLElement>('.row-flag');
        const having = [...row.querySelectorAll<HTMLElement>('td[data-plan]')].filter(
          (td) => !td.hidden && Number(td.dataset.count ?? 0) > 0,
        ).length;
        if (flag) flag.hidden = !(shown > 1 && having === 1);
      }
    }
    if (table.dataset.hideEmptyRows === 'true') {
      // As the page for this selection would: rows that lead nothing here go, the rest by kind then count.
      const body = table.querySelector('tbody.matrix-body')!;
      const total = (row: HTMLElement) =>
        [...row.querySelectorAll<HTMLElement>('td[data-plan]')]
          .filter((td) => !td.hidden)
          .reduce((sum, td) => sum + Number(td.dataset.count ?? 0), 0);
      const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr')].map((row) => ({
        row,
        total: total(row),
        label: row.querySelector('th')!.dataset.csv!,
      }));
      for (const { row, total } of rows) row.hidden = total === 0;
      rows.sort(
        (a, b) =>
          Number(a.row.dataset.rank) - Number(b.row.dataset.rank) ||
          b.total - a.total ||
          collator.compare(a.label, b.label),
      );
      body.append(...rows.map(({ row }) => row));
    }
  }

  function pinRows(table: HTMLTableElement) {
    const body = table.querySelector<HTMLTableSectionElement>('tbody.matrix-body')!;
    let pinnedBody = table.querySelector<HTMLTableSectionElement>('tbody.matrix-pinned');
    if (!pinnedBody) {
      pinnedBody = document.createElement('tbody');
      pinnedBody.className = 'matrix-pinned';
      body.before(pinnedBody);
    }
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-row][data-index]')];
    rows.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
    for (const row of rows) {
      const pinned = view.pinned.includes(row.dataset.row!);
      row.classList.toggle('is-pinned', pinned);
      if (!pinned) body.append(row);
    }
    for (const id of view.pinned) {
      const row = rows.find((r) => r.dataset.row === id);
      if (row) pinnedBody.append(row);
    }
  }

  /** The lines of a cell as the page shows them: count or value, then one per listed item. */
  function cellText(cell: HTMLElement): string {
    if (cell.tagName === 'TH' && cell.dataset.csv !== undefined) return cell.dataset.csv;
    const head = cell.querySelector('.cell-count, .cell-value, .cell-empty');
    const items = [...cell.querySelectorAll('li')].map((li) => normaliseSpace(li.textContent ?? ''));
    return [...(head ? [normaliseSpace(head.textContent ?? '')] : []), ...items].join('\n');
  }

  function download(link: HTMLAnchorElement) {
    const table = root.querySelector<HTMLTableElement>(`table[data-matrix="${CSS.escape(link.dataset.csvFor!)}"]`);
    if (!table) return;
    const visible = (el: HTMLElement) => !el.hidden && !el.closest('tr')?.hidden;
    const header = [
      table.querySelector<HTMLElement>('.matrix-corner')!,
      ...table.querySelectorAll<HTMLElement>('thead th[data-plan]'),
    ]
      .filter(visible)
      .map(cellText);
    const body = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')]
      .filter((row) => !row.hidden && !row.classList.contains('pin-copy'))
      .map((row) => [...row.querySelectorAll<HTMLElement>('th[scope="row"], td')].filter(visible).map(cellText));
    const blob = new Blob([toCsv([header, ...body])], { type: 'text/csv;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const save = document.createElement('a');
    save.href = href;
    save.download = link.getAttribute('download') ?? `${link.dataset.csvFor}.csv`;
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  }
}
