/** One version rule: every reader refuses a missing, malformed, negative or newer stamp alike. */
import { parsePlan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan, TemplateError, type WorkbookValues } from "../../src/core/template/read";
import { validateWorkbook } from "../../src/core/validate";
import { valuesOf } from "../support/values";

const base = () => valuesOf(buildWorkbookPlan(parsePlan(MALI_NAP_2019_2023), "en"));

function stamped(key: string, value: string | number | null): WorkbookValues {
  const v = base();
  const row = v.tblNapMeta!.values.find((r) => r[0] === key)!;
  row[1] = value;
  return v;
}

function readError(v: WorkbookValues): string {
  try {
    readPlan(v, "en");
  } catch (e) {
    if (e instanceof TemplateError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return "read";
}

describe("the template version stamp", () => {
  test("a good stamp reads, as a number or as digits", () => {
    expect(readError(base())).toBe("read");
    expect(readError(stamped("templateVersion", "1"))).toBe("read");
  });

  test.each([
    ["missing", null],
    ["negative", -1],
    ["zero", 0],
    ["fractional", 1.5],
    ["words", "one"],
  ])(
    "a %s version is not a NAP workbook, the same message for the reader and the check",
    (_w, v) => {
      const values = stamped("templateVersion", v);
      const read = readError(values);
      expect(read).toMatch(/^not-nap-workbook: this is not a NAP 1325 workbook/);
      const findings = validateWorkbook(values, "en");
      expect(findings.map((f) => `${f.rule.replace("structure.", "")}: ${f.message}`)).toEqual([
        read,
      ]);
    }
  );

  test("a newer version is refused by both with the versions named", () => {
    const values = stamped("templateVersion", 99);
    const read = readError(values);
    expect(read).toMatch(/^newer-template: .*99/);
    expect(validateWorkbook(values, "en").map((f) => f.message)).toEqual([
      read.replace(/^[^:]+: /, ""),
    ]);
  });

  test("a period the model cannot hold is not a NAP workbook", () => {
    expect(readError(stamped("periodEnd", 2017))).toMatch(/^not-nap-workbook/);
    expect(readError(stamped("periodStart", "2019a"))).toMatch(/^not-nap-workbook/);
  });
});
