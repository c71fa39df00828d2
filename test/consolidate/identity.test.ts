/**
 * One bad file never sinks the rest: a workbook of another plan is refused
 * by name (never merged), and a file that cannot join the others is refused
 * by name with its reason while the others merge.
 */
import { planImport, type SubmissionSource } from "../../src/app/consolidate";
import { parsePlan, type Plan } from "../../src/core/model";
import { nationalPlan, stamped, submissions } from "./fixtures";

function source(file: string, plan: Plan): SubmissionSource {
  return {
    name: file,
    load: async () => ({
      ok: true,
      wb: {
        file,
        read: { plan, templateVersion: 1, lang: "en", problems: [] },
        integrity: [],
        mtime: new Date("2021-01-20T10:00:00Z"),
      },
    }),
  };
}

const options = { year: 2020, now: "2021-02-15T09:00:00Z", lang: "en" as const };

describe("which files an import takes", () => {
  const national = nationalPlan();
  const [mpfef, osc] = submissions(national);

  test("a workbook of another plan with the same codes is refused by name, the others merge", async () => {
    const niger = parsePlan({
      ...stamped(osc),
      id: "niger-nap-2020-2024",
      country: "Niger",
      countryCode: "NE",
      title: "Niger NAP 1325 2020-2024",
      period: { start: 2020, end: 2024 },
    });
    const dry = await planImport(
      national,
      [source("mpfef.xlsx", stamped(mpfef)), source("MEF-niger.xlsx", niger)],
      options
    );
    expect(dry.refused.map((r) => r.file)).toEqual(["MEF-niger.xlsx"]);
    expect(dry.refused[0].reason).toMatch(/another plan \(Niger NAP 1325 2020-2024, 2020-2024\)/);
    expect(dry.result.files.map((f) => f.file)).toEqual(["mpfef.xlsx"]);
    expect(dry.result.plan.actions.some((a) => a.code === "EX-100")).toBe(true);
  });

  test("a file whose new action sits under an output of its own is refused by name; the others merge", async () => {
    const own = parsePlan({
      ...stamped(osc),
      outputs: [
        ...osc.plan.outputs,
        { code: "1.1.9", result: "1.1", text: "An output of its own" },
      ],
      actions: [
        ...osc.plan.actions,
        {
          code: "EX-900",
          output: "1.1.9",
          text: "[EXAMPLE] Under an output the national plan lacks",
          lead: "MPFEF",
          years: [2020],
        },
      ],
    });
    const dry = await planImport(
      national,
      [source("mpfef.xlsx", stamped(mpfef)), source("osc.xlsx", own)],
      options
    );
    expect(dry.refused.map((r) => r.file)).toEqual(["osc.xlsx"]);
    expect(dry.refused[0].reason).toMatch(/^cannot be merged with the others: .*1\.1\.9/);
    expect(dry.result.plan.actions.some((a) => a.code === "EX-100")).toBe(true);
    expect(dry.result.plan.actions.some((a) => a.code === "EX-900")).toBe(false);
  });
});
