/**
 * What every comparison table must do for any set of plans: place each task exactly where it
 * belongs, count what it lists, keep one cell per plan column, list every target once, write
 * CSV with one cell per column. Registered as tests on made-up plans (tests/matrix.test.ts) and
 * on the real plans (tests/corpus/matrix.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  activityMatrix,
  comparisonTables,
  leadAgencyMatrix,
  matrixCsvRows,
  perYearSums,
  scienceLeadMatrix,
  planFacts,
  targetGroupMatrix,
  targetsMatrix,
  themeMatrix,
  type Matrix,
} from '../../src/lib/matrix.ts';
import type { PlanEntry } from '../../src/lib/plans.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { THEMES } from '../../src/lib/themes.ts';
import { ACTIVITY_TYPES } from '../../src/lib/activity-types.ts';
import { TARGET_GROUPS } from '../../src/lib/target-groups.ts';
import { parseCsv } from './parse-csv.ts';

/** The task refs listed in one column of a matrix, per row. */
export const refsIn = (matrix: Matrix, plan: string) =>
  matrix.rows.map((row) => row.cells.find((cell) => cell.plan === plan)!.items.map((item) => item.ref!));

/** The tests of every table, on `plans` (in reading order). */
export function matrixProperties(name: string, plans: readonly PlanEntry[]) {
  describe(`theme matrix on ${name}`, () => {
    const matrix = themeMatrix(plans);

    it('has one row per theme and one column per plan, in reading order', () => {
      expect(matrix.rows.map((row) => row.id)).toEqual(THEMES.map((theme) => theme.id));
      expect(matrix.columns.map((column) => column.slug)).toEqual(plans.map((plan) => plan.id));
    });

    it.each(plans)('places every task of $id under each of its themes, and nowhere else', ({ id, data }) => {
      const rows = refsIn(matrix, id);
      for (const task of data.tasks) {
        const placed = matrix.rows.filter((_, i) => rows[i]!.includes(task.ref)).map((row) => row.id);
        expect(placed, task.ref).toEqual(THEMES.map((t) => t.id).filter((t) => task.themes.includes(t)));
        expect(placed.length, task.ref).toBeGreaterThan(0);
      }
    });

    it('counts exactly the tasks it lists', () => {
      for (const row of matrix.rows)
        for (const cell of row.cells) expect(cell.count, `${row.id} ${cell.plan}`).toBe(cell.items.length);
    });

    it('sums each column to the number of theme assignments of the plan', () => {
      for (const { id, data } of plans) {
        const total = matrix.rows.reduce((sum, row) => sum + row.cells.find((c) => c.plan === id)!.count!, 0);
        expect(total).toBe(data.tasks.reduce((sum, task) => sum + task.themes.length, 0));
      }
    });
  });

  describe(`activity matrix on ${name}`, () => {
    const matrix = activityMatrix(plans);
    const used = ACTIVITY_TYPES.map((type) => type.id).filter((id) =>
      plans.some(({ data }) => data.tasks.some((task) => task.activityTypes.includes(id))),
    );

    it('has one row per activity type these plans have, in the vocabulary order, each linked to its page', () => {
      expect(matrix.rows.map((row) => row.id)).toEqual(used);
      for (const row of matrix.rows) expect(row.href).toBe(`/hoat-dong/${row.id}/`);
    });

    it.each(plans)('places every task of $id under each of its activity types, and nowhere else', ({ id, data }) => {
      const rows = refsIn(matrix, id);
      for (const task of data.tasks) {
        const placed = matrix.rows.filter((_, i) => rows[i]!.includes(task.ref)).map((row) => row.id);
        expect(placed, task.ref).toEqual(used.filter((t) => task.activityTypes.includes(t)));
        expect(placed.length, task.ref).toBeGreaterThan(0);
      }
    });

    it('counts exactly the tasks it lists, and flags a type only one of several plans has', () => {
      for (const row of matrix.rows) {
        for (const cell of row.cells) expect(cell.count, `${row.id} ${cell.plan}`).toBe(cell.items.length);
        const having = row.cells.filter((cell) => cell.count! > 0).length;
        expect(row.flag !== undefined, row.id).toBe(plans.length > 1 && having === 1);
      }
    });
  });

  describe(`target groups, lead agencies and the Sở KH&CN on ${name}`, () => {
    it('puts every task under its target groups, or under "Không nêu đối tượng"', () => {
      const matrix = targetGroupMatrix(plans);
      expect(matrix.rows.map((row) => row.id)).toEqual([...TARGET_GROUPS.map((g) => g.id), 'khong-neu']);
      for (const { id, data } of plans) {
        const rows = refsIn(matrix, id);
        for (const task of data.tasks) {
          const placed = matrix.rows.filter((_, i) => rows[i]!.includes(task.ref)).map((row) => row.id);
          expect(placed, task.ref).toEqual(
            task.targetGroups.length
              ? matrix.rows.map((r) => r.id).filter((g) => task.targetGroups.includes(g))
              : ['khong-neu'],
          );
        }
      }
    });

    it('puts every task under each agency type that leads it, once, and has no empty rows', () => {
      const matrix = leadAgencyMatrix(plans);
      for (const { id, data } of plans) {
        const rows = refsIn(matrix, id);
        for (const task of data.tasks) {
          const placed = matrix.rows
            .filter((_, i) => rows[i]!.includes(task.ref))
            .map((row) => row.id)
            .sort();
          expect(placed, task.ref).toEqual([...new Set(task.lead.map((m) => m.agency))].sort());
        }
      }
      for (const row of matrix.rows)
        expect(
          row.cells.some((cell) => cell.count! > 0),
          row.id,
        ).toBe(true);
    });

    it('puts every task in exactly one of alone / jointly / not led by the Sở KH&CN, with the share', () => {
      const matrix = scienceLeadMatrix(plans);
      for (const { id, data } of plans) {
        const counts = matrix.rows.slice(0, 3).map((row) => row.cells.find((c) => c.plan === id)!.count!);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(data.tasks.length);
        const led = data.tasks.filter((task) => task.lead.some((m) => m.agency === 'so-khoa-hoc-va-cong-nghe')).length;
        expect(counts[0]! + counts[1]!).toBe(led);
        expect(planFacts({ id, data }).scienceLed, 'the summary counts as the table does').toBe(led);
        expect(matrix.rows[3]!.cells.find((c) => c.plan === id)!.value).toBe(
          `${led}/${data.tasks.length} (${Math.round((led / data.tasks.length) * 100)} %)`,
        );
      }
    });

    it('keeps every table of the page for every plan column', () => {
      for (const table of comparisonTables(plans))
        for (const row of table.rows) expect(row.cells.map((c) => c.plan)).toEqual(table.columns.map((c) => c.slug));
    });
  });

  describe(`targets and CSV on ${name}`, () => {
    it('lists every quantified target of a plan once, under its metric, and each per-year sum of its tasks once', () => {
      const matrix = targetsMatrix(plans);
      for (const { id, data } of plans) {
        const listed = matrix.rows.slice(0, -1).flatMap((row) => row.cells.find((c) => c.plan === id)!.items);
        const sums = listed.filter((item) => item.text.endsWith(': cộng từ các nhiệm vụ'));
        expect(listed.length - sums.length).toBe(data.targets.length);
        expect(sums).toHaveLength(perYearSums(data.tasks).length);
      }
    });

    it('writes every table with one cell per column on every row', () => {
      for (const table of comparisonTables(plans)) {
        const rows = matrixCsvRows(table);
        expect(rows).toHaveLength(table.rows.length + 1);
        for (const row of rows) expect(row).toHaveLength(table.columns.length + 1);
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }
    });
  });
}
