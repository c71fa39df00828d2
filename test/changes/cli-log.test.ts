/**
 * The change log through the command line (issue 15, item 4): import, settle
 * and roll-forward each leave one row per entry cell they changed (before →
 * after, who, why), and nothing else; a refresh that changes nothing adds no
 * row; a French workbook's log is in French. Every check reads the saved
 * package's XML (test/support/xlsx-cells.ts), never exceljs nor the project's
 * reader: the log's rows are held against an independent diff of the entry
 * tables of the files before and after.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { cli } from "../support/cli";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { loadWorkbook, writeXlsx } from "../../src/xlsx/workbook";
import { readXlsxCells, tableRows, type XBook } from "../support/xlsx-cells";
import { nationalPlan, stamped, submissions } from "../consolidate/fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-changes-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (name: string) => path.join(dir, name);

const national = nationalPlan();
const subs = submissions(national);
const NOW = "2021-02-15T00:00:00Z";

type Row = Record<string, string>;
const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** A table's rows as text by header, formulas left out (computed cells are no entry). */
function rowsOf(book: XBook, name: string): Row[] {
  const { table, rows } = tableRows(book, name);
  return rows
    .map((r) =>
      Object.fromEntries(
        table.columns.flatMap((h, i) => (r.cells[i]?.formula ? [] : [[h, text(r.cells[i]?.value)]]))
      )
    )
    .filter((r) => Object.values(r).some((v) => v !== ""));
}

const logOf = (book: XBook) => rowsOf(book, "tblChanges");

/** The entry tables compared here, their row key by header (English and French), written out. */
const KEYED: { table: string; key: { en: string[]; fr: string[] } }[] = [
  { table: "tblActions", key: { en: ["Action code"], fr: ["Code action"] } },
  {
    table: "tblBudget",
    key: {
      en: ["Action code", "Year", "Funding source"],
      fr: ["Code action", "Année", "Source de financement"],
    },
  },
  { table: "tblIndicators", key: { en: ["Indicator code"], fr: ["Code indicateur"] } },
];
/** Where consolidation records which file a row came from: written by the add-in, no entry. */
const NOT_ENTRY = ["Origin", "Provenance"];

/** Every cell of the entry tables that differs between two files: "sheet|key|header|before|after". */
function diff(before: XBook, after: XBook, lang: "en" | "fr"): string[] {
  const out: string[] = [];
  for (const { table, key } of KEYED) {
    const sheet = after.table(table).sheet;
    const byKey = (book: XBook) =>
      new Map(rowsOf(book, table).map((r) => [key[lang].map((h) => r[h]).join("|"), r]));
    const b = byKey(before);
    const a = byKey(after);
    for (const k of new Set([...b.keys(), ...a.keys()])) {
      const rb = b.get(k) ?? {};
      const ra = a.get(k) ?? {};
      for (const h of new Set([...Object.keys(rb), ...Object.keys(ra)])) {
        if (NOT_ENTRY.includes(h)) continue;
        if (text(rb[h]) !== text(ra[h]))
          out.push([sheet, k, h, text(rb[h]), text(ra[h])].join("|"));
      }
    }
  }
  return out.sort();
}

const headers = {
  en: ["When", "Who", "Sheet", "Key", "Column", "Before", "After", "Why"],
  fr: ["Date et heure", "Auteur", "Feuille", "Clé", "Colonne", "Avant", "Après", "Motif"],
};
const asDiff = (rows: Row[], lang: "en" | "fr") => {
  const [, , sheet, key, column, before, after] = headers[lang];
  return rows.map((r) => [r[sheet], r[key], r[column], r[before], r[after]].join("|")).sort();
};

async function run(args: string[]) {
  const r = await cli(args);
  // Roll-forward names on standard error what the TMU must look at (finished actions'
  // lines for years to come, pending conflicts); nothing else may complain.
  const said =
    args[0] === "roll-forward"
      ? r.err.split("\n").filter((l) => !/EX-\d+ 20\d\d|C-\d+/.test(l))
      : [r.err];
  expect(said.filter((l) => l !== "")).toEqual([]);
  expect(r.code).toBe(0);
}

/** The file's log and what each step added to it. */
async function step(from: string, to: string, lang: "en" | "fr") {
  const before = await readXlsxCells(f(from));
  const after = await readXlsxCells(f(to));
  const old = logOf(before);
  const log = logOf(after);
  expect(log.slice(0, old.length)).toEqual(old);
  return { before, after, added: log.slice(old.length), diff: diff(before, after, lang) };
}

/** Type a decision in the Conflicts sheet, as the TMU does: Accept one source's proposal, reject the rest. */
async function decide(from: string, to: string, acceptFrom: string) {
  const wb = await loadWorkbook(f(from));
  const ws = wb.getWorksheet("Conflicts")!;
  const head = (ws.getRow(1).values as unknown[]).map(text);
  const at = (h: string) => head.indexOf(h);
  ws.eachRow((row, n) => {
    if (n === 1 || text(row.getCell(at("Decision")).value) !== "Pending") return;
    const source = text(row.getCell(at("Submitted by")).value);
    row.getCell(at("Decision")).value = source.startsWith(acceptFrom) ? "Accept" : "Reject";
  });
  await wb.xlsx.writeFile(f(to));
}

beforeAll(async () => {
  await writeXlsx(buildWorkbookPlan(national, "en"), f("national-en.xlsx"));
  await writeXlsx(buildWorkbookPlan(national, "fr"), f("national-fr.xlsx"));
  await writeXlsx(buildWorkbookPlan(stamped(subs[0]), "en"), f("MPFEF-2020.xlsx"));
  await writeXlsx(buildWorkbookPlan(stamped(subs[1]), "fr"), f("OSC-2020.xlsx"));
}, 120000);

describe("one year's cycle on an English national workbook", () => {
  test("a new workbook's log is empty, its headers in English", async () => {
    const book = await readXlsxCells(f("national-en.xlsx"));
    expect(book.table("tblChanges").sheet).toBe("Change log");
    expect(book.table("tblChanges").columns).toEqual(headers.en);
    expect(logOf(book)).toEqual([]);
  });

  test("an import logs each entry cell it changed, and only those, by the TMU", async () => {
    await run([
      "consolidate",
      f("national-en.xlsx"),
      f("MPFEF-2020.xlsx"),
      "--year",
      "2020",
      "--now",
      NOW,
      "--out",
      f("1-imported.xlsx"),
      "--lang",
      "en",
    ]);
    const s = await step("national-en.xlsx", "1-imported.xlsx", "en");
    expect(s.added.length).toBeGreaterThan(0);
    expect(asDiff(s.added, "en")).toEqual(s.diff);
    for (const r of s.added) {
      expect(r).toMatchObject({ When: NOW, Who: "TMU", Why: "Import" });
    }
    // What the fixture says MPFEF brought: a blank actual filled, a new action and its budget line.
    expect(s.diff).toContain("Indicators|I1.2.1|Actual 2019||4");
    expect(s.diff).toContain("Budget|EX-100|2020|BN|Amount planned||7000000");
    expect(s.diff).toContain("Operational plan|EX-100|Lead stakeholder||MPFEF");
    // MPFEF agreed on I1.1.1's 2019 actual: no change, no row.
    expect(s.added.filter((r) => r.Key === "I1.1.1")).toEqual([]);
  }, 120000);

  test("settling logs the accepted value, old → new, by the TMU member named", async () => {
    await run([
      "consolidate",
      f("1-imported.xlsx"),
      f("OSC-2020.xlsx"),
      "--year",
      "2020",
      "--now",
      NOW,
      "--out",
      f("2-conflicts.xlsx"),
      "--lang",
      "en",
    ]);
    await decide("2-conflicts.xlsx", "3-decided.xlsx", "OSC");
    await run([
      "settle",
      f("3-decided.xlsx"),
      "--by",
      "A. Traoré",
      "--now",
      "2021-03-01T10:00:00Z",
      "--out",
      f("4-settled.xlsx"),
      "--lang",
      "en",
    ]);
    const s = await step("3-decided.xlsx", "4-settled.xlsx", "en");
    expect(s.added.length).toBeGreaterThan(0);
    expect(asDiff(s.added, "en")).toEqual(s.diff);
    // OSC proposed 15 where the national workbook held 12, and 5 where MPFEF had filled in 4.
    expect(s.diff).toContain("Indicators|I1.1.1|Actual 2019|12|15");
    expect(s.diff).toContain("Indicators|I1.2.1|Actual 2019|4|5");
    for (const r of s.added) {
      expect(r).toMatchObject({
        When: "2021-03-01T10:00:00Z",
        Who: "TMU (A. Traoré)",
        Why: "Settled conflict",
      });
    }
  }, 120000);

  test("rolling forward logs each carried action's new year", async () => {
    await run([
      "roll-forward",
      f("4-settled.xlsx"),
      "--from",
      "2020",
      "--out",
      f("5-rolled.xlsx"),
      "--lang",
      "en",
    ]);
    const s = await step("4-settled.xlsx", "5-rolled.xlsx", "en");
    expect(s.added.length).toBeGreaterThan(0);
    expect(asDiff(s.added, "en")).toEqual(s.diff);
    for (const r of s.added) expect(r).toMatchObject({ Who: "TMU", Why: "Roll-forward" });
    expect(
      s.added.some((r) => r.Column === "Years" && /2021/.test(r.After) && !/2021/.test(r.Before))
    ).toBe(true);
  }, 120000);

  test("a refresh that changes no entry cell adds no row", async () => {
    await run(["refresh", f("5-rolled.xlsx"), "--out", f("6-refreshed.xlsx"), "--lang", "en"]);
    const s = await step("5-rolled.xlsx", "6-refreshed.xlsx", "en");
    expect(s.diff).toEqual([]);
    expect(s.added).toEqual([]);
  }, 120000);
});

describe("a French national workbook", () => {
  test("its log has French headers, places, columns, labels and reasons", async () => {
    await run([
      "consolidate",
      f("national-fr.xlsx"),
      f("MPFEF-2020.xlsx"),
      "--year",
      "2020",
      "--now",
      NOW,
      "--out",
      f("fr-1.xlsx"),
      "--lang",
      "fr",
    ]);
    await run([
      "roll-forward",
      f("fr-1.xlsx"),
      "--from",
      "2020",
      "--out",
      f("fr-2.xlsx"),
      "--lang",
      "fr",
    ]);
    const book = await readXlsxCells(f("fr-2.xlsx"));
    expect(book.table("tblChanges").sheet).toBe("Journal des modifications");
    expect(book.table("tblChanges").columns).toEqual(headers.fr);
    const imported = await step("national-fr.xlsx", "fr-1.xlsx", "fr");
    expect(asDiff(imported.added, "fr")).toEqual(imported.diff);
    expect(imported.diff).toContain("Indicateurs|I1.2.1|Réalisé 2019||4");
    for (const r of imported.added) expect(r).toMatchObject({ Auteur: "UGT", Motif: "Import" });
    // A list value in the workbook's language.
    expect(imported.added).toContainEqual(
      expect.objectContaining({
        Feuille: "Plan opérationnel",
        Clé: "EX-100",
        Après: "Non démarrée",
      })
    );
    const rolled = await step("fr-1.xlsx", "fr-2.xlsx", "fr");
    expect(rolled.added.length).toBeGreaterThan(0);
    expect(asDiff(rolled.added, "fr")).toEqual(rolled.diff);
    for (const r of rolled.added)
      expect(r).toMatchObject({ Auteur: "UGT", Motif: "Report à l’année suivante" });
  }, 120000);
});
