/**
 * The pane and a workbook from a newer add-in (template 3): its update, its
 * check and its import are refused with the one line naming both versions,
 * in the planner's language, and nothing in the workbook changes.
 */
import { attempt } from "../../src/app/errors";
import { createOrUpdate, embeddedPlan } from "../../src/app/create";
import { dryRunImport } from "../../src/app/consolidate";
import { officeWorkbook } from "../../src/office/excel-adapter";
import { contextFor, WorkbookDouble } from "../office/excel-double";

async function newerWorkbook(): Promise<WorkbookDouble> {
  const wb = new WorkbookDouble();
  const plan = await embeddedPlan(true);
  await createOrUpdate(pane(wb).port, plan, "fr");
  const meta = wb.tables.get("tblNapMeta")!.sheet;
  const key = [...meta.cells].find(([, c]) => c.value === "templateVersion")![0];
  const at = `B${key.slice(1)}`;
  meta.cells.set(at, { value: 3, formula: 3 });
  return wb;
}

function pane(wb: WorkbookDouble) {
  const host = {
    run: <T>(f: (c: Excel.RequestContext) => Promise<T>) => f(contextFor(wb).context),
    supports: () => true,
  };
  return { port: officeWorkbook(host) };
}

const snapshot = (wb: WorkbookDouble) =>
  JSON.stringify(wb.sheets.map((s) => [s.name, s.visibility, [...s.cells]]));

describe("the pane and a workbook made with a newer add-in", () => {
  test.each([
    [
      "en",
      /made with a newer version of the add-in \(template 3\); this version reads up to 2: update the add-in\. Nothing was changed\./,
    ],
    [
      "fr",
      /fait avec une version plus récente du complément \(modèle 3\)\u202f; cette version lit jusqu’au modèle 2\u202f: mettez le complément à jour\. Rien n’a été modifié\./,
    ],
  ] as const)(
    "Create or update (%s) refuses it in one line, writing nothing",
    async (lang, line) => {
      const wb = await newerWorkbook();
      const before = snapshot(wb);
      const plan = await embeddedPlan(true);
      const r = await attempt(lang, () => createOrUpdate(pane(wb).port, plan, lang));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.code).toBe("newer-template");
      expect(r.message).toMatch(line);
      expect(r.message.split("\n")).toHaveLength(1);
      expect(snapshot(wb)).toBe(before);
    }
  );

  test("the import's dry run refuses it too", async () => {
    const wb = await newerWorkbook();
    const r = await attempt("en", () =>
      dryRunImport(pane(wb).port, [], {
        year: 2020,
        deadline: "2021-01-31",
        now: "2021-02-15T00:00:00Z",
        lang: "en",
      })
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/template 3.*reads up to 2/);
  });
});
