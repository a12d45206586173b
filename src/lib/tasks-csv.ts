/**
 * /data/tasks.csv: one row per task, for spreadsheets. The columns are the leaf fields of the
 * tasks.json schema, named by their path ("lead.name", "timing.start"), so the CSV is described by
 * the same field table as the JSON; a list is one cell, its items joined with "; ".
 */
import type { TaskRecord } from '../schemas/public-data.ts';
import { toCsv } from './csv.ts';
import { fieldRows, type JsonSchema } from './schema-fields.ts';

export const LIST_SEPARATOR = '; ';

/** A scalar as a cell: null and absent are empty, numbers and booleans as JSON writes them. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The value at a column path ("lead.name") as one cell: walking into a list takes that field
 * of every item, and a list becomes its items joined with "; ". A list whose items are all
 * empty (no lead of the task has a scope, say) is an empty cell.
 */
export function cellAt(record: unknown, column: string): string {
  let values: unknown[] = [record];
  let list = false;
  for (const key of column.split('.')) {
    values = values.flatMap((value) => {
      const next = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
      if (Array.isArray(next)) {
        list = true;
        return next;
      }
      return [next];
    });
  }
  if (!list) return cell(values[0]);
  const cells = values.map(cell);
  return cells.every((c) => c === '') ? '' : cells.join(LIST_SEPARATOR);
}

/** The CSV columns of a record schema: its leaf fields, by path. */
export function csvColumns(schema: JsonSchema): string[] {
  return fieldRows(schema)
    .filter((row) => row.leaf)
    .map((row) => row.column);
}

/** A CSV file of records, a column per leaf field of their JSON schema (the schema of the file's JSON twin). */
export function recordsCsv(records: readonly unknown[], schema: JsonSchema): string {
  const columns = csvColumns(schema);
  return toCsv([columns, ...records.map((record) => columns.map((column) => cellAt(record, column)))]);
}

/** tasks.csv from the task records and the tasks.json schema. */
export const tasksCsv = (records: TaskRecord[], schema: JsonSchema): string => recordsCsv(records, schema);
