import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cli } from "../support/cli";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { loadWorkbook, tablesOf, writeXlsx } from "../../src/xlsx/workbook";
import { HOSTILE, nationalPlan, stamped, submissions } from "./fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-cons-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (name: string) => path.join(dir, name);
const sha = (file: string) =>
  crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

const national = nationalPlan();
const subs = submissions(national);

beforeAll(async () => {
  await writeXlsx(buildWorkbookPlan(national, "fr"), f("national.xlsx"));
  // Focal points write in their own language.
  // Each file carries its submission stamp (its own Submissions row); the files' times are
  // those of a plain copy made after the deadline, which timeliness must ignore.
  const stampedAt = (i: number) => stamped(subs[i]);
  await writeXlsx(buildWorkbookPlan(stampedAt(0), "fr"), f("MPFEF-2020.xlsx"));
  await writeXlsx(buildWorkbookPlan(stampedAt(1), "en"), f("OSC-2020.xlsx"));
  await writeXlsx(buildWorkbookPlan(stampedAt(2), "en"), f("ONU-FEMMES-2020.xlsx"));
  for (const file of ["MPFEF-2020.xlsx", "OSC-2020.xlsx", "ONU-FEMMES-2020.xlsx"])
    fs.utimesSync(f(file), new Date("2021-03-01"), new Date("2021-03-01"));
  // Hostile and broken files.
  fs.writeFileSync(f("notes.xlsx"), "this is not a workbook");
  const ole = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  Buffer.from("EncryptedPackage", "utf16le").copy(ole, 1024);
  fs.writeFileSync(f("locked.xlsx"), ole);
  const macro = await JSZip.loadAsync(fs.readFileSync(f("OSC-2020.xlsx")));
  macro.file("xl/vbaProject.bin", Buffer.from("fake macro"));
  fs.writeFileSync(
    f("macro.xlsx"),
    await macro.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
  );
  const bomb = new JSZip();
  bomb.file("[Content_Types].xml", "<Types/>");
  bomb.file("xl/workbook.xml", Buffer.alloc(60 * 1024 * 1024));
  fs.writeFileSync(
    f("bomb.xlsx"),
    await bomb.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
  );
  // A focal point whose Lead column was renamed.
  const renamed = await loadWorkbook(f("OSC-2020.xlsx"));
  const ws = renamed.getWorksheet("Operational plan")!;
  const h = ws.getRow(1);
  h.eachCell((c) => {
    if (c.value === "Lead stakeholder") c.value = "Who leads";
  });
  const t = ws.getTable("tblActions") as unknown as { table: { columns: { name: string }[] } };
  t.table.columns.forEach((c) => {
    if (c.name === "Lead stakeholder") c.name = "Who leads";
  });
  await renamed.xlsx.writeFile(f("renamed.xlsx"));
}, 120000);

describe("nap1325 consolidate", () => {
  test("dry run reports per file and writes nothing", async () => {
    const before = sha(f("national.xlsx"));
    const r = await cli([
      "consolidate",
      f("national.xlsx"),
      f("MPFEF-2020.xlsx"),
      f("OSC-2020.xlsx"),
      "--dry-run",
      "--year",
      "2020",
      "--now",
      "2021-02-15T00:00:00Z",
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(0);
    // MPFEF adds EX-100 (7 action fields, 2 budget fields); its blank-filling value for I1.2.1 meets OSC's different one.
    expect(r.out).toMatch(
      /MPFEF-2020\.xlsx \(MPFEF\): 9 added, 0 blanks filled, \d+ unchanged, 1 in conflict, 0 left alone/
    );
    expect(r.out).toMatch(/OSC-2020\.xlsx \(OSC\): .* [1-9]\d* in conflict/);
    expect(r.out).toMatch(/Dry run: nothing was written/);
    expect(fs.existsSync(f("out-dry.xlsx"))).toBe(false);
    expect(sha(f("national.xlsx"))).toBe(before);
  });

  test("merges, keeps provenance and conflicts, refuses hostile files, never touches the national file", async () => {
    const before = sha(f("national.xlsx"));
    const r = await cli([
      "consolidate",
      f("national.xlsx"),
      f("MPFEF-2020.xlsx"),
      f("OSC-2020.xlsx"),
      f("ONU-FEMMES-2020.xlsx"),
      f("notes.xlsx"),
      f("locked.xlsx"),
      f("macro.xlsx"),
      f("bomb.xlsx"),
      f("renamed.xlsx"),
      "--year",
      "2020",
      "--deadline",
      "2021-01-31",
      "--now",
      "2021-02-15T00:00:00Z",
      "--lang",
      "en",
      "--out",
      f("out.xlsx"),
    ]);
    expect(sha(f("national.xlsx"))).toBe(before);
    expect(r.code).toBe(1); // some files were refused
    expect(r.err).toMatch(/notes\.xlsx: refused: notes\.xlsx is not an \.xlsx workbook/);
    expect(r.err).toMatch(/locked\.xlsx: refused: locked\.xlsx is password-protected/);
    expect(r.err).toMatch(/macro\.xlsx: refused: macro\.xlsx carries macros/);
    expect(r.err).toMatch(/bomb\.xlsx: refused: bomb\.xlsx would expand to far more than its size/);
    expect(r.err).toMatch(
      /renamed\.xlsx: refused: .*no column "Who leads"|renamed\.xlsx: refused: .*"Lead stakeholder"/
    );
    expect(r.out).toMatch(/Year 2020: 3 of \d+ expected focal points submitted/);
    expect(r.out).toMatch(/Late: ONU-FEMMES/);

    const wb = await loadWorkbook(f("out.xlsx"));
    const back = readPlan(tablesOf(wb)).plan;
    // national values stand; conflicts are listed; provenance is kept
    expect(back.indicators.find((i) => i.code === "I1.1.1")!.actuals).toEqual([
      { year: 2019, value: 12 },
    ]);
    expect(
      back.conflicts.some((c) => c.key === "I1.1.1" && c.proposed === 15 && c.current === 12)
    ).toBe(true);
    expect(back.actions.find((a) => a.code === "EX-100")!.origin).toMatch(
      /^MPFEF — MPFEF-2020\.xlsx — 2021-01-20/
    );
    expect(back.submissions.map((s) => [s.focalPoint, s.deadline])).toEqual([
      ["MPFEF", "2021-01-31"],
      ["OSC", "2021-01-31"],
      ["ONU-FEMMES", "2021-01-31"],
    ]);
    // hostile text is a string cell, not a formula
    const ws = wb.getWorksheet("Plan opérationnel")!;
    const found: ExcelJS.Cell[] = [];
    ws.eachRow((row) =>
      row.eachCell((c) => void (HOSTILE.includes(String(c.value)) && found.push(c)))
    );
    expect(found).toHaveLength(HOSTILE.length);
    for (const c of found) expect(c.type).toBe(ExcelJS.ValueType.String);
  }, 120000);

  test("the output cannot overwrite an input", async () => {
    const r = await cli([
      "consolidate",
      f("national.xlsx"),
      f("OSC-2020.xlsx"),
      "--year",
      "2020",
      "--out",
      f("national.xlsx"),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/it is one of the input files/);
  });

  test("settle applies accepted proposals from the conflicts sheet", async () => {
    const wb = await loadWorkbook(f("out.xlsx"));
    const ws = wb.getWorksheet("Conflits")!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    ws.eachRow((row, n) => {
      if (n === 1) return;
      if (row.getCell(col("Clé")).value === "I1.1.1")
        row.getCell(col("Décision")).value = "Accepter";
    });
    await wb.xlsx.writeFile(f("decided.xlsx"));
    const r = await cli([
      "settle",
      f("decided.xlsx"),
      "--by",
      "Coordinatrice",
      "--now",
      "2021-03-01T00:00:00Z",
      "--out",
      f("settled.xlsx"),
    ]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const back = readPlan(tablesOf(await loadWorkbook(f("settled.xlsx")))).plan;
    expect(back.indicators.find((i) => i.code === "I1.1.1")!.actuals).toEqual([
      { year: 2019, value: 15 },
    ]);
    const rows = back.conflicts.filter((c) => c.key === "I1.1.1");
    expect(rows.every((c) => c.settledAt === "2021-03-01" && c.settledBy === "Coordinatrice")).toBe(
      true
    );
  }, 60000);
});
