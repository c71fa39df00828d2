/**
 * The hostile-file corpus (scripts/make-hostile.js, generated from a genuine
 * workbook built by the command line) through the gate: each kind gets its
 * one-line refusal (or passes, for the genuine ones), through the gate, the
 * one way in (openUntrusted) and the consolidation's loader; each is timed,
 * and opened again in a fresh Node process whose peak resident memory is
 * measured, against the budgets (bench/hostile.js prints the same figures).
 */
import { execFile, execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { cli } from "../support/cli";
import { readXlsxCells } from "../support/xlsx-cells";
import { inspectWorkbookBytes, LIMITS } from "../../src/core/gate";
import { XmlScanner, type ScanTotals } from "../../src/core/gate/xmlscan";
import { t, type MessageKey } from "../../src/core/i18n";
import { planYears } from "../../src/core/model";
import { tableSpecs } from "../../src/core/template/tables";
import { loadUntrustedBytes, openUntrusted } from "../../src/xlsx/untrusted";
import { openUntrustedFile } from "../../src/xlsx/gate";

const ROOT = path.resolve(__dirname, "../..");
/** The budgets of bench/hostile.js: CPU time is what a file costs whatever else runs; wall time is looser. */
const BUDGET_MS = 10000;
const BUDGET_WALL_MS = 30000;
const BUDGET_MB = 1024;

/** Every kind the generator makes, and what the gate must answer. */
const EXPECTED: Record<string, string> = {
  genuine: "ok",
  "whole-sheet-table": "too-big",
  "whole-sheet-dimension": "too-big",
  "huge-row-number": "too-big",
  "whole-sheet-merge": "too-big",
  "whole-column-validation": "too-big",
  "lying-sizes": "zip-bomb",
  "lying-sizes-small": "damaged",
  "zip-bomb": "zip-bomb",
  "entry-count-bomb": "too-many-parts",
  "entry-count-lies": "too-many-parts",
  macros: "macros",
  "macro-enabled-type": "macros",
  "excel4-macro-sheet": "macros",
  encrypted: "encrypted",
  "legacy-xls": "legacy-xls",
  "not-a-zip": "not-xlsx",
  truncated: "damaged",
  empty: "empty",
  "not-spreadsheet": "not-spreadsheet",
  "too-large": "too-large",
  "huge-cell-count": "too-big",
  "cells-over-limit": "too-big",
  "many-cells-within-limits": "ok",
  "big-strings-within-limits": "ok",
  xxe: "xml-dtd",
  "billion-laughs": "xml-dtd",
  "path-traversal": "unsafe-name",
  "absolute-path": "unsafe-name",
};
const KINDS = Object.keys(EXPECTED);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-hostile-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const fileOf = (kind: string) => path.join(dir, `${kind}.xlsx`);

/** The refusal's wording in a language, as a pattern: the file's name in, any detail. */
function wording(lang: "en" | "fr", code: string, file: string): RegExp {
  const text = t(lang, `refuse.${code}` as MessageKey, { file: "\u0001", detail: "\u0002" });
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `^${escaped.replace("\u0001", file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).replace("\u0002", ".+")}$`
  );
}

beforeAll(async () => {
  const base = path.join(dir, "base.xlsx");
  const built = await cli(["build", "--example", "--out", base]);
  expect(built.code).toBe(0);
  execFileSync(
    process.execPath,
    [path.join(ROOT, "scripts/make-hostile.js"), dir, "--base", base],
    {
      stdio: "ignore",
    }
  );
}, 180000);

test("the generator makes every kind the tests expect", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as {
    kind: string;
    expect: string;
  }[];
  expect(Object.fromEntries(manifest.map((m) => [m.kind, m.expect]))).toEqual(EXPECTED);
  // The file whose table is the whole sheet is about as small as the genuine one: its
  // danger is the range it declares, not its bytes.
  const genuine = fs.statSync(fileOf("genuine")).size;
  expect(fs.statSync(fileOf("whole-sheet-table")).size).toBeLessThan(genuine * 1.5);
  expect(fs.statSync(fileOf("huge-cell-count")).size).toBeGreaterThan(10 * 1024 * 1024);
});

describe("the gate", () => {
  test.each(KINDS)("%s", async (kind) => {
    const bytes = fs.readFileSync(fileOf(kind));
    const t0 = performance.now();
    const r = await inspectWorkbookBytes(bytes);
    const ms = performance.now() - t0;
    expect(r.ok ? "ok" : r.code).toBe(EXPECTED[kind]);
    expect(ms).toBeLessThan(BUDGET_MS);
  });
});

describe("the one way in (openUntrusted), in both languages", () => {
  const refused = KINDS.filter((k) => EXPECTED[k] !== "ok");
  test.each(refused)("%s: one line", async (kind) => {
    const name = `${kind}.xlsx`;
    const bytes = fs.readFileSync(fileOf(kind));
    for (const lang of ["en", "fr"] as const) {
      const r = await openUntrusted(name, bytes, lang);
      if (r.ok) throw new Error(`${kind} was let through`);
      expect(r.code).toBe(EXPECTED[kind]);
      expect(r.reason).not.toMatch(/\n/);
      expect(r.reason.length).toBeLessThan(400);
      expect(r.reason).toMatch(wording(lang, r.code, name));
    }
  });

  test("the genuine workbooks open, and the size is checked before a file is read", async () => {
    for (const kind of ["genuine", "many-cells-within-limits", "big-strings-within-limits"]) {
      const r = await openUntrusted(`${kind}.xlsx`, fs.readFileSync(fileOf(kind)), "en");
      expect(r.ok).toBe(true);
      // Every sheet of the package is there (counted by an independent reader of its XML).
      const sheets = (await readXlsxCells(fileOf(kind))).sheets.length;
      expect(sheets).toBeGreaterThan(10);
      if (r.ok) expect(r.workbook.worksheets.length).toBe(sheets);
    }
    const big = await openUntrustedFile(fileOf("too-large"), "en");
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.reason).toMatch(/^too-large\.xlsx is too large .*> 20971520\)$/);
    const missing = await openUntrustedFile(path.join(dir, "nope.xlsx"), "en");
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.reason).toBe("cannot read nope.xlsx: no such file");
  }, 60000);
});

describe("the consolidation's loader (loadUntrustedBytes) gives the same refusals", () => {
  test.each(KINDS.filter((k) => EXPECTED[k] !== "ok"))("%s", async (kind) => {
    const name = `${kind}.xlsx`;
    const r = await loadUntrustedBytes(
      name,
      fs.readFileSync(fileOf(kind)),
      new Date(),
      "en",
      false
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(wording("en", EXPECTED[kind], name));
  });

  test("a genuine workbook is read into its plan", async () => {
    const r = await loadUntrustedBytes(
      "genuine.xlsx",
      fs.readFileSync(fileOf("genuine")),
      new Date(),
      "en",
      false
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.wb.read.plan.indicators.length).toBe(63);
  }, 30000);
});

describe("time and peak memory, each file opened in a fresh Node process", () => {
  const dist = path.join(ROOT, "dist");
  beforeAll(() => {
    // npm test builds dist first; build it here when it is missing or older than the gate.
    const built = path.join(dist, "core/gate/index.js");
    const sources = [
      "src/core/gate/index.ts",
      "src/core/gate/xmlscan.ts",
      "src/core/gate/limits.ts",
      "src/core/gate/zipdir.ts",
      "src/xlsx/untrusted.ts",
    ];
    const stale =
      !fs.existsSync(built) ||
      sources.some((s) => fs.statSync(path.join(ROOT, s)).mtimeMs > fs.statSync(built).mtimeMs);
    if (stale) {
      try {
        execFileSync(
          process.execPath,
          [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
          { cwd: ROOT, stdio: "ignore" }
        );
      } catch {
        // Type errors elsewhere still emit JavaScript.
      }
    }
  }, 180000);

  const measure = (file: string) =>
    new Promise<{ code: string; reason: string | null; ms: number; cpuMs: number; peakMB: number }>(
      (resolve, reject) => {
        execFile(
          process.execPath,
          [path.join(ROOT, "bench/hostile.js"), "--one", file],
          { cwd: ROOT },
          (err, stdout, stderr) => {
            if (err) reject(new Error(`${err.message}\n${stderr}`));
            else resolve(JSON.parse(stdout.trim().split("\n").pop() as string));
          }
        );
      }
    );

  test.each(KINDS)(
    `%s: within ${BUDGET_MS} ms of CPU and ${BUDGET_MB} MB`,
    async (kind) => {
      const r = await measure(fileOf(kind));
      expect(r.code).toBe(EXPECTED[kind]);
      expect(r.cpuMs).toBeLessThan(BUDGET_MS);
      expect(r.ms).toBeLessThan(BUDGET_WALL_MS);
      expect(r.peakMB).toBeLessThan(BUDGET_MB);
    },
    60000
  );
});

describe("limits derived from the template", () => {
  test("the widest table the plan schema allows (the longest period) fits in the column limit", () => {
    const specs = Object.values(tableSpecs(planYears({ period: { start: 1990, end: 2100 } })));
    const widest = Math.max(...specs.map((s) => s.columns.length));
    expect(widest).toBeGreaterThan(200); // the indicators table: 2 columns a year
    expect(widest).toBeLessThanOrEqual(LIMITS.maxColumns);
  });

  test("the genuine workbook is far inside every limit", async () => {
    const r = await inspectWorkbookBytes(fs.readFileSync(fileOf("genuine")));
    if (!r.ok) throw new Error(r.detail);
    expect(r.names.length).toBeLessThan(LIMITS.maxEntries / 10);
    expect(r.cells).toBeLessThan(LIMITS.maxCells / 20);
    // 3.6 MB inflated in session 5 (the reference sheets' and the breakdowns' formulas), 14
    // times under the limit.
    expect(r.inflatedBytes).toBeLessThan(LIMITS.maxInflatedBytes / 10);
  });
});

describe("the XML scan", () => {
  const totals = (): ScanTotals => ({
    cells: 0,
    tableCells: 0,
    validationCells: 0,
    sheets: 0,
    tables: 0,
  });

  test("sees a range cut across pieces, and behind a quoted >", () => {
    const xml = `<worksheet><mergeCells><mergeCell x=">" ref="A1:XFD1048576"/></mergeCells></worksheet>`;
    const s = new XmlScanner("sheet.xml", LIMITS, totals());
    for (const ch of xml) s.push(ch);
    s.end();
    expect(s.refusal?.code).toBe("too-big");
    expect(s.refusal?.detail).toMatch(/merged range A1:XFD1048576/);
  });

  test("counts cells and rows without r attributes, and a whole column is a whole column", () => {
    const s = new XmlScanner("sheet.xml", { ...LIMITS, maxCells: 5 }, totals());
    s.push("<sheetData><row><c><v>1</v></c><c/></row><row><c/><c/><c/></row></sheetData>");
    s.end();
    expect(s.refusal?.detail).toBe("more than 5 cells");
    const col = new XmlScanner("sheet.xml", LIMITS, totals());
    col.push('<dataValidations><dataValidation sqref="B:B"/></dataValidations>');
    col.end();
    expect(col.refusal?.detail).toMatch(/B:B reaches row 1048576/);
  });

  test("a tag longer than the limit is refused, long text is not", () => {
    const long = new XmlScanner("s.xml", { ...LIMITS, maxTagChars: 100 }, totals());
    long.push(`<mergeCell ${"a".repeat(200)}`);
    expect(long.refusal?.detail).toMatch(/an XML tag over 100 characters/);
    const text = new XmlScanner("s.xml", { ...LIMITS, maxTagChars: 100 }, totals());
    text.push(`<si><t>${"x".repeat(500)}`);
    text.push(`${"y".repeat(500)}</t></si>`);
    text.end();
    expect(text.refusal).toBeNull();
  });
});
