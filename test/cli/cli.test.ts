import { execFile } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { cli } from "../support/cli";
import { parsePlan, planIn } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { readPlan } from "../../src/core/template/read";
import { loadWorkbook, tablesOf } from "../../src/xlsx/workbook";
import { TINY_PLAN } from "../fixtures/tiny-plan";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("nap1325 build", () => {
  test("writes the embedded Mali plan, which reads back identical", async () => {
    const file = path.join(dir, "mali.xlsx");
    const r = await cli(["build", "--out", file]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/mali\.xlsx/);
    const back = readPlan(tablesOf(await loadWorkbook(file)));
    // A French workbook reads back as the plan it shows: its texts in French.
    expect(back.plan).toEqual(planIn(parsePlan(MALI_NAP_2019_2023), "fr"));
    // Mali's plan lists French first: the default workbook language is French.
    expect(back.lang).toBe("fr");
  });

  test("--lang en --example writes English headers and the labelled example plan", async () => {
    const file = path.join(dir, "mali-en.xlsx");
    expect((await cli(["build", "--lang", "en", "--example", "--out", file])).code).toBe(0);
    const wb = await loadWorkbook(file);
    expect(wb.getWorksheet("Operational plan")).toBeDefined();
    const back = readPlan(tablesOf(wb));
    expect(back.plan.example).toBe(true);
    expect(back.plan.actions.length).toBeGreaterThan(0);
    expect(back.plan.actions.every((a) => a.text.startsWith("[EXAMPLE]"))).toBe(true);
  });

  test("--plan takes a plan as JSON", async () => {
    const planFile = path.join(dir, "tiny.json");
    fs.writeFileSync(planFile, JSON.stringify(TINY_PLAN));
    const file = path.join(dir, "tiny.xlsx");
    expect((await cli(["build", "--plan", planFile, "--lang", "en", "--out", file])).code).toBe(0);
    expect(readPlan(tablesOf(await loadWorkbook(file))).plan).toEqual(parsePlan(TINY_PLAN));
  });

  test.each([
    [["build", "--out", "x.xlsx", "--colour", "red"], /unknown option --colour/],
    [["build", "--lang", "de", "--out", "x.xlsx"], /language must be "en" or "fr", not "de"/],
    [["build"], /--out needs a value/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [
      ["build", "--plan", "/nonexistent/plan.json", "--out", "x.xlsx"],
      /cannot read \/nonexistent\/plan\.json: no such file/,
    ],
  ])("bad input %j: one line naming the problem, exit 2", async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split("\n")).toHaveLength(1);
  });

  test("a plan file that is not JSON, or breaks the schema, is named with the reason", async () => {
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, "{ not json");
    let r = await cli(["build", "--plan", bad, "--out", path.join(dir, "b.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.json is not valid JSON/);
    fs.writeFileSync(
      bad,
      JSON.stringify({ ...TINY_PLAN, actions: [{ ...TINY_PLAN.actions![0], lead: "NOBODY" }] })
    );
    r = await cli(["build", "--plan", bad, "--out", path.join(dir, "b.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /bad\.json: invalid plan at actions\.0\.lead: unknown stakeholder "NOBODY"/
    );
    expect(fs.existsSync(path.join(dir, "b.xlsx"))).toBe(false);
  });

  test("messages follow the French locale", async () => {
    const r = await cli(["build", "--lang", "de", "--out", "x.xlsx"], { LANG: "fr_FR.UTF-8" });
    expect(r.err).toMatch(
      /la langue doit être «\u202fen\u202f» ou «\u202ffr\u202f», pas «\u202fde\u202f»/
    );
  });
});

describe("nap1325 to-json", () => {
  test("a file that is not a workbook gets a clear error", async () => {
    const f = path.join(dir, "not.xlsx");
    fs.writeFileSync(f, "hello");
    const r = await cli(["to-json", f]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not\.xlsx is not an \.xlsx workbook/);
  });

  test("an .xlsx that is not a NAP workbook is named as such", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "hello";
    const f = path.join(dir, "foreign.xlsx");
    await wb.xlsx.writeFile(f);
    const r = await cli(["to-json", f]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is not a NAP 1325 workbook/);
  });
});

describe("the installed binary", () => {
  const bin = path.resolve(__dirname, "../../dist/cli/main.js");
  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        "node",
        [bin, ...args],
        { cwd: dir, env: { ...process.env, LANG: "C" } },
        (err, stdout, stderr) =>
          resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
      );
    });

  test("nap1325 build writes a file; a bad option exits non-zero", async () => {
    expect(fs.existsSync(bin)).toBe(true);
    const ok = await run(["build", "--out", "NAP1325-Mali-2019-2023.xlsx"]);
    expect(ok.code).toBe(0);
    expect(fs.statSync(path.join(dir, "NAP1325-Mali-2019-2023.xlsx")).size).toBeGreaterThan(10000);
    const bad = await run(["build", "--nope"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("nap1325: unknown option --nope");
  });
});
