/** What an adapter reads back from a freshly written workbook plan: each table's grid (formulas have no value yet). */
import { tableGrid } from "../../src/core/template/build";
import type { WorkbookValues } from "../../src/core/template/read";
import { isFormula, type CellValue, type WorkbookPlan } from "../../src/core/template/types";

export function valuesOf(wp: WorkbookPlan): WorkbookValues {
  const out: WorkbookValues = {};
  for (const sheet of wp.sheets) {
    for (const table of sheet.tables) {
      const values = tableGrid(table).map((r) =>
        r.map((c) => (isFormula(c) ? null : (c as CellValue)))
      );
      out[table.name] = { sheet: sheet.name, row: table.row, col: table.col, values };
    }
  }
  return out;
}

/** Set a cell of a table by its row key (first column) and its header. */
export function setCell(
  values: WorkbookValues,
  table: string,
  key: string,
  header: string,
  value: CellValue
): void {
  const tv = values[table]!;
  const c = tv.values[0].indexOf(header);
  // "" finds a row whose first cell is blank (the empty row a growable table is written with).
  let r = tv.values.findIndex((row, i) => i > 0 && (row[0] ?? "") === key);
  // No empty row left: "" adds one below the table's rows (a second row typed in a growable table).
  if (r < 0 && key === "" && c >= 0) r = tv.values.push(tv.values[0].map(() => null)) - 1;
  if (c < 0 || r < 0) throw new Error(`no ${key} / ${header} in ${table}`);
  tv.values[r][c] = value;
}
