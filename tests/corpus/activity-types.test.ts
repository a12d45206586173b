/**
 * The activity types of the real plans (golden): every task of the four plans typed by hand,
 * at least one type each; how many tasks of each plan have each type; the pairs a researcher asks
 * about (the provincial contests, the co-working spaces) found together. More plans may be added:
 * the counts are of the four plans only.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '../../src/lib/activity-types.ts';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';

const FOUR = ['hung-yen-2021-2025', 'kon-tum-2019-2025', 'quang-ngai-2024', 'tay-ninh-2022'] as const;
const plans = readPlanFiles()
  .filter((file) => (FOUR as readonly string[]).includes(file.slug))
  .map((file) => ({ slug: file.slug, plan: parsePlan(file) }));

/** Tasks per type and plan, as confirmed by reading each task (Hưng Yên, Kon Tum, Quảng Ngãi, Tây Ninh). */
const COUNTS: Record<string, [number, number, number, number]> = {
  'trang-thong-tin': [2, 1, 1, 1],
  'phong-su': [1, 1, 1, 1],
  'tuyen-truyen': [2, 1, 0, 0],
  'cuoc-thi': [1, 1, 2, 2],
  'ngay-hoi': [1, 0, 2, 1],
  'hoi-thao': [4, 1, 1, 4],
  'su-kien-quoc-gia': [3, 0, 0, 2],
  'su-kien-ket-noi': [0, 1, 0, 2],
  'tap-huan-khoi-nghiep': [7, 1, 2, 2],
  'boi-duong-can-bo': [2, 0, 1, 0],
  'giang-vien-nguon': [0, 0, 0, 3],
  'chuong-trinh-nha-truong': [2, 0, 0, 0],
  'dao-tao-sinh-vien': [0, 1, 0, 2],
  'cau-lac-bo': [2, 0, 1, 1],
  'mang-luoi-co-van': [2, 1, 0, 0],
  'lien-ket-hop-tac': [2, 3, 0, 1],
  'khong-gian-lam-viec-chung': [3, 1, 0, 1],
  'trung-tam-ho-tro': [3, 3, 2, 1],
  'quy-khoi-nghiep': [0, 0, 1, 0],
  'tiep-can-von': [3, 0, 0, 0],
  'ket-noi-dau-tu': [2, 0, 0, 0],
  'ho-tro-du-an': [0, 1, 1, 1],
  'cong-nghe-so-huu-tri-tue': [2, 1, 1, 0],
  'quang-ba-san-pham': [5, 0, 1, 0],
  'xay-dung-chinh-sach': [0, 2, 1, 0],
  'cai-cach-thu-tuc': [1, 1, 0, 0],
  'so-ket-danh-gia': [0, 0, 1, 0],
  'hoc-tap-kinh-nghiem': [2, 0, 1, 0],
  'cap-huyen': [2, 0, 1, 1],
};

const typed = (slug: string, ref: string) =>
  plans.find((p) => p.slug === slug)!.plan.tasks.find((task) => task.ref === ref)!.activityTypes;

describe('activity types of the four plans', () => {
  it('has the four plans and their 80 tasks', () => {
    expect(plans.map((p) => p.slug)).toEqual([...FOUR]);
    expect(plans.reduce((sum, p) => sum + p.plan.tasks.length, 0)).toBe(80);
  });

  it.each(plans)('types every task of $slug, each type once', ({ plan }) => {
    for (const task of plan.tasks) {
      expect(task.activityTypes.length, task.ref).toBeGreaterThan(0);
      expect(new Set(task.activityTypes).size, task.ref).toBe(task.activityTypes.length);
    }
  });

  it('counts the tasks of each type in each plan as confirmed by hand', () => {
    const counted = Object.fromEntries(
      ACTIVITY_TYPES.map((type) => [
        type.id,
        plans.map((p) => p.plan.tasks.filter((task) => task.activityTypes.includes(type.id)).length),
      ]),
    );
    expect(counted).toEqual(COUNTS);
  });

  it('uses every type of the vocabulary at least once', () => {
    for (const [id, counts] of Object.entries(COUNTS)) expect(Math.max(...counts), id).toBeGreaterThan(0);
  });

  it('finds the provincial contests and the co-working spaces together', () => {
    expect(typed('tay-ninh-2022', '2.1')).toContain('cuoc-thi');
    expect(typed('quang-ngai-2024', '1.c')).toContain('cuoc-thi');
    for (const [slug, ref] of [
      ['hung-yen-2021-2025', '4.b'],
      ['kon-tum-2019-2025', '2.2'],
      ['tay-ninh-2022', '4'],
    ] as const)
      expect(typed(slug, ref), `${slug} ${ref}`).toContain('khong-gian-lam-viec-chung');
    expect(typed('tay-ninh-2022', '3.2.a')).toEqual(['giang-vien-nguon']);
    expect(typed('quang-ngai-2024', '3.c')).toEqual(['quy-khoi-nghiep']);
  });
});
