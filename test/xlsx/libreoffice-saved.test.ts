/**
 * A workbook a planner opened and saved in LibreOffice (its own part names,
 * shared strings, its way of writing tables) is read, checked and refreshed,
 * and every cell typed in an entry table comes back as LibreOffice saved it
 * (issue 12, interoperability), as an independent reader of the package sees it.
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { parsePlan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { writeXlsx } from "../../src/xlsx/workbook";
import { cli } from "../support/cli";
import { libreOfficeAvailable, recalcFile } from "../support/libreoffice";
import { readXlsxCells, type XBook } from "../support/xlsx-cells";

const ENTRY_TABLES = ["tblIndicators", "tblActions", "tblBudget", "tblStakeholders"];

/** Every non-formula cell of the entry tables, by sheet and address. */
function typed(book: XBook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const name of ENTRY_TABLES) {
    const t = book.table(name);
    for (const [at, c] of t.sheetCells)
      if (c.formula === null && c.value !== null) out.set(`${t.sheet}!${at}`, c.value);
  }
  return out;
}

(libreOfficeAvailable() ? test : test.skip)(
  "saved by LibreOffice: read, checked, refreshed, every typed cell kept",
  async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "nap-lo-saved-"));
    const built = path.join(dir, "built.xlsx");
    await writeXlsx(
      buildWorkbookPlan(withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023)), "fr"),
      built
    );
    const saved = await recalcFile(built);
    const checked = await cli(["validate", saved, "--lang", "en"]);
    expect(checked.err).toBe("");
    expect(checked.code).toBe(0);
    const out = path.join(dir, "refreshed.xlsx");
    const r = await cli(["refresh", saved, "--out", out, "--lang", "en"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const before = typed(await readXlsxCells(saved));
    const after = typed(await readXlsxCells(out));
    expect(before.size).toBeGreaterThan(1000);
    const changed = [...before].filter(([at, v]) => after.get(at) !== v).map(([at]) => at);
    expect(changed).toEqual([]);
    await fs.rm(dir, { recursive: true, force: true });
  }
);
