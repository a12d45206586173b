/** The search index records: what a task brings to the index (text, hidden terms, filters). */
import { describe, expect, it } from 'vitest';
import {
  passageRecord,
  planLabel,
  taskRecord,
  taskYears,
  TERMS_SEPARATOR,
  type PlanSummary,
} from '../src/lib/search-records.ts';
import { agencyToken } from '../src/lib/search-normalize.ts';
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

const task: TaskRecord = {
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
    expect(taskYears({ timing: timing('2019-10-01', '2025-12-31') }, periodPlan)).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
  });
  it('runs a deadline from the start of the plan', () => {
    expect(taskYears({ timing: timing(null, '2021-12-31') }, periodPlan)).toEqual(['2019', '2020', '2021']);
  });
  it('uses the plan period when the task gives no date', () => {
    expect(taskYears({ timing: timing(null, null) }, annualPlan)).toEqual(['2024']);
  });
});

describe('taskRecord', () => {
  const record = taskRecord(task, periodPlan, 7);
  it('points at the task anchor, base path included', () => {
    expect(record.url).toBe(task.url);
  });
  it('keeps the original text before the separator and hidden terms after it', () => {
    const [text, terms] = record.content.split(TERMS_SEPARATOR);
    expect(text).toContain('Thực hiện các chuyên đề, phóng sự về hoạt động khởi nghiệp ĐMST');
    expect(text).toContain('Chủ trì: Đài Phát thanh - Truyền hình tỉnh');
    expect(terms).toContain('doiq moiq sangq taoq');
    expect(terms).toContain(agencyToken('tinh-doan'));
  });
  it('has the filters of the search page', () => {
    expect(record.filters).toMatchObject({
      tinh: ['kon-tum'],
      'ke-hoach': ['kon-tum-2019-2025'],
      'chu-de': ['truyen-thong'],
      'co-quan': ['dai-phat-thanh-va-truyen-hinh-tinh', 'tinh-doan'],
      'chu-tri': ['dai-phat-thanh-va-truyen-hinh-tinh'],
      'phoi-hop': ['tinh-doan'],
      loai: ['nhiem-vu'],
    });
    expect(record.filters.nam).toHaveLength(7);
  });
  it('carries what a result shows, and ranks the lead agency', () => {
    expect(record.meta).toMatchObject({
      ref: '1.3',
      plan: 'kon-tum-2019-2025',
      plan_label: 'Kon Tum · Kế hoạch giai đoạn 2019–2025 · 2763/KH-UBND',
      timing: 'Hằng năm, 2019–2025',
    });
    expect(record.meta.lead_terms).toBe(agencyToken('dai-phat-thanh-va-truyen-hinh-tinh'));
    expect(record.sort.order).toBe('00007');
  });
});

describe('passageRecord and planLabel', () => {
  it('labels a plan without a number by province, kind and period', () => {
    expect(planLabel(annualPlan)).toBe('Quảng Ngãi · Kế hoạch năm 2024');
  });
  it('indexes a passage under its heading anchor', () => {
    const record = passageRecord(
      { id: 'iii-kinh-phí', heading: 'III. KINH PHÍ', text: 'Nguồn ngân sách tỉnh.' },
      annualPlan,
      '/ke-hoach/quang-ngai-2024/#iii-kinh-phí',
      90,
    );
    expect(record.meta.kind).toBe('muc');
    expect(record.filters).toMatchObject({ tinh: ['quang-ngai'], loai: ['muc'], nam: ['2024'] });
    expect(record.content.split(TERMS_SEPARATOR)[0]).toContain('Nguồn ngân sách tỉnh.');
  });
});
