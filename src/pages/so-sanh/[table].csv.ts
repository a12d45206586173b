/** /so-sanh/<table>.csv: each table of the default comparison as CSV (UTF-8 with BOM), exactly as shown. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/collections.ts';
import { comparisonTables, matrixCsvRows, selectEntries } from '../../lib/matrix.ts';
import { defaultSelection, TABLE_IDS } from '../../lib/selection.ts';
import { toCsv } from '../../lib/csv.ts';

export function getStaticPaths() {
  return TABLE_IDS.map((table) => ({ params: { table } }));
}

export const GET: APIRoute = async ({ params }) => {
  const entries = (await getCorpus()).plans;
  const selected = selectEntries(entries, defaultSelection(entries.map((entry) => entry.id)));
  const table = comparisonTables(selected).find((matrix) => matrix.id === params.table)!;
  return new Response(toCsv(matrixCsvRows(table)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
