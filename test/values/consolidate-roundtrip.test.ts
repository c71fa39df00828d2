/**
 * The values table's round trip (issue 14, point 6): quarterly, half-year
 * and disaggregated values (numerators and denominators, comments, evidence)
 * written by the exceljs adapter read back identical; a focal point's copy
 * consolidated into a national workbook gives the same value rows; a
 * disagreeing copy's value becomes a conflict the logs show in French and
 * English, and settling it lands the value. Every file is also read by an
 * independent reader (the package XML), with the period labels written out
 * here by hand.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { parsePlan, type IndicatorValue, type Lang, type Plan } from "../../src/core/model";
import { values as valuesTable } from "../../src/core/tables/values";
import { header } from "../../src/core/tables/column";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { loadWorkbook, tablesOf, writeXlsx } from "../../src/xlsx/workbook";
import { cli } from "../support/cli";
import { readXlsxCells, tableRows, type XCell } from "../support/xlsx-cells";
import { nationalPlan } from "../consolidate/fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-vmerge-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (name: string) => path.join(dir, name);

/** The periods as each language writes them (by hand, not from the code under test). */
const PERIOD: Record<Lang, Record<string, string>> = {
  en: { year: "Year", H1: "H1", H2: "H2", Q1: "Q1", Q2: "Q2", Q3: "Q3", Q4: "Q4" },
  fr: { year: "Année", H1: "S1", H2: "S2", Q1: "T1", Q2: "T2", Q3: "T3", Q4: "T4" },
};

const row = (r: Partial<IndicatorValue> & { indicator: string; year: number }): IndicatorValue => ({
  value: null,
  numerator: null,
  denominator: null,
  ...r,
});

/** Half-years, quarters, breakdowns, a zero, a whole year typed "year" and one left blank. */
const VALUES: IndicatorValue[] = [
  row({
    indicator: "I3.2.1",
    year: 2020,
    period: "H1",
    numerator: 12,
    denominator: 40,
    comment: "Premier semestre ; écart dû à la saison des pluies",
    evidence: "https://example.org/rapport-s1.pdf",
    enteredBy: "Point focal MPFEF",
  }),
  row({ indicator: "I3.2.1", year: 2020, period: "H2", numerator: 18, denominator: 45 }),
  row({
    indicator: "I3.2.1",
    year: 2021,
    period: "Q1",
    breakdown: "F",
    numerator: 5,
    denominator: 20,
    evidence: "Registre de la DNPF",
  }),
  row({
    indicator: "I3.2.1",
    year: 2021,
    period: "Q1",
    breakdown: "H",
    numerator: 7,
    denominator: 22,
  }),
  row({
    indicator: "I3.2.1",
    year: 2021,
    period: "Q2",
    breakdown: "F",
    numerator: 6,
    denominator: 21,
  }),
  row({
    indicator: "I3.2.1",
    year: 2021,
    period: "Q3",
    breakdown: "MOP",
    numerator: 3,
    denominator: 9,
  }),
  row({
    indicator: "I3.2.1",
    year: 2021,
    period: "Q4",
    breakdown: "TOM",
    numerator: 2,
    denominator: 11,
    comment: "Late report / rapport tardif",
  }),
  row({ indicator: "I1.1.1", year: 2020, period: "year", breakdown: "F", value: 4 }),
  row({ indicator: "I1.1.1", year: 2020, breakdown: "H", value: 3.25, enteredBy: "UGT" }),
  row({ indicator: "I2.1", year: 2021, period: "Q4", value: 0, comment: "aucun cas signalé" }),
  // ptargets: a target beside its value, and a target alone (a row of its own).
  row({ indicator: "I2.1", year: 2021, period: "Q2", value: 1, target: 3 }),
  row({ indicator: "I2.1", year: 2021, period: "Q3", target: 2 }),
];

const clean = (p: Plan, values: IndicatorValue[]) =>
  parsePlan({ ...p, imports: [], conflicts: [], submissions: [], values });

const stamp = (p: Plan, focalPoint: string, copyId: string, submittedAt: string) =>
  parsePlan({ ...p, stamp: { copyId, focalPoint, year: 2020, submittedAt } });

const read = async (file: string) => readPlan(tablesOf(await loadWorkbook(file))).plan;

/** A table's rows from the package XML, as header → cell. */
async function xmlRows(file: string, table: string): Promise<Record<string, XCell | undefined>[]> {
  const { table: tb, rows } = tableRows(await readXlsxCells(file), table);
  return rows.map((r) => Object.fromEntries(tb.columns.map((c, i) => [c, r.cells[i]])));
}

const cellValue = (c: XCell | undefined) => (c === undefined ? null : c.value);

/** The value rows as the file holds them, each typed cell by its header in `lang`. */
async function xmlValues(file: string, lang: Lang) {
  const cols = valuesTable.columns([]).filter((c) => c.entry);
  return (await xmlRows(file, "tblValues")).map((r) =>
    Object.fromEntries(cols.map((c) => [c.key, cellValue(r[header(lang, c)])]))
  );
}

/** What the file must hold for a value row, written out by hand (periods by their label). */
const expectedCells = (v: IndicatorValue, lang: Lang) => ({
  indicator: v.indicator,
  year: v.year,
  period: v.period ? PERIOD[lang][v.period] : null,
  breakdown: v.breakdown ?? null,
  value: v.value,
  numerator: v.numerator,
  denominator: v.denominator,
  comment: v.comment ?? null,
  evidence: v.evidence ?? null,
  enteredBy: v.enteredBy ?? null,
  target: v.target ?? null,
});

const national = clean(nationalPlan(), []);
const mpfef = stamp(clean(nationalPlan(), VALUES), "MPFEF", "MPFEF-2020-v", "2021-01-20");

beforeAll(async () => {
  await writeXlsx(buildWorkbookPlan(national, "fr"), f("national.xlsx"));
  // The focal point works in English; the national workbook is French.
  await writeXlsx(buildWorkbookPlan(mpfef, "en"), f("MPFEF-2020.xlsx"));
}, 120000);

describe("tblValues through the exceljs adapter", () => {
  test("the focal point's file reads back with identical value rows", async () => {
    expect((await read(f("MPFEF-2020.xlsx"))).values).toEqual(VALUES);
  });

  test("the package XML holds each typed cell as given (an independent reader)", async () => {
    expect(await xmlValues(f("MPFEF-2020.xlsx"), "en")).toEqual(
      VALUES.map((v) => expectedCells(v, "en"))
    );
  });
});

describe("a focal point's copy consolidated into the national workbook", () => {
  beforeAll(async () => {
    const r = await cli([
      "consolidate",
      f("national.xlsx"),
      f("MPFEF-2020.xlsx"),
      "--year",
      "2020",
      "--now",
      "2021-02-15T00:00:00Z",
      "--lang",
      "en",
      "--out",
      f("out.xlsx"),
    ]);
    if (r.code !== 0) throw new Error(`consolidate failed (${r.code}): ${r.err}\n${r.out}`);
  }, 120000);

  test("gives identical value rows, in the focal point's order", async () => {
    expect((await read(f("out.xlsx"))).values).toEqual(VALUES);
    expect(await xmlValues(f("out.xlsx"), "fr")).toEqual(VALUES.map((v) => expectedCells(v, "fr")));
  });

  test("the import log shows the rows readably in French (table, period label, column header)", async () => {
    const log = await xmlRows(f("out.xlsx"), "tblImports");
    const shown = log
      .filter((r) => cellValue(r["Tableau"]) === "Valeurs des indicateurs")
      .map((r) => [cellValue(r["Clé"]), cellValue(r["Colonne"]), cellValue(r["Valeur"])]);
    expect(shown).toEqual(
      expect.arrayContaining([
        ["I3.2.1|2021|T1|F", "Numérateur", 5],
        ["I3.2.1|2021|T1|F", "Dénominateur", 20],
        ["I3.2.1|2020|S1|", "Source ou justificatif (lien)", "https://example.org/rapport-s1.pdf"],
        ["I1.1.1|2020|Année|F", "Valeur", 4],
        ["I1.1.1|2020||H", "Valeur", 3.25],
        ["I2.1|2021|T4|", "Valeur", 0],
      ])
    );
    // Every typed value cell of the copy is logged once, as added.
    const typed = VALUES.flatMap((v) =>
      (
        ["value", "numerator", "denominator", "comment", "evidence", "enteredBy", "target"] as const
      ).filter((k) => v[k] !== null && v[k] !== undefined)
    ).length;
    expect(shown).toHaveLength(typed);
  });

  test("the change log names each value cell the import added, on the Values sheet", async () => {
    const log = (await xmlRows(f("out.xlsx"), "tblChanges"))
      .filter((r) => cellValue(r["Feuille"]) === "Valeurs")
      .map((r) => [cellValue(r["Clé"]), cellValue(r["Colonne"]), cellValue(r["Après"])]);
    expect(log).toEqual(
      expect.arrayContaining([
        ["I3.2.1|2021|T1|F", "Numérateur", 5],
        ["I3.2.1|2021|T1|F", "Dénominateur", 20],
        ["I2.1|2021|T4|", "Valeur", 0],
        ["I1.1.1|2020||H", "Saisi par", "UGT"],
        ["I2.1|2021|T3|", "Cible", 2],
      ])
    );
  });

  describe("a second focal point disagrees on one value", () => {
    beforeAll(async () => {
      const consolidated = await read(f("out.xlsx"));
      const osc = stamp(
        clean(
          consolidated,
          consolidated.values.map((v) =>
            v.indicator === "I3.2.1" && v.period === "Q1" && v.breakdown === "F"
              ? { ...v, numerator: 6 }
              : v
          )
        ),
        "OSC",
        "OSC-2020-v",
        "2021-01-25"
      );
      await writeXlsx(buildWorkbookPlan(osc, "fr"), f("OSC-2020.xlsx"));
      const r = await cli([
        "consolidate",
        f("out.xlsx"),
        f("OSC-2020.xlsx"),
        "--year",
        "2020",
        "--now",
        "2021-02-16T00:00:00Z",
        "--lang",
        "fr",
        "--out",
        f("out2.xlsx"),
      ]);
      if (r.code !== 0) throw new Error(`consolidate failed (${r.code}): ${r.err}\n${r.out}`);
    }, 120000);

    test("the conflict shows in French in the file, and reads back to the row's key", async () => {
      const rows = (await xmlRows(f("out2.xlsx"), "tblConflicts")).map((r) => ({
        table: cellValue(r["Tableau"]),
        key: cellValue(r["Clé"]),
        column: cellValue(r["Colonne"]),
        current: cellValue(r["Valeur nationale"]),
        proposed: cellValue(r["Valeur proposée"]),
      }));
      expect(rows).toEqual([
        {
          table: "Valeurs des indicateurs",
          key: "I3.2.1|2021|T1|F",
          column: "Numérateur",
          current: 5,
          proposed: 6,
        },
      ]);
      const back = await read(f("out2.xlsx"));
      expect(back.conflicts).toEqual([
        expect.objectContaining({
          table: "values",
          key: "I3.2.1|2021|Q1|F",
          column: "numerator",
          current: 5,
          proposed: 6,
          decision: "pending",
        }),
      ]);
      // The national value stands until the TMU settles.
      expect(back.values).toEqual(VALUES);
    });

    test("the same logs written in English show English labels and read back the same", async () => {
      const plan = await read(f("out2.xlsx"));
      await writeXlsx(buildWorkbookPlan(plan, "en"), f("out2-en.xlsx"));
      const rows = (await xmlRows(f("out2-en.xlsx"), "tblConflicts")).map((r) => [
        cellValue(r["Table"]),
        cellValue(r["Key"]),
        cellValue(r["Column"]),
      ]);
      expect(rows).toEqual([["Indicator values", "I3.2.1|2021|Q1|F", "Numerator"]]);
      const log = (await xmlRows(f("out2-en.xlsx"), "tblImports")).map((r) => cellValue(r["Key"]));
      expect(log).toContain("I1.1.1|2020|Year|F");
      const back = await read(f("out2-en.xlsx"));
      expect(back.conflicts).toEqual(plan.conflicts);
      expect(back.imports).toEqual(plan.imports);
      expect(back.values).toEqual(plan.values);
    });

    test("settling the accepted proposal lands the value in the file", async () => {
      const wb = await loadWorkbook(f("out2.xlsx"));
      const ws = wb.getWorksheet("Conflits")!;
      const head = (ws.getRow(1).values as unknown[]).map(String);
      ws.eachRow((r, n) => {
        if (n > 1 && r.getCell(head.indexOf("Clé")).value === "I3.2.1|2021|T1|F")
          r.getCell(head.indexOf("Décision")).value = "Accepter";
      });
      await wb.xlsx.writeFile(f("decided.xlsx"));
      const r = await cli([
        "settle",
        f("decided.xlsx"),
        "--by",
        "UGT",
        "--now",
        "2021-03-01T00:00:00Z",
        "--out",
        f("settled.xlsx"),
      ]);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      const expected = VALUES.map((v) =>
        v.indicator === "I3.2.1" && v.period === "Q1" && v.breakdown === "F"
          ? { ...v, numerator: 6 }
          : v
      );
      expect((await read(f("settled.xlsx"))).values).toEqual(expected);
      expect(await xmlValues(f("settled.xlsx"), "fr")).toEqual(
        expected.map((v) => expectedCells(v, "fr"))
      );
      const settledRow = (await xmlRows(f("settled.xlsx"), "tblConflicts"))[0];
      expect(cellValue(settledRow["Tranché le"])).toBe("2021-03-01");
    });
  });
});
