/** The search records: what a result shows, its filter values, and where its tokens stand in its plan's record. */
import { describe, expect, it } from 'vitest';
import {
  passageItem,
  planLabel,
  planLayout,
  recordAt,
  SLOT,
  TITLE,
  taskFacets,
  taskItem,
  taskYears,
  type PlanSummary,
} from '../src/lib/search-records.ts';
import type { TaskRecord } from '../src/lib/plans.ts';

const periodPlan: PlanSummary = {
  id: 'kon-tum-2019-2025',
  province: 'Kon Tum',
  number: '2763/KH-UBND',
  kind: 'giai-doan',
  period: { start: 2019, end: 2025 },
  title: 'x',
};
const annualPlan: PlanSummary = {
  id: 'quang-ngai-2024',
  province: 'Quảng Ngãi',
  number: null,
  kind: 'hang-nam',
  period: { start: 2024, end: 2024 },
  title: 'x',
};

const timing = (start: string | null, end: string | null): TaskRecord['timing'] => ({
  label: 'Thời gian thực hiện',
  raw: 'x',
  kind: 'window',
  start,
  end,
  recurrence: null,
  reading: 'x',
});

const task = {
  id: 'kon-tum-2019-2025/1.3',
  plan: 'kon-tum-2019-2025',
  province: 'Kon Tum',
  ref: '1.3',
  section: { ref: '1', title: 'Thông tin, truyền thông' },
  group: null,
  title: 'Thực hiện các chuyên đề, phóng sự về hoạt động khởi nghiệp ĐMST',
  description: null,
  lead: [
    {
      name: 'Đài Phát thanh và Truyền hình tỉnh',
      agency: 'dai-phat-thanh-va-truyen-hinh-tinh',
      asWritten: 'Đài Phát thanh - Truyền hình tỉnh',
    },
  ],
  partners: [{ name: 'Tỉnh đoàn', agency: 'tinh-doan', asWritten: 'Tỉnh đoàn' }],
  timing: { ...timing('2019-01-01', '2025-12-31'), raw: 'Hàng năm', kind: 'recurring', reading: 'Hằng năm, 2019–2025' },
  quantities: [],
  audience: null,
  targetGroups: [],
  themes: ['truyen-thong'],
  inherited: [],
  url: '/ke-hoach-mo/ke-hoach/kon-tum-2019-2025/#nv-1-3',
} as unknown as TaskRecord;

describe('taskYears', () => {
  it('lists the years of a dated window', () => {
    expect(taskYears({ timing: timing('2024-04-01', '2024-06-30') }, annualPlan)).toEqual(['2024']);
    expect(taskYears({ timing: timing('2019-10-01', '2025-12-31') }, periodPlan)).toHaveLength(7);
  });
  it('runs a deadline from the start of the plan', () => {
    expect(taskYears({ timing: timing(null, '2021-12-31') }, periodPlan)).toEqual(['2019', '2020', '2021']);
  });
  it('uses the plan period when the task gives no date', () => {
    expect(taskYears({ timing: timing(null, null) }, annualPlan)).toEqual(['2024']);
  });
});

describe('taskItem', () => {
  const { item, index } = taskItem(task, periodPlan);
  it('points at the task anchor, base path included, under its permanent id', () => {
    expect(item.url).toBe(task.url);
    expect(item.id).toBe('kon-tum-2019-2025/1.3');
  });
  it('shows the plan, ref, title, the text after the title, lead and timing', () => {
    expect(item).toMatchObject({
      ref: '1.3',
      planLabel: 'Kon Tum · Kế hoạch giai đoạn 2019–2025 · 2763/KH-UBND',
      lead: 'Đài Phát thanh - Truyền hình tỉnh',
      timing: 'Hằng năm, 2019–2025',
    });
    expect(item.text).toContain('Chủ trì: Đài Phát thanh - Truyền hình tỉnh');
    expect(item.text).not.toContain(task.title);
  });
  it('gives the index its agencies and the one leading', () => {
    expect(index.agencies).toEqual(['dai-phat-thanh-va-truyen-hinh-tinh', 'tinh-doan']);
    expect(index.lead).toEqual(['dai-phat-thanh-va-truyen-hinh-tinh']);
  });
  it('has the filter values of the search page', () => {
    expect(taskFacets(task, periodPlan)).toEqual([
      ['truyen-thong'],
      2019,
      2025,
      ['dai-phat-thanh-va-truyen-hinh-tinh'],
      ['tinh-doan'],
    ]);
  });
});

describe('passageItem and planLabel', () => {
  it('labels a plan without a number by province, kind and period', () => {
    expect(planLabel(annualPlan)).toBe('Quảng Ngãi · Kế hoạch năm 2024');
  });
  it('shows a passage under its heading anchor', () => {
    const { item } = passageItem(
      { id: 'iii-kinh-phí', heading: 'III. KINH PHÍ', text: 'Nguồn ngân sách tỉnh.' },
      annualPlan,
      '/ke-hoach/quang-ngai-2024/#iii-kinh-phí',
    );
    expect(item).toMatchObject({ kind: 'muc', title: 'III. KINH PHÍ', text: 'Nguồn ngân sách tỉnh.' });
  });
});

describe('planLayout', () => {
  it('puts each record in stretches of its own, so a position names its record and its title', () => {
    const long = Array.from({ length: SLOT + 10 }, (_, i) => `w${i}q`);
    const { content, slots } = planLayout([
      { title: ['aq'], rest: ['bq'] },
      { title: [], rest: long },
      { title: ['cq'], rest: [] },
    ]);
    expect(slots).toBe('121');
    const words = content.split(' ');
    expect(recordAt(slots, words.indexOf('aq'))).toEqual({ record: 0, title: true });
    expect(recordAt(slots, words.indexOf('bq'))).toEqual({ record: 0, title: false });
    expect(words.indexOf('bq')).toBe(TITLE);
    expect(recordAt(slots, words.indexOf(`w${SLOT + 5}q`))).toEqual({ record: 1, title: false });
    expect(recordAt(slots, words.indexOf('cq'))).toEqual({ record: 2, title: true });
    expect(words.indexOf('cq')).toBe(3 * SLOT);
  });
});
