/**
 * What the browser page shows of an import (src/lib/importer/preview.ts), on a small plan with no
 * head (no number, no date), a stray mark by the signature and a skipped section number: the facts
 * found and missing, only the report sections that have rows (each with its line, and the text of
 * that line when the row does not quote it), the tasks as the site's cards word them, and the
 * files offered.
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/importer/file.ts';
import { preview, type Preview } from '../../src/lib/importer/preview.ts';
import { readFixture } from './helpers.ts';

const bytes = new TextEncoder().encode(readFixture('no-header'));
const imported = await importFile(bytes, 'no-header.txt');
const shown: Preview = preview(imported, 'no-header.txt');

describe('preview', () => {
  it('marks the facts every plan has and this one lacks, not those often left out on purpose', () => {
    const missing = shown.facts.filter((f) => f.missing).map((f) => f.field);
    expect(missing).toEqual(['Số hiệu', 'Ngày ban hành', 'Địa danh']);
    expect(shown.facts.find((f) => f.field === 'Ký thay mặt (TM.)')).toMatchObject({ value: null, missing: false });
    expect(shown.facts.find((f) => f.field === 'Người ký')).toMatchObject({ value: 'Trần Văn Bình', line: 63 });
    expect(shown.facts.find((f) => f.field === 'Loại kế hoạch')!.value).toBe('Kế hoạch năm');
    expect(shown.facts.find((f) => f.field === 'Thời kỳ')!.value).toBe('2023');
  });

  it('lists what needs a second look, with the line and the text of the line', () => {
    expect(shown.problems.map((p) => p.id)).toEqual(['missing-facts', 'dropped', 'notes']);
    expect(shown.problems.every((p) => p.rows.length > 0 && p.hint.length > 0)).toBe(true);
    const note = shown.problems.find((p) => p.id === 'notes')!.rows[0]!;
    expect(note).toEqual({
      line: 47,
      text: 'phần V đứng sau phần III: văn bản bỏ qua hoặc đảo số La Mã (giữ nguyên như bản gốc)',
      quote: 'V. TỔ CHỨC THỰC HIỆN',
    });
    // A row that already quotes its line does not repeat it.
    const dropped = shown.problems.find((p) => p.id === 'dropped')!.rows[0]!;
    expect(dropped).toMatchObject({ line: 56, quote: null });
    expect(dropped.text).toContain('“xxx”');
  });

  it('keeps what only informs apart: every numbered item and the suggested themes', () => {
    expect(shown.details.map((d) => d.id)).toEqual(['items', 'review']);
    expect(shown.details[0]!.rows.every((row) => typeof row.line === 'number')).toBe(true);
  });

  it('words each task as the site’s task card does', () => {
    expect(shown.tasks).toHaveLength(imported.result.plan.tasks.length);
    const [first] = shown.tasks;
    expect(first).toMatchObject({
      ref: '1.1',
      section: { ref: '1', title: 'Thông tin, truyền thông' },
      lead: [{ asWritten: 'Sở Khoa học và Công nghệ', name: null, scope: null }],
      timing: { raw: 'Thường xuyên trong năm 2023', reading: 'thường xuyên', start: '01/01/2023', end: '31/12/2023' },
      themes: ['Truyền thông, nâng cao nhận thức'],
      activityTypes: expect.arrayContaining([expect.any(String)]),
    });
    // The registry's name only where it reads differently from the plan's wording.
    expect(first!.partners.map((a) => [a.asWritten, a.name])).toEqual([
      ['Báo Phú Yên', 'Báo tỉnh'],
      ['Đài Phát thanh và Truyền hình Phú Yên', 'Đài Phát thanh và Truyền hình tỉnh'],
      ['các sở, ban, ngành liên quan', null],
    ]);
  });

  it('offers the MDX as the import wrote it, and no copy of a text file', () => {
    expect(shown.mdx).toEqual({ name: imported.mdxName, text: imported.result.mdx });
    expect(shown.source).toEqual({ path: 'sources/no-header.txt', name: 'no-header.txt', text: null });
  });
});
