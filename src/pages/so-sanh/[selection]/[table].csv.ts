/** /so-sanh/<a>+<b>/<table>.csv: each table of a pre-rendered comparison as CSV (UTF-8 with BOM), exactly as shown. */
import type { APIRoute } from 'astro';
import { getPlans } from '../../../lib/collections.ts';
import { comparisonTables, matrixCsvRows, selectEntries } from '../../../lib/matrix.ts';
import { selectionKey, selectionPath, staticSelections, TABLE_IDS } from '../../../lib/selection.ts';
import { toCsv } from '../../../lib/csv.ts';

export async function getStaticPaths() {
  const entries = await getPlans();
  const all = entries.map((entry) => entry.id);
  const provinceOf = (slug: string) => entries.find((entry) => entry.id === slug)!.data.plan.province;
  return staticSelections(all, provinceOf)
    .filter((selection) => selectionPath(selection, all) !== '/so-sanh/')
    .flatMap((selection) => TABLE_IDS.map((table) => ({ params: { selection: selectionKey(selection), table }, props: { selection } })));
}

export const GET: APIRoute = async ({ params, props }) => {
  const selected = selectEntries(await getPlans(), props.selection as string[]);
  const table = comparisonTables(selected).find((matrix) => matrix.id === params.table)!;
  return new Response(toCsv(matrixCsvRows(table)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
