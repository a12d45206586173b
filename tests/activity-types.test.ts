/**
 * The activity-type vocabulary (src/lib/activity-types.ts): each type a definition and a parent
 * theme, ids by the vocabulary's rule; a plan file naming a type outside it, or a task with none,
 * is refused with the file, the line and the field.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, ACTIVITY_TYPE_VOCABULARY, getActivityType } from '../src/lib/activity-types.ts';
import { THEME_VOCABULARY } from '../src/lib/themes.ts';
import { normalizeWords } from '../src/lib/search-normalize.ts';
import { readPlanFile, PlanFileError } from '../src/lib/plan-file.ts';
import { fixturePlan } from './helpers/plan-fixture.ts';

describe('the activity-type vocabulary', () => {
  it('holds about 25–40 types, each with a label, a one-line definition and a theme of the theme list', () => {
    expect(ACTIVITY_TYPES.length).toBeGreaterThanOrEqual(25);
    expect(ACTIVITY_TYPES.length).toBeLessThanOrEqual(40);
    for (const type of ACTIVITY_TYPES) {
      expect(type.label.length, type.id).toBeGreaterThan(3);
      expect(type.description, type.id).toMatch(/\.$/);
      expect(type.description, type.id).not.toContain('\n');
      expect(THEME_VOCABULARY.has(type.theme), type.id).toBe(true);
    }
  });

  it('names types with Vietnamese slugs without diacritics (a notion of the plans), labels each once', () => {
    for (const type of ACTIVITY_TYPES) expect(type.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(new Set(ACTIVITY_TYPES.map((type) => type.label)).size).toBe(ACTIVITY_TYPES.length);
  });

  it('gives every theme at least one type', () => {
    for (const theme of THEME_VOCABULARY.terms)
      expect(
        ACTIVITY_TYPES.some((type) => type.theme === theme.id),
        theme.id,
      ).toBe(true);
  });

  it('gives each type names for search that no other type has, none a bare "khởi nghiệp"', () => {
    const seen = new Map<string, string>();
    for (const type of ACTIVITY_TYPES) {
      expect(type.names.length, type.id).toBeGreaterThan(0);
      for (const name of [type.label, ...type.names]) {
        const key = normalizeWords(name).join(' ');
        expect(seen.get(key) ?? type.id, `"${name}"`).toBe(type.id);
        seen.set(key, type.id);
        expect(key, type.id).not.toMatch(/^(khoi nghiep|doi moi sang tao|khoi nghiep doi moi sang tao)$/);
      }
    }
  });

  it('refuses an id outside the list', () => {
    expect(() => getActivityType('khong-co')).toThrow('Loại hoạt động không có trong danh mục: "khong-co"');
    expect(ACTIVITY_TYPE_VOCABULARY.has('cuoc-thi')).toBe(true);
  });
});

describe('activityTypes in a plan file', () => {
  const plan = (types: string) => `---
plan:
  title: Kế hoạch thử
  province: Tây Ninh
  issuer: Ủy ban nhân dân tỉnh Tây Ninh
  number: null
  issued: null
  place: null
  signer: { name: null, capacity: null, onBehalfOf: null }
  kind: hang-nam
  period: { start: 2022, end: 2022 }
  legalBases: []
  sources:
    - { file: sources/thu.txt, role: primary, title: Thử, supports: [Toàn văn] }
goals:
  - { kind: muc-dich, text: Thử. }
tasks:
  - ref: "1"
    section: { ref: "1", title: Mục một }
    title: Tổ chức Cuộc thi khởi nghiệp cấp tỉnh
    lead: [Sở Khoa học và Công nghệ]
    timing: { label: Thời gian thực hiện, raw: Quý IV/2022 }
    themes: [su-kien]
${types}---

<Task id="thu-2022/1">
</Task>
`;
  const options = { file: 'content/plans/thu-2022.mdx', slug: 'thu-2022', sourceExists: () => true };
  const problems = (text: string) => {
    try {
      readPlanFile(text, options);
      return [];
    } catch (error) {
      if (error instanceof PlanFileError) return error.message.split('\n').slice(1);
      throw error;
    }
  };

  it('reads the types of a task', () => {
    expect(readPlanFile(plan('    activityTypes: [cuoc-thi]\n'), options).plan.tasks[0]!.activityTypes).toEqual([
      'cuoc-thi',
    ]);
  });

  it('suggests the nearest type for a misspelt one', () => {
    expect(problems(plan('    activityTypes: [cuoc-thii]\n'))[0]).toContain(': có phải "cuoc-thi"?');
  });

  it('names the file, the line and the field of an unknown type', () => {
    const [line] = problems(plan('    activityTypes: [cuoc-thi, thi-tai-nang]\n'));
    expect(line).toContain('content/plans/thu-2022.mdx:24 tasks.0.activityTypes.1:');
    expect(line).toContain('loại hoạt động "thi-tai-nang" không có trong danh mục (src/lib/activity-types.ts)');
  });

  it('refuses a task with no type, naming the field', () => {
    expect(problems(plan('    activityTypes: []\n'))[0]).toContain(
      'content/plans/thu-2022.mdx:24 tasks.0.activityTypes: nhiệm vụ phải có ít nhất một loại hoạt động',
    );
    expect(problems(plan(''))[0]).toMatch(/content\/plans\/thu-2022\.mdx:\d+ tasks\.0\.activityTypes: /);
  });

  it('reaches fixture plans too (the type a fixture task is given)', () => {
    const entry = fixturePlan('thu', {}, [{ ref: '1', activityTypes: ['ngay-hoi', 'cuoc-thi'] }]);
    expect(entry.data.tasks[0]!.activityTypes).toEqual(['ngay-hoi', 'cuoc-thi']);
  });
});
