/**
 * Tasks by activity type (src/lib/activities.ts) and the activity matrix, on made-up plans: the
 * grouping every page reads, "the same activity elsewhere" of a task card, and a matrix cell's
 * lines (ref, short title, lead, time) with the flag of a type only one plan has.
 */
import { describe, expect, it } from 'vitest';
import { activityGroups, ELSEWHERE_SHOWN, elsewhereCount, sameActivityElsewhere } from '../src/lib/activities.ts';
import { activityMatrix, itemText, matrixCsvRows, SINGLE_PLAN_FLAG } from '../src/lib/matrix.ts';
import { buildCorpus } from '../src/lib/corpus.ts';
import { fixturePlan } from './helpers/plan-fixture.ts';

const corpus = buildCorpus([
  fixturePlan('tay-ninh-2022', {}, [
    {
      ref: '2.1',
      title: 'Tổ chức Cuộc thi khởi nghiệp cấp tỉnh năm 2022',
      activityTypes: ['cuoc-thi'],
      timing: 'Quý IV/2022',
    },
    {
      ref: '4',
      title: 'Nghiên cứu xây dựng không gian làm việc chung',
      activityTypes: ['khong-gian-lam-viec-chung', 'trung-tam-ho-tro'],
    },
  ]),
  fixturePlan('quang-ngai-2024', { province: 'Quảng Ngãi', period: { start: 2024, end: 2024 } }, [
    {
      ref: '1.c',
      title: 'Tổ chức Chung kết Cuộc thi tỉnh lần thứ 5',
      activityTypes: ['cuoc-thi'],
      timing: 'Quý I/2024',
      lead: ['Tỉnh đoàn'],
    },
    { ref: '3.c', title: 'Hướng dẫn thành lập Quỹ hỗ trợ', activityTypes: ['quy-khoi-nghiep'], timing: null },
  ]),
  fixturePlan('kon-tum-2019-2025', { province: 'Kon Tum', kind: 'giai-doan', period: { start: 2019, end: 2025 } }, [
    {
      ref: '2.2',
      title: 'Hỗ trợ xây dựng khu tập trung dịch vụ',
      activityTypes: ['trung-tam-ho-tro', 'khong-gian-lam-viec-chung'],
      timing: 'giai đoạn 2020 - 2023',
    },
  ]),
]);
const { plans } = corpus;
const refs = (items: { entry: { id: string }; task: { ref: string } }[]) =>
  items.map(({ entry, task }) => `${entry.id}/${task.ref}`);

describe('tasks by activity type', () => {
  it('groups the tasks of each type plan by plan, in reading order, types without tasks left out', () => {
    const groups = activityGroups(plans);
    expect(groups.map((group) => group.type.id)).toEqual([
      'cuoc-thi',
      'khong-gian-lam-viec-chung',
      'trung-tam-ho-tro',
      'quy-khoi-nghiep',
    ]);
    const space = groups.find((group) => group.type.id === 'khong-gian-lam-viec-chung')!;
    expect(space.plans.map((plan) => plan.entry.id)).toEqual(['kon-tum-2019-2025', 'tay-ninh-2022']);
    expect(refs(space.tasks)).toEqual(['kon-tum-2019-2025/2.2', 'tay-ninh-2022/4']);
  });

  it("gives a task the other plans' tasks of each of its types: from one province's contest to another's", () => {
    const contest = plans.find((p) => p.id === 'tay-ninh-2022')!.data.tasks[0]!;
    const elsewhere = sameActivityElsewhere(corpus, 'tay-ninh-2022', contest);
    expect(elsewhere.map((item) => [item.type.id, refs(item.tasks)])).toEqual([['cuoc-thi', ['quang-ngai-2024/1.c']]]);
    const space = plans.find((p) => p.id === 'tay-ninh-2022')!.data.tasks[1]!;
    expect(
      sameActivityElsewhere(corpus, 'tay-ninh-2022', space).map((item) => [item.type.id, refs(item.tasks)]),
    ).toEqual([
      ['khong-gian-lam-viec-chung', ['kon-tum-2019-2025/2.2']],
      ['trung-tam-ho-tro', ['kon-tum-2019-2025/2.2']],
    ]);
    // A type no other plan has gives nothing to go to.
    const fund = plans.find((p) => p.id === 'quang-ngai-2024')!.data.tasks[1]!;
    expect(sameActivityElsewhere(corpus, 'quang-ngai-2024', fund)).toEqual([]);
  });
});

describe('the same activity elsewhere, in a corpus of many plans', () => {
  // Twelve plans with two training tasks each, one of which is also a workshop.
  const many = buildCorpus(
    Array.from({ length: 12 }, (_, index) =>
      fixturePlan(`tinh-${String(index + 1).padStart(2, '0')}-2023`, { period: { start: 2023, end: 2023 } }, [
        { ref: '1', title: 'Tập huấn khởi nghiệp', activityTypes: ['tap-huan-khoi-nghiep'] },
        { ref: '2', title: 'Hội thảo và tập huấn', activityTypes: ['tap-huan-khoi-nghiep', 'hoi-thao'] },
      ]),
    ),
  );
  const first = many.plans[0]!;

  it('lists a bounded number per type, from as many plans as it can, and counts them all', () => {
    const [training] = sameActivityElsewhere(many, first.id, first.data.tasks[0]!);
    expect(training!.tasks).toHaveLength(ELSEWHERE_SHOWN);
    expect(new Set(training!.tasks.map((item) => item.entry.id)).size).toBe(ELSEWHERE_SHOWN);
    expect(training!.tasks.every((item) => item.entry.id !== first.id)).toBe(true);
    expect([training!.total, training!.plans]).toEqual([22, 11]);
  });

  it('counts a task sharing two types once', () => {
    const both = first.data.tasks[1]!;
    expect(sameActivityElsewhere(many, first.id, both).map((item) => [item.type.id, item.total])).toEqual([
      ['hoi-thao', 11],
      ['tap-huan-khoi-nghiep', 22],
    ]);
    expect(elsewhereCount(many, first.id, both)).toBe(22);
    expect(elsewhereCount(many, first.id, { activityTypes: [] })).toBe(0);
  });
});

describe('the activity matrix', () => {
  const matrix = activityMatrix(plans);
  const row = (id: string) => matrix.rows.find((r) => r.id === id)!;

  it('lists in each cell the ref, short title, lead and time of each task', () => {
    const cells = row('cuoc-thi').cells.map((cell) => [cell.plan, cell.count, cell.items.map(itemText)]);
    expect(cells).toEqual([
      ['kon-tum-2019-2025', 0, []],
      ['quang-ngai-2024', 1, ['1.c Tổ chức Chung kết Cuộc thi tỉnh lần thứ 5 (Đoàn TNCS HCM tỉnh; Quý I/2024)']],
      ['tay-ninh-2022', 1, ['2.1 Tổ chức Cuộc thi khởi nghiệp cấp tỉnh năm 2022 (Sở KH&CN; Quý IV/2022)']],
    ]);
    expect(row('quy-khoi-nghiep').cells[1]!.items.map(itemText)).toEqual([
      '3.c Hướng dẫn thành lập Quỹ hỗ trợ (Sở KH&CN; không nêu thời gian)',
    ]);
  });

  it('flags a type only one of the plans has, and no type of a single plan', () => {
    expect(row('quy-khoi-nghiep').flag).toBe(SINGLE_PLAN_FLAG);
    expect(row('cuoc-thi').flag).toBeUndefined();
    const alone = activityMatrix(plans.filter((p) => p.id === 'quang-ngai-2024'));
    expect(alone.rows.map((r) => [r.id, r.flag])).toEqual([
      ['cuoc-thi', undefined],
      ['quy-khoi-nghiep', undefined],
    ]);
  });

  it('writes its CSV as the other pivots do: one row per type, a column per plan', () => {
    const [header, ...rows] = matrixCsvRows(matrix);
    expect(header).toEqual(['Loại hoạt động', ...matrix.columns.map((column) => column.label)]);
    expect(rows.map((r) => r[0])).toEqual(matrix.rows.map((r) => r.label));
    expect(rows[0]![2]).toBe('1\n1.c Tổ chức Chung kết Cuộc thi tỉnh lần thứ 5 (Đoàn TNCS HCM tỉnh; Quý I/2024)');
  });
});
