import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { create } from "xmlbuilder2";
import { runCli } from "../../src/cli/run";
import { planToIati } from "../../src/core/iati";
import { parsePlan, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { writeXlsx } from "../../src/xlsx/workbook";
import { libreOfficeAvailable, recalc } from "../support/libreoffice";

const SCHEMA = [
  path.resolve(__dirname, "../../../shared/standards/iati-2.03/iati-activities-schema.xsd"),
  path.resolve(__dirname, "../fixtures/iati-2.03/iati-activities-schema.xsd"),
].find((p) => fs.existsSync(p));
const XMLLINT = "/usr/bin/xmllint";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-iati-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The Mali plan with the example operational plan and a few indicator values. */
function mali(): Plan {
  const p = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));
  return parsePlan({
    ...p,
    indicators: p.indicators.map((i, k) =>
      k % 5 === 0
        ? {
            ...i,
            baseline: { year: 2018, value: 10 },
            targets: [{ year: 2021, value: 30 }],
            actuals: [{ year: 2020, value: 18 }],
          }
        : i
    ),
  });
}

function validate(xmlFile: string): void {
  if (!SCHEMA || !fs.existsSync(XMLLINT)) {
    console.warn("IATI schema or xmllint missing: schema validation skipped");
    return;
  }
  execFileSync(XMLLINT, ["--noout", "--schema", SCHEMA, xmlFile], { stdio: "pipe" });
}

/** Budget values in the XML, by year and status. */
function budgets(xml: string): { year: number; status: string; value: number }[] {
  const doc = create(xml).end({ format: "object" }) as unknown as {
    "iati-activities": {
      "iati-activity": {
        budget: {
          "@status": string;
          "period-start": { "@iso-date": string };
          value: { "#": string };
        }[];
      };
    };
  };
  return doc["iati-activities"]["iati-activity"].budget.map((b) => ({
    year: Number(b["period-start"]["@iso-date"].slice(0, 4)),
    status: b["@status"],
    value: Number(b.value["#"]),
  }));
}

describe("IATI 2.03 export", () => {
  test("the Mali workbook with the example operational plan validates against the schema", () => {
    const r = planToIati(mali(), "2026-11-22T12:00:00Z");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    const file = path.join(dir, "mali.xml");
    fs.writeFileSync(file, r.xml);
    validate(file);
    expect(r.xml).toMatch(/<policy-marker vocabulary="1" code="1" significance="2"\/>/);
    expect(r.xml).toMatch(/<participating-org role="2" ref="ML-NAP-MPFEF" type="10">/);
  });

  test("totals: per year and status, and in all, equal the plan's budget lines", () => {
    const plan = mali();
    const r = planToIati(plan, "2026-11-22T12:00:00Z");
    const got = budgets(r.xml);
    const lines = plan.actions.flatMap((a) => a.budget);
    for (const y of [2019, 2020, 2021]) {
      for (const [status, code] of [
        ["indicative", "1"],
        ["committed", "2"],
      ] as const) {
        const want = lines
          .filter((l) => l.year === y && l.status === status)
          .reduce((s, l) => s + l.amount, 0);
        const found = got
          .filter((b) => b.year === y && b.status === code)
          .reduce((s, b) => s + b.value, 0);
        expect({ y, status, found }).toEqual({ y, status, found: want });
      }
    }
    expect(got.reduce((s, b) => s + b.value, 0)).toBe(lines.reduce((s, l) => s + l.amount, 0));
    expect(r.total).toBe(lines.reduce((s, l) => s + l.amount, 0));
  });

  (libreOfficeAvailable() ? test : test.skip)(
    "totals equal the workbook's, as LibreOffice recalculates it",
    async () => {
      const plan = mali();
      const file = path.join(dir, "mali.xlsx");
      await writeXlsx(buildWorkbookPlan(plan, "en"), file);
      const csv = await recalc(file);
      const rows = csv.get("Operational plan")!;
      const col = rows[0].indexOf("Total budget");
      const workbookTotal = rows.slice(1).reduce((s, r) => s + (Number(r[col]) || 0), 0);
      expect(
        budgets(planToIati(plan, "2026-11-22T12:00:00Z").xml).reduce((s, b) => s + b.value, 0)
      ).toBeCloseTo(workbookTotal, 3);
    },
    120000
  );

  test("hostile text is escaped and the file still validates", () => {
    const p = mali();
    const hostile = parsePlan({ ...p, title: 'NAP <script>alert("x")</script> & ]]> "quoted"' });
    const r = planToIati(hostile, "2026-11-22T12:00:00Z");
    expect(r.xml).not.toMatch(/<script>/);
    expect(r.xml).toMatch(/&lt;script&gt;/);
    const file = path.join(dir, "hostile.xml");
    fs.writeFileSync(file, r.xml);
    validate(file);
  });

  test("a budget line outside the period is an error and no XML is produced; an action without budget is a warning", () => {
    const p = mali();
    const bad = {
      ...p,
      actions: p.actions.map((a, i) =>
        i === 0
          ? { ...a, budget: [{ ...a.budget[0], year: 2031 }] }
          : i === 1
            ? { ...a, budget: [] }
            : a
      ),
    };
    const r = planToIati(bad, "2026-11-22T12:00:00Z", "fr");
    expect(r.xml).toBe("");
    expect(r.findings.map((f) => f.severity).sort()).toEqual(["error", "warning", "warning"]);
    expect(r.findings.find((f) => f.severity === "error")!.message).toMatch(
      /hors de la période du plan 2019-2023/
    );
  });

  test("nap1325 export-iati writes the file from a workbook", async () => {
    const xlsx = path.join(dir, "cli.xlsx");
    await writeXlsx(buildWorkbookPlan(mali(), "fr"), xlsx);
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), env: {} };
    const code = await runCli(
      [
        "export-iati",
        xlsx,
        "--out",
        path.join(dir, "cli.xml"),
        "--lang",
        "en",
        "--now",
        "2026-11-22T12:00:00Z",
      ],
      io
    );
    expect(code).toBe(0);
    expect(out.join("\n")).toMatch(/cli\.xml: 1 activity, \d+ budgets, total 1265000000 XOF/);
    expect(err.join("\n")).toMatch(
      /warning: the plan carries the fictitious example operational plan/
    );
    validate(path.join(dir, "cli.xml"));
  });
});
