import { describe, expect, it } from 'vitest';
import { fold, slugify } from '../src/lib/vietnamese.ts';
import { taskAnchor, TASK_REF } from '../src/lib/task-ref.ts';

describe('fold', () => {
  it('removes diacritics including đ/Đ, which decomposition does not', () => {
    expect(fold('Đoàn Thanh niên')).toBe('doan thanh nien');
    expect(fold('đào tạo')).toBe('dao tao');
  });
  it('treats old and new tone placement and NFD input alike', () => {
    expect(fold('khoá')).toBe(fold('khóa'));
    expect(fold('Uỷ ban')).toBe(fold('Ủy ban'));
    expect(fold('khởi nghiệp'.normalize('NFD'))).toBe('khoi nghiep');
  });
});

describe('slugs and anchors', () => {
  it('makes ASCII slugs', () => {
    expect(slugify('Quảng Ngãi')).toBe('quang-ngai');
  });
  it('keeps d and đ apart in task anchors', () => {
    expect(taskAnchor('2.d')).toBe('nv-2-d');
    expect(taskAnchor('2.đ')).toBe('nv-2-dd');
    expect(taskAnchor('3.2.a')).toBe('nv-3-2-a');
  });
  it('accepts the printed ref forms only', () => {
    for (const ref of ['1', '1.3', '3.2.a', '2.đ']) expect(TASK_REF.test(ref), ref).toBe(true);
    for (const ref of ['III.2', '1.', 'a', '1.A']) expect(TASK_REF.test(ref), ref).toBe(false);
  });
});
