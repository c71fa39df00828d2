/**
 * nap1325 upgrade on real version-1 workbooks (test/fixtures/v1, made by the
 * previous round's own CLI), and the refusal of a workbook from a newer
 * add-in by every command, in one line. Files are read back with the
 * independent reader (test/support/xlsx-cells.ts: the package XML).
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { cli } from "../support/cli";
import { readXlsxCells, tableRows, type XBook } from "../support/xlsx-cells";
import { columnSpecs, diffTyped, openForEdit, sha } from "../property/workbooks";
import { TABLES, type TableKey } from "../../src/core/tables";

const FIXTURES = path.join(__dirname, "../fixtures/v1");
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "nap-upgrade-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The _NAP sheet's value for `key`, as the package holds it. */
function metaValue(book: XBook, key: string): unknown {
  const { rows } = tableRows(book, "tblNapMeta");
  const row = rows.find((r) => r.cells[0]?.value === key);
  return row?.cells[1]?.value;
}

const copyFixture = async (name: string, as: string) => {
  const file = path.join(dir, as);
  await fs.copyFile(path.join(FIXTURES, name), file);
  return file;
};

/** Non-blank entry cells of a table, counted by the independent reader. */
function typedIn(book: XBook, key: TableKey, name: string): number {
  const { table, rows } = tableRows(book, name);
  const entry = columnSpecs(key, table.columns)
    .map((s, i) => (s && s.kind !== "formula" && !s.show ? i : -1))
    .filter((i) => i >= 0);
  let n = 0;
  for (const row of rows)
    n += entry.filter((i) => {
      const c = row.cells[i];
      return c && (c.formula !== null || (c.value !== null && c.value !== ""));
    }).length;
  return n;
}

describe("nap1325 upgrade", () => {
  test.each(["en", "fr"] as const)(
    "a version-1 workbook (%s) is written as NAME-v2.xlsx next to it, every typed cell carried, the original untouched",
    async (lang) => {
      const file = await copyFixture(`example-${lang}.xlsx`, `plan-${lang}.xlsx`);
      const before = await readXlsxCells(file);
      expect(metaValue(before, "templateVersion")).toBe(1);
      // Version 1 has none of this round's tables.
      expect(() => before.table("tblValues")).toThrow();
      expect(() => before.table("tblChanges")).toThrow();
      const shaBefore = await sha(file);

      const r = await cli(["upgrade", file]);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      const out = path.join(dir, `plan-${lang}-v2.xlsx`);
      expect(await sha(file)).toBe(shaBefore);
      const after = await readXlsxCells(out);
      expect(metaValue(after, "templateVersion")).toBe(2);
      // This round's tables, empty; the actuals typed in tblIndicators stay there.
      expect(tableRows(after, "tblValues").rows.every((x) => x.cells.every((c) => !c?.value))).toBe(
        true
      );
      expect(after.table("tblChanges").name).toBe("tblChanges");
      expect(diffTyped(before, after)).toEqual([]);
      // No hidden copy in a copy: the original file is the backup.
      expect(after.sheets.filter((s) => /\(v1\)$/.test(s.name))).toEqual([]);

      // What it says it carried, in the workbook's language, against an independent count.
      const indicators = typedIn(before, "indicators", "tblIndicators");
      const budget = typedIn(before, "budget", "tblBudget");
      expect(indicators).toBeGreaterThan(100);
      const sheetOf = (t: string) => before.table(t).sheet;
      expect(r.out).toContain(`${sheetOf("tblIndicators")} ${indicators}`);
      expect(r.out).toContain(`${sheetOf("tblBudget")} ${budget}`);
      expect(r.out).toMatch(
        lang === "fr" ? /mis à niveau du modèle 1 au modèle 2/ : /upgraded from template 1 to 2/
      );

      // Once upgraded: nothing to do, nothing written.
      const again = await cli(["upgrade", out, "--out", path.join(dir, `again-${lang}.xlsx`)]);
      expect(again.code).toBe(0);
      expect(again.out).toMatch(lang === "fr" ? /déjà au modèle 2/ : /at template 2 already/);
      await expect(fs.access(path.join(dir, `again-${lang}.xlsx`))).rejects.toThrow();

      // The copy's name is never written over.
      const shaOut = await sha(out);
      const twice = await cli(["upgrade", file]);
      expect(twice.code).toBe(2);
      expect(twice.err).toMatch(/-v2\.xlsx/);
      expect(await sha(out)).toBe(shaOut);
    }
  );

  test("--in-place keeps the older sheets hidden; later rewrites and checks take them as the template's", async () => {
    const file = await copyFixture("example-en.xlsx", "inplace.xlsx");
    const before = await readXlsxCells(file);
    const r = await cli(["upgrade", file, "--in-place"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const after = await readXlsxCells(file);
    expect(metaValue(after, "templateVersion")).toBe(2);
    expect(diffTyped(before, after)).toEqual([]);
    const backups = after.sheets.filter((s) => /\(v1\)$/.test(s.name));
    expect(backups.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Indicators (v1)", "Budget (v1)", "Operational plan (v1)"])
    );
    for (const s of backups) {
      expect(s.state).toBe("hidden");
      expect(s.tables).toEqual([]);
    }
    // The backup holds the typed values as they were (a budget amount typed in version 1).
    const old = before.table("tblBudget");
    const copy = after.sheet("Budget (v1)");
    const typed = [...old.sheetCells].filter(
      ([, c]) => typeof c.value === "number" && c.value > 1000
    );
    expect(typed.length).toBeGreaterThan(0);
    for (const [at, c] of typed.slice(0, 20)) expect(copy.cells.get(at)?.value).toBe(c.value);
    expect(r.out).toMatch(/kept, hidden: .*Indicators \(v1\)/);

    // A refresh keeps them (until a person deletes them), and the check finds nothing to say.
    const refreshed = await cli(["refresh", file]);
    expect(refreshed.err).toBe("");
    expect(refreshed.code).toBe(0);
    const again = await readXlsxCells(file);
    expect(again.sheets.filter((s) => /\(v1\)$/.test(s.name)).map((s) => s.name)).toEqual(
      backups.map((s) => s.name)
    );
    const check = await cli(["validate", file, "--lang", "en"]);
    expect(check.out).toMatch(/No problem found/);
  });

  test.each(["en", "fr"] as const)(
    "a refresh of a version-1 workbook in place (%s) keeps its older sheets hidden too, and says so",
    async (lang) => {
      const file = await copyFixture(`example-${lang}.xlsx`, `refresh-${lang}.xlsx`);
      const before = await readXlsxCells(file);
      const r = await cli(["refresh", file]);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      const after = await readXlsxCells(file);
      expect(metaValue(after, "templateVersion")).toBe(2);
      expect(diffTyped(before, after)).toEqual([]);
      // Every sheet that held a version-1 entry table has its hidden copy (summaries are rebuilt).
      const entry = new Set(TABLES.filter((d) => d.key !== "meta").map((d) => d.name));
      const held = before.sheets
        .filter((s) => s.tables.some((x) => entry.has(x.name)))
        .map((s) => s.name);
      const backups = after.sheets.filter((s) => /\(v1\)$/.test(s.name));
      expect(backups.map((s) => s.name.replace(/ \(v1\)$/, "")).sort()).toEqual(
        held.map((n) => n.slice(0, 26).trimEnd()).sort()
      );
      for (const s of backups) expect(s.state).toBe("hidden");
      // In the workbook's language, without --lang.
      expect(r.out).toMatch(lang === "fr" ? /modèle 1\s:.*modèle 2/ : /template 1.*template 2/);
      expect(r.out).toMatch(lang === "fr" ? /conservées, masquées/ : /kept, hidden/);
    }
  );

  test("a focal point's copy prepared from a version-1 national workbook holds no hidden copy of the national sheets", async () => {
    const file = await copyFixture("example-en.xlsx", "national-v1.xlsx");
    const shaBefore = await sha(file);
    const out = path.join(dir, "copies-v1");
    await fs.mkdir(out);
    const r = await cli(["prepare", file, "--for", "MPFEF", "--year", "2020", "--out", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(await sha(file)).toBe(shaBefore);
    const [copy] = await fs.readdir(out);
    const book = await readXlsxCells(path.join(out, copy));
    expect(metaValue(book, "templateVersion")).toBe(2);
    expect(book.sheets.filter((s) => /\(v\d+\)$/.test(s.name))).toEqual([]);
  });

  test("--in-place and --out together are refused before anything is read", async () => {
    const file = await copyFixture("example-en.xlsx", "both.xlsx");
    const r = await cli(["upgrade", file, "--in-place", "--out", path.join(dir, "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out.*--in-place/);
  });
});

describe("a workbook from a newer add-in (template 3) is refused in one line by every command", () => {
  let newer: string;
  beforeAll(async () => {
    const current = path.join(dir, "current.xlsx");
    expect((await cli(["build", "--example", "--lang", "en", "--out", current])).code).toBe(0);
    const wb = await openForEdit(current);
    const meta = wb.getWorksheet("_NAP")!;
    meta.eachRow((row) => {
      if (row.getCell(1).value === "templateVersion") row.getCell(2).value = 3;
    });
    newer = path.join(dir, "newer.xlsx");
    await wb.xlsx.writeFile(newer);
    expect(metaValue(await readXlsxCells(newer), "templateVersion")).toBe(3);
  });

  const EN =
    /made with a newer version of the add-in \(template 3\); this version reads up to 2: update the add-in/;
  // French typography as the post-processor writes it: a narrow no-break space before ";" and ":".
  const FR =
    /fait avec une version plus récente du complément \(modèle 3\)\u202f; cette version lit jusqu’au modèle 2\u202f: mettez le complément à jour/;

  test.each([
    ["upgrade", (f: string) => ["upgrade", f]],
    ["refresh", (f: string) => ["refresh", f]],
    ["to-json", (f: string) => ["to-json", f]],
    ["export-iati", (f: string) => ["export-iati", f, "--out", `${f}.xml`]],
    ["submit", (f: string) => ["submit", f]],
    ["prepare", (f: string) => ["prepare", f, "--for", "MPFEF", "--out", `${f}-copies`]],
    ["settle", (f: string) => ["settle", f, "--out", `${f}-settled.xlsx`]],
    ["roll-forward", (f: string) => ["roll-forward", f, "--from", "2020", "--out", `${f}-r.xlsx`]],
    [
      "consolidate (national)",
      (f: string) => ["consolidate", f, f, "--out", `${f}-c.xlsx`, "--dry-run"],
    ],
  ])("%s", async (_name, args) => {
    const shaBefore = await sha(newer);
    for (const [lang, line] of [
      ["en", EN],
      ["fr", FR],
    ] as const) {
      const r = await cli([...args(newer), "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.err.split("\n")).toHaveLength(1);
      expect(r.err).toMatch(line);
    }
    expect(await sha(newer)).toBe(shaBefore);
  });

  test("validate reports it as its one structure finding", async () => {
    const r = await cli(["validate", newer, "--lang", "en"]);
    expect(r.code).not.toBe(0);
    expect(r.out + r.err).toMatch(EN);
  });

  test("consolidation refuses the newer file, naming it, and imports the others", async () => {
    const national = path.join(dir, "national.xlsx");
    expect((await cli(["build", "--example", "--lang", "en", "--out", national])).code).toBe(0);
    const r = await cli([
      "consolidate",
      national,
      newer,
      "--as",
      "MPFEF",
      "--out",
      path.join(dir, "merged.xlsx"),
      "--dry-run",
      "--lang",
      "en",
    ]);
    expect(r.out + r.err).toMatch(new RegExp(`newer\\.xlsx.*${EN.source}`));
  });
});
