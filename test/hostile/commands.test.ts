/**
 * Every command that opens a workbook refuses hostile files the same way:
 * exit 2, one line naming the file, nothing written. And a workbook saved by
 * openpyxl (root-relative part names) is read, not refused.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { openUntrusted } from "../../src/xlsx/untrusted";
import { forExcelJs, XlsxWorkbook } from "../../src/xlsx/workbook";
import { cli } from "../support/cli";

const ROOT = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-commands-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const KINDS = ["whole-sheet-table", "lying-sizes", "macros", "encrypted", "legacy-xls", "xxe"];
const at = (f: string) => path.join(dir, f);

beforeAll(async () => {
  expect((await cli(["build", "--example", "--out", at("base.xlsx")])).code).toBe(0);
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "scripts/make-hostile.js"),
      dir,
      "--base",
      at("base.xlsx"),
      "--only",
      KINDS.join(","),
    ],
    { stdio: "ignore" }
  );
}, 180000);

const COMMANDS: [string, (f: string) => string[]][] = [
  ["validate", (f) => ["validate", f]],
  ["to-json", (f) => ["to-json", f, "--out", at("out.json")]],
  ["export-iati", (f) => ["export-iati", f, "--out", at("out.xml")]],
  ["refresh", (f) => ["refresh", f, "--out", at("out.xlsx")]],
  [
    "consolidate (national)",
    (f) => ["consolidate", f, at("base.xlsx"), "--out", at("out.xlsx"), "--year", "2020"],
  ],
  ["settle", (f) => ["settle", f, "--out", at("out.xlsx")]],
  ["roll-forward", (f) => ["roll-forward", f, "--from", "2020", "--out", at("out.xlsx")]],
];

describe.each(KINDS)("%s", (kind) => {
  test.each(COMMANDS)("%s refuses it in one line and writes nothing", async (_name, args) => {
    const file = at(`${kind}.xlsx`);
    expect(fs.existsSync(file)).toBe(true);
    for (const f of ["out.json", "out.xml", "out.xlsx"]) fs.rmSync(at(f), { force: true });
    const before = fs.readFileSync(file);
    const r = await cli(args(file));
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toContain(`${kind}.xlsx`);
    for (const f of ["out.json", "out.xml", "out.xlsx"]) expect(fs.existsSync(at(f))).toBe(false);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

test("a workbook whose relationships name parts from the root (as openpyxl saves) is read", async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(at("base.xlsx")));
  let rewritten = 0;
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".rels"))) {
    const folder = name.replace(/_rels\/[^/]*$/, "");
    const xml = await zip.file(name)!.async("string");
    const abs = xml.replace(/Target="(?!\/|https?:)([^"]+)"/g, (_m, target: string) => {
      rewritten++;
      const parts = `${folder}${target}`.split("/");
      const out: string[] = [];
      for (const p of parts)
        if (p === "..") out.pop();
        else if (p && p !== ".") out.push(p);
      return `Target="/${out.join("/")}"`;
    });
    zip.file(name, abs);
  }
  expect(rewritten).toBeGreaterThan(20);
  const bytes = await zip.generateAsync({ type: "uint8array" });
  fs.writeFileSync(at("openpyxl.xlsx"), bytes);
  const opened = await openUntrusted("openpyxl.xlsx", bytes, "en");
  if (!opened.ok) throw new Error(opened.reason);
  const values = await new XlsxWorkbook(opened.workbook).read();
  expect(Object.keys(values)).toEqual(
    expect.arrayContaining(["tblActions", "tblBudget", "tblNapMeta"])
  );
  expect(values.tblActions!.values.length).toBeGreaterThan(10);
  // Relative targets come back unchanged; nothing to do for a file Excel or this tool wrote.
  const plain = fs.readFileSync(at("base.xlsx"));
  expect(await forExcelJs(new Uint8Array(plain))).toBeDefined();
  const r = await cli(["validate", at("openpyxl.xlsx")]);
  expect(r.err).not.toMatch(/not an \.xlsx|refused/);
});
