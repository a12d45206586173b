/**
 * The comparison matrix on made-up plans: every task placed in the tables it belongs to, counts equal to the tasks
 * listed, the Sở KH&CN's share, targets side by side, the CSV of a table (BOM, quoting) and the
 * selection of plans (URL parsing, toggling, a bounded set of pre-rendered views).
 */
import { describe, expect, it } from 'vitest';
import { fixtureCorpusPlans, fixturePlan } from './helpers/plan-fixture.ts';
import { matrixProperties } from './helpers/matrix-properties.ts';
import { buildCorpus } from '../src/lib/corpus.ts';
import {
  itemText,
  matrixCsvRows,
  PER_YEAR_METRIC,
  perYearSums,
  planColumns,
  provinceGroups,
  shortTitle,
  themeCoverage,
  planFacts,
  targetsMatrix,
  themeMatrix,
} from '../src/lib/matrix.ts';
import { glanceLines } from '../src/lib/glance.ts';
import { TARGET_METRICS } from '../src/lib/target-metrics.ts';
import {
  ALL_SUBSETS_UP_TO,
  MAX_COLUMNS,
  csvPath,
  defaultSelection,
  parseSelection,
  selectionKey,
  selectionPath,
  staticSelections,
  toggleSelection,
  decodePages,
  encodePages,
  selectionPages,
  staticPages,
  staticPath,
} from '../src/lib/selection.ts';
import { BOM, toCsv } from '../src/lib/csv.ts';
import { slugify } from '../src/lib/vietnamese.ts';
import { parseCsv } from './helpers/parse-csv.ts';
import { THEMES } from '../src/lib/themes.ts';

// Every table's properties on made-up plans with joint leads, target groups and targets.
const fixtures = buildCorpus([
  ...fixtureCorpusPlans(),
  fixturePlan(
    'hung-yen-2021-2025',
    {
      province: 'Hưng Yên',
      kind: 'giai-doan',
      period: { start: 2021, end: 2025 },
      targets: [
        { quantity: '3-5 dự án', subject: 'dự án khởi nghiệp được hỗ trợ', metric: 'du-an', by: 2025 },
        { quantity: '02 khóa', subject: 'khóa đào tạo', metric: 'su-kien', perYear: true },
      ],
    },
    [
      { ref: '1.a', themes: ['dao-tao', 'truong-hoc'], targetGroups: ['sinh-vien', 'giao-vien'], timing: 'Năm 2022' },
      { ref: '1.b', lead: ['Sở Khoa học và Công nghệ', 'Tỉnh đoàn'], timing: 'Hằng năm' },
    ],
  ),
]).plans;
matrixProperties('made-up plans', fixtures);

describe('targets side by side', () => {
  it('gives each kind of target one row, named apart, the per-year sums of tasks in the events row', () => {
    const plan = fixturePlan(
      'thu-2022',
      { targets: [{ quantity: '02 khóa', subject: 'khóa đào tạo', metric: 'su-kien', perYear: true }] },
      [{ ref: '1', quantities: ['từ 02 - 05 khóa/năm'] }],
    );
    const matrix = targetsMatrix([plan]);
    const labels = matrix.rows.map((row) => row.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(matrix.rows.map((row) => row.id)).toEqual([...TARGET_METRICS.ids, 'so-luong-nhiem-vu']);
    const events = matrix.rows.find((row) => row.id === PER_YEAR_METRIC)!;
    expect(events.cells[0]!.items.map(itemText)).toEqual([
      '2 khóa mỗi năm: khóa đào tạo',
      '2–5 khóa/năm: cộng từ các nhiệm vụ (nhiệm vụ 1)',
    ]);
  });

  it('sums the per-year figures of tasks by unit, whatever their case', () => {
    const plan = fixturePlan('thu', {}, [
      { ref: '1', quantities: ['từ 02 - 05 khóa/năm'] },
      { ref: '2', quantities: ['từ 01 - 02 Khóa/năm'] },
      { ref: '3', quantities: ['từ 03-05 Hội nghị/năm'] },
      { ref: '4', quantities: ['15-20 người/lớp'] },
    ]);
    expect(perYearSums(plan.data.tasks)).toEqual([
      { unit: 'khóa/năm', min: 3, max: 7, refs: ['1', '2'] },
      { unit: 'hội nghị/năm', min: 3, max: 5, refs: ['3'] },
    ]);
  });
});

describe('columns, titles and coverage on made-up plans', () => {
  const a = fixturePlan('a-2022', { province: 'Tây Ninh' }, [
    { ref: '1', themes: ['su-kien', 'dao-tao'], targetGroups: ['sinh-vien'] },
    { ref: '2', themes: ['dao-tao'], lead: ['Tỉnh đoàn'] },
  ]);
  const b = fixturePlan(
    'b-2020-2025',
    { province: 'Tây Ninh', kind: 'giai-doan', period: { start: 2020, end: 2025 } },
    [{ ref: '1', themes: ['tai-chinh'], timing: 'Hằng năm' }],
  );
  const c = fixturePlan('c-2024', { province: 'Quảng Ngãi', period: { start: 2024, end: 2024 } }, [
    { ref: '1', themes: ['dao-tao'], timing: 'Cả năm' },
  ]);

  it('orders columns by province, period plan before its annual plans, and groups them by province', () => {
    const columns = planColumns(buildCorpus([a, c, b]).plans);
    expect(columns.map((col) => col.label)).toEqual([
      'Quảng Ngãi · Kế hoạch năm 2024',
      'Tây Ninh · Kế hoạch giai đoạn 2020–2025',
      'Tây Ninh · Kế hoạch năm 2022',
    ]);
    expect(provinceGroups(columns).map((g) => [g.province, g.columns.length])).toEqual([
      ['Quảng Ngãi', 1],
      ['Tây Ninh', 2],
    ]);
  });

  it('says which themes one province alone covers', () => {
    const coverage = themeCoverage(buildCorpus([a, b, c]).plans);
    expect(coverage.find((t) => t.theme === 'dao-tao')).toMatchObject({
      provinces: ['Quảng Ngãi', 'Tây Ninh'],
      tasks: 3,
    });
    expect(coverage.find((t) => t.theme === 'tai-chinh')).toMatchObject({ provinces: ['Tây Ninh'], tasks: 1 });
    expect(coverage.find((t) => t.theme === 'ha-tang')).toMatchObject({ provinces: [], tasks: 0 });
  });

  it('sums up a comparison in words, from the facts of its plans alone', () => {
    const plans = buildCorpus([a, b, c]).plans;
    const lines = glanceLines(plans.map(planFacts));
    expect(lines[0]).toBe('3 kế hoạch của 2 tỉnh, 4 nhiệm vụ.');
    expect(lines[1]).toBe('Chủ đề tỉnh nào cũng có: Đào tạo, tập huấn.');
    expect(lines).toContain(
      'Chủ đề chỉ một tỉnh có: Sự kiện, cuộc thi, ngày hội (Tây Ninh, 1 nhiệm vụ); Tài chính, quỹ, vốn đầu tư (Tây Ninh, 1 nhiệm vụ).',
    );
    expect(lines.at(-1)).toBe(
      'Sở Khoa học và Công nghệ chủ trì (một mình hoặc cùng cơ quan khác) 3/4 nhiệm vụ (75 %): Quảng Ngãi 1/1 (100 %), Tây Ninh 1/1 (100 %), Tây Ninh 1/2 (50 %).',
    );
    // One province: nothing to say about which provinces have a theme.
    expect(glanceLines([planFacts(plans[0]!)]).some((line) => line.startsWith('Chủ đề tỉnh nào'))).toBe(false);
  });

  it('counts 0 in a cell without tasks, and the CSV says so', () => {
    const matrix = themeMatrix(buildCorpus([a, c]).plans);
    const rows = matrixCsvRows(matrix);
    expect(rows[0]).toEqual(['Chủ đề', 'Quảng Ngãi · Kế hoạch năm 2024', 'Tây Ninh · Kế hoạch năm 2022']);
    const events = rows.find((row) => row[0] === 'Sự kiện, cuộc thi, ngày hội')!;
    expect(events).toEqual(['Sự kiện, cuộc thi, ngày hội', '0', '1\n1 Nhiệm vụ 1 (Sở KH&CN)']);
    expect(rows).toHaveLength(1 + THEMES.length);
  });

  it('cuts long titles at a word boundary', () => {
    expect(shortTitle('Tổ chức hội nghị.')).toBe('Tổ chức hội nghị');
    const cut = shortTitle('Xây dựng và vận hành Website Thông tin khởi nghiệp đổi mới sáng tạo tỉnh Hưng Yên', 40);
    expect(cut).toBe('Xây dựng và vận hành Website Thông tin…');
    expect(cut.length).toBeLessThanOrEqual(41);
  });
});

describe('CSV of a table', () => {
  it('starts with the UTF-8 BOM, ends lines with CRLF and quotes what needs quoting', () => {
    const text = toCsv([
      ['Chủ đề', 'Tây Ninh · Kế hoạch năm 2022'],
      ['Sự kiện, cuộc thi', '2\n1.3 Hội thảo “kết nối” (Sở KH&CN)'],
      ['Trích "dẫn"', '3'],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(text.slice(1)).toBe(
      'Chủ đề,Tây Ninh · Kế hoạch năm 2022\r\n"Sự kiện, cuộc thi","2\n1.3 Hội thảo “kết nối” (Sở KH&CN)"\r\n"Trích ""dẫn""",3\r\n',
    );
  });

  it('reads back what it writes', () => {
    const rows = [
      ['a', 'b,c'],
      ['d\ne', '"f"'],
      ['', 'Ủy ban'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('selection of plans', () => {
  const all = ['hung-yen-2021-2025', 'kon-tum-2019-2025', 'quang-ngai-2024', 'tay-ninh-2022'];

  it('reads ?ke-hoach=a,b and a+b paths: known plans, each once, in reading order', () => {
    expect(parseSelection('tay-ninh-2022,kon-tum-2019-2025', all)).toEqual(['kon-tum-2019-2025', 'tay-ninh-2022']);
    expect(parseSelection('tay-ninh-2022+tay-ninh-2022+nowhere', all)).toEqual(['tay-ninh-2022']);
    expect(parseSelection('', all)).toEqual([]);
    expect(parseSelection(null, all)).toEqual([]);
  });

  it('toggles a plan in and out, never down to nothing', () => {
    expect(toggleSelection(['tay-ninh-2022'], 'hung-yen-2021-2025', all)).toEqual([
      'hung-yen-2021-2025',
      'tay-ninh-2022',
    ]);
    expect(toggleSelection(all, 'quang-ngai-2024', all)).toEqual([
      'hung-yen-2021-2025',
      'kon-tum-2019-2025',
      'tay-ninh-2022',
    ]);
    expect(toggleSelection(['tay-ninh-2022'], 'tay-ninh-2022', all)).toBeNull();
  });

  it('pre-renders every combination of the four plans, so every toggle leads to a page', () => {
    const selections = staticSelections(all, () => 'x');
    expect(selections).toHaveLength(15);
    expect(new Set(selections.map(selectionKey)).size).toBe(15);
    const keys = selections.map(selectionKey);
    for (const selection of selections) {
      for (const slug of all) {
        const next = toggleSelection(selection, slug, all);
        if (next) expect(keys, `${selectionKey(selection)} ± ${slug}`).toContain(selectionKey(next));
      }
    }
  });

  it(
    'stays bounded beyond ' + ALL_SUBSETS_UP_TO + ' plans: default view, default less one plan, one per province',
    () => {
      for (const n of [6, 40, 1000]) {
        const many = Array.from({ length: n }, (_, i) => `ke-hoach-${String(i).padStart(4, '0')}`);
        const provinceOf = (slug: string) => `tinh-${Number(slug.slice(-4)) % 34}`;
        const selections = staticSelections(many, provinceOf);
        const provinces = new Set(many.map(provinceOf)).size;
        expect(selections.length).toBeLessThanOrEqual(1 + Math.min(n, MAX_COLUMNS) + provinces);
        expect(selections.length).toBeLessThanOrEqual(1 + MAX_COLUMNS + 63);
        const keys = selections.map(selectionKey);
        const base = defaultSelection(many);
        expect(keys).toContain(selectionKey(base));
        for (const slug of base) expect(keys).toContain(selectionKey(toggleSelection(base, slug, many)!));
        for (const selection of selections) expect(selection.length).toBeLessThanOrEqual(MAX_COLUMNS);
      }
    },
  );

  it('names the pages beyond ' + ALL_SUBSETS_UP_TO + ' plans so that no name grows with the number of plans', () => {
    for (const n of [6, 40, 1000]) {
      const many = Array.from(
        { length: n },
        (_, i) => `ba-ria-vung-tau-${String(2016 + (i % 20))}-${String(i).padStart(4, '0')}`,
      );
      const provinceOf = (slug: string) => `Bà Rịa - Vũng Tàu ${Number(slug.slice(-4)) % 34}`;
      const pages = staticPages(many, provinceOf, slugify);
      expect(pages.map((page) => page.selection)).toEqual(staticSelections(many, provinceOf));
      const base = defaultSelection(many);
      const entries = many.map((id) => ({ id, data: { plan: { province: provinceOf(id) } } }));
      const routed = selectionPages(entries, slugify);
      expect(routed).toEqual(pages.filter((page) => selectionPath(page.selection, many) !== '/so-sanh/'));
      const keys = routed.map((page) => page.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) {
        expect(key).toMatch(/^(tru|tinh)-[a-z0-9-]+$/);
        expect(key.length).toBeLessThanOrEqual(5 + Math.max(...many.map((slug) => slug.length), 40));
      }
      for (const slug of base) {
        const next = toggleSelection(base, slug, many)!;
        expect(staticPath(next, many, pages)).toBe(`/so-sanh/tru-${slug}/`);
      }
      expect(staticPath(base, many, pages)).toBe('/so-sanh/');
      const province = provinceOf(many[0]!);
      const own = many.filter((slug) => provinceOf(slug) === province).slice(0, MAX_COLUMNS);
      if (selectionPath(own, many) !== '/so-sanh/') {
        expect(selectionPath(own, many, pages)).toMatch(/^\/so-sanh\/(tru|tinh)-/);
        expect(csvPath(own, many, 'chu-de', pages)).toMatch(/^\/so-sanh\/(tru|tinh)-[a-z0-9-]+\/chu-de\.csv$/);
      }
      // Not pre-rendered: no page, and the island falls back to ?ke-hoach=.
      expect(staticPath(many.slice(-2), many, pages)).toBeNull();
      // The island reads the same pages back from the page's data-static attribute.
      expect(decodePages(encodePages(pages), many)).toEqual(pages);
    }
  });

  it('keeps the pages of a small site named by their plans, in data-static as before', () => {
    const pages = staticPages(all, () => 'x', slugify);
    expect(pages.map((page) => page.key)).toEqual(staticSelections(all, () => 'x').map(selectionKey));
    expect(encodePages(pages)).toBe(pages.map((page) => page.key).join(' '));
    expect(decodePages(encodePages(pages), all)).toEqual(pages);
    expect(staticPath(['kon-tum-2019-2025', 'tay-ninh-2022'], all, pages)).toBe(
      '/so-sanh/kon-tum-2019-2025+tay-ninh-2022/',
    );
  });

  it('has one page per selection, /so-sanh/ for the default, with its CSV files beside it', () => {
    expect(selectionPath(all, all)).toBe('/so-sanh/');
    expect(selectionPath(['kon-tum-2019-2025', 'tay-ninh-2022'], all)).toBe(
      '/so-sanh/kon-tum-2019-2025+tay-ninh-2022/',
    );
    expect(csvPath(all, all, 'chu-de')).toBe('/so-sanh/chu-de.csv');
    expect(csvPath(['tay-ninh-2022'], all, 'chi-tieu')).toBe('/so-sanh/tay-ninh-2022/chi-tieu.csv');
  });
});
