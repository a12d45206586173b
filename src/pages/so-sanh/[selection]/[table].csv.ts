/** /so-sanh/<key>/<table>.csv: each table of a pre-rendered comparison as CSV (UTF-8 with BOM), exactly as shown. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../lib/collections.ts';
import { comparisonTables, matrixCsvRows, selectEntries } from '../../../lib/matrix.ts';
import { selectionPages, TABLE_IDS } from '../../../lib/selection.ts';
import { toCsv } from '../../../lib/csv.ts';
import { provinceSlug } from '../../../lib/paths.ts';

export async function getStaticPaths() {
  return selectionPages((await getCorpus()).plans, provinceSlug).flatMap(({ key, selection }) =>
    TABLE_IDS.map((table) => ({ params: { selection: key, table }, props: { selection } })),
  );
}

export const GET: APIRoute = async ({ params, props }) => {
  const selected = selectEntries((await getCorpus()).plans, props.selection as string[]);
  const table = comparisonTables(selected).find((matrix) => matrix.id === params.table)!;
  return new Response(toCsv(matrixCsvRows(table)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
