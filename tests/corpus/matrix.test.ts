/**
 * The comparison matrix on the real plans (content/plans/): the properties every table has for
 * any set of plans (tests/helpers/matrix-properties.ts), and a few facts of named plans.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, readPlanFiles } from '../helpers/content.ts';
import { matrixProperties } from '../helpers/matrix-properties.ts';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { cellLines, itemText, leadAgencyMatrix, targetsMatrix, themeMatrix } from '../../src/lib/matrix.ts';

const real = buildCorpus(readPlanFiles().map((file) => ({ id: file.slug, data: parsePlan(file) }))).plans;

matrixProperties('the real plans', real);

describe('facts of named plans in the comparison', () => {
  it('links each listed task to its anchor on its plan page and names its lead agencies', () => {
    const item = themeMatrix(real).rows[0]!.cells.find((cell) => cell.plan === 'tay-ninh-2022')!.items[0]!;
    expect(item).toMatchObject({ ref: '1.1', href: '/ke-hoach/tay-ninh-2022/#nv-1-1', note: 'Sở KH&CN' });
  });

  it('notes the other lead agencies of a jointly led task', () => {
    const science = leadAgencyMatrix(real).rows.find((row) => row.id === 'so-khoa-hoc-va-cong-nghe')!;
    const joint = science.cells.find((c) => c.plan === 'hung-yen-2021-2025')!.items.find((item) => item.ref === '4.b')!;
    expect(joint.note).toBe('cùng Trường Đại học Sư phạm Kỹ thuật Hưng Yên');
  });

  it('shows a target with its deadline, and says "Không nêu" where a plan sets none', () => {
    const matrix = targetsMatrix(real);
    const konTum = matrix.rows
      .find((row) => row.id === 'von-dau-tu')!
      .cells.find((c) => c.plan === 'kon-tum-2019-2025')!;
    expect(konTum.items.map(itemText)).toEqual([expect.stringMatching(/^10–15 tỷ đồng: .* \(đến năm 2025\)$/)]);
    const annual = matrix.rows
      .find((row) => row.id === 'nguoi-dao-tao')!
      .cells.find((c) => c.plan === 'tay-ninh-2022')!;
    expect(cellLines(annual, matrix.emptyText)).toEqual(['Không nêu']);
  });
});
