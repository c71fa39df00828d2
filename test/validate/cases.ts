/** The validation rules' cases, as cell edits on the tiny plan's workbook (English headers). */
import type { Plan } from "../../src/core/model";
import type { WorkbookValues } from "../../src/core/template/read";
import type { CellValue } from "../../src/core/template/types";
import type { Rule } from "../../src/core/validate";

/** Set the cell of a table's row (by its first column) under a header. */
export type Setter = (table: string, key: string, header: string, value: CellValue) => void;

/** A row of tblValues (indicator I1, year 2021 unless given) typed in the table's empty row. */
function valueRow(set: Setter, cells: Record<string, CellValue>): void {
  const all: Record<string, CellValue> = { "Indicator code": "I1", Year: 2021, ...cells };
  const code = String(all["Indicator code"]);
  set("tblValues", "", "Indicator code", code);
  for (const [header, v] of Object.entries(all)) set("tblValues", code, header, v);
}

/** Each rule: a workbook that breaks it (one finding of that rule, at that cell) and one that keeps it. */
export const CASES: {
  rule: Rule;
  bad: (set: Setter) => void;
  good: (set: Setter) => void;
  /** Types a second row in tblValues (the in-memory setter adds it; a file's table has one empty row). */
  twoRows?: true;
}[] = [
  {
    rule: "measure.percent",
    bad: (set) => set("tblIndicators", "I1", "Actual 2021", 130),
    good: (set) => set("tblIndicators", "I1", "Actual 2021", 30),
  },
  {
    rule: "measure.percent",
    bad: (set) => set("tblActions", "A1", "Progress (%)", 140),
    good: (set) => set("tblActions", "A1", "Progress (%)", 40),
  },
  {
    rule: "measure.count",
    bad: (set) => set("tblIndicators", "I1.1.1", "Actual 2021", 2.5),
    good: (set) => set("tblIndicators", "I1.1.1", "Actual 2021", 3),
  },
  {
    rule: "measure.level",
    bad: (set) => {
      set("tblIndicators", "I1.1.1", "Measure", "Level");
      set("tblIndicators", "I1.1.1", "Actual 2021", 7);
    },
    good: (set) => {
      set("tblIndicators", "I1.1.1", "Measure", "Level");
      set("tblIndicators", "I1.1.1", "Actual 2021", 2);
    },
  },
  {
    rule: "measure.yesno",
    bad: (set) => {
      set("tblIndicators", "I1.1.1", "Measure", "Yes/No");
      set("tblIndicators", "I1.1.1", "Actual 2021", 2);
    },
    good: (set) => {
      set("tblIndicators", "I1.1.1", "Measure", "Oui/Non");
      set("tblIndicators", "I1.1.1", "Actual 2021", 1);
    },
  },
  {
    rule: "measure.count",
    bad: (set) => set("tblIndicators", "I1.1.1", "Baseline value", -1),
    good: (set) => set("tblIndicators", "I1.1.1", "Baseline value", 0),
  },
  {
    rule: "time.outside-period",
    bad: (set) => set("tblBudget", "A1", "Year", 2025),
    good: (set) => set("tblBudget", "A1", "Year", 2022),
  },
  {
    rule: "time.outside-period",
    bad: (set) => set("tblActions", "A1", "Years", "2020; 2030"),
    good: (set) => set("tblActions", "A1", "Years", "2020; 2022"),
  },
  {
    rule: "time.baseline-after-actual",
    bad: (set) => set("tblIndicators", "I1", "Baseline year", 2021),
    good: (set) => set("tblIndicators", "I1", "Baseline year", 2020),
  },
  {
    rule: "time.baseline-after-period",
    bad: (set) => set("tblIndicators", "I1.1.1", "Baseline year", 2030),
    good: (set) => set("tblIndicators", "I1.1.1", "Baseline year", 2018),
  },
  {
    rule: "time.end-target",
    bad: (set) => set("tblIndicators", "I1", "End-of-plan target", 25),
    good: (set) => set("tblIndicators", "I1", "End-of-plan target", 30),
  },
  {
    rule: "structure.duplicate-code",
    bad: (set) => {
      set("tblRegions", "R2", "Code", "R1");
      set("tblActions", "A1", "Regions", "R1");
    },
    good: (set) => set("tblActions", "A1", "Regions", "R1"),
  },
  {
    rule: "structure.unknown-parent",
    bad: (set) => set("tblActions", "A2", "Output", "9.9.9"),
    good: (set) => set("tblActions", "A2", "Output", "1.1.1"),
  },
  {
    rule: "structure.unknown-parent",
    bad: (set) => set("tblBudget", "A1", "Action code", "A9"),
    good: (set) => set("tblBudget", "A1", "Action code", "A1"),
  },
  {
    rule: "structure.unknown-parent",
    bad: (set) => set("tblIndicators", "X-1", "Parent", "finance"),
    good: (set) => set("tblIndicators", "X-1", "Parent", "Budget"),
  },
  {
    rule: "structure.unknown-reference",
    bad: (set) => set("tblBudget", "A1", "Funding source", "WB"),
    good: (set) => set("tblBudget", "A1", "Funding source", "BN"),
  },
  {
    rule: "structure.unknown-reference",
    bad: (set) => set("tblActions", "A1", "Partners", "CSO; NOBODY"),
    good: (set) => set("tblActions", "A1", "Partners", "CSO; MIN1"),
  },
  {
    rule: "money.negative",
    bad: (set) => set("tblBudget", "A1", "Amount secured", -5),
    good: (set) => set("tblBudget", "A1", "Amount secured", 5),
  },
  {
    rule: "money.negative",
    bad: (set) => {
      set("tblBudget", "A1", "Quantity", null);
      set("tblBudget", "A1", "Unit cost", -50000);
    },
    good: (set) => {
      set("tblBudget", "A1", "Quantity", null);
      set("tblBudget", "A1", "Unit cost", 50000);
    },
  },
  {
    rule: "money.secured-above-planned",
    bad: (set) => set("tblBudget", "A1", "Amount secured", 2000000),
    good: (set) => set("tblBudget", "A1", "Amount secured", 1000000),
  },
  {
    rule: "money.secured-indicative",
    bad: (set) => set("tblBudget", "A1", "Budget status", "Indicative"),
    good: (set) => set("tblBudget", "A1", "Budget status", "Committed"),
  },
  {
    rule: "measure.target-direction",
    bad: (set) => set("tblIndicators", "I1", "Direction", "Decrease"),
    good: (set) => set("tblIndicators", "I1", "Direction", "Increase"),
  },
  {
    rule: "money.total",
    bad: (set) => set("tblActions", "A1", "Total budget", 999),
    good: (set) => set("tblActions", "A1", "Total budget", 3500000.5),
  },
  {
    rule: "money.cost",
    bad: (set) => set("tblBudget", "A1", "Quantity", 11),
    good: (set) => set("tblBudget", "A1", "Quantity", 10),
  },
  // Money disbursed and spent (money, issue 14 point 4): A1's 2020 line secures 500,000.
  {
    rule: "money.execution-negative",
    bad: (set) => set("tblBudget", "A1", "Amount spent", -5),
    good: (set) => set("tblBudget", "A1", "Amount spent", 5),
  },
  {
    rule: "money.execution-negative",
    bad: (set) => set("tblBudget", "A1", "Amount disbursed", -5),
    good: (set) => set("tblBudget", "A1", "Amount disbursed", 0),
  },
  {
    rule: "money.spent-above-disbursed",
    bad: (set) => {
      set("tblBudget", "A1", "Amount disbursed", 400000);
      set("tblBudget", "A1", "Amount spent", 450000);
    },
    good: (set) => {
      set("tblBudget", "A1", "Amount disbursed", 400000);
      set("tblBudget", "A1", "Amount spent", 400000);
    },
  },
  {
    rule: "money.disbursed-above-secured",
    bad: (set) => set("tblBudget", "A1", "Amount disbursed", 600000),
    good: (set) => set("tblBudget", "A1", "Amount disbursed", 500000),
  },
  {
    rule: "org.identifier",
    bad: (set) => set("tblStakeholders", "CSO", "IATI organisation identifier", "ML COA 640"),
    good: (set) => set("tblStakeholders", "CSO", "IATI organisation identifier", "ML-COA-640"),
  },
  {
    rule: "status.completed-progress",
    bad: (set) => set("tblActions", "A2", "Progress (%)", 90),
    good: (set) => set("tblActions", "A2", "Progress (%)", 100),
  },
  {
    rule: "status.not-started-progress",
    bad: (set) => set("tblActions", "A1", "Status", "Not started"),
    good: (set) => {
      set("tblActions", "A1", "Status", "Not started");
      set("tblActions", "A1", "Progress (%)", 0);
    },
  },
  {
    rule: "not-a-number",
    bad: (set) => set("tblIndicators", "I1", "Actual 2022", "twelve"),
    good: (set) => set("tblIndicators", "I1", "Actual 2022", "12,5"),
  },
  {
    rule: "excel-error",
    bad: (set) => set("tblBudget", "A1", "Amount planned", "#N/A"),
    good: (set) => set("tblBudget", "A1", "Amount planned", 1000000),
  },
  {
    rule: "unknown-label",
    bad: (set) => set("tblActions", "A1", "Status", "Finished-ish"),
    good: (set) => set("tblActions", "A1", "Status", "En cours"),
  },
  // tblValues (test/values/): a row typed in the table's empty row, by its headers.
  ...(
    [
      ["values.unknown-indicator", { "Indicator code": "I9", Value: 5 }, { Value: 5 }],
      ["time.outside-period", { Year: 2025, Value: 5 }, { Value: 5 }],
      ["values.negative", { Numerator: -1, Denominator: 10 }, { Numerator: 1, Denominator: 10 }],
      [
        "values.zero-denominator",
        { Numerator: 0, Denominator: 0 },
        { Numerator: 0, Denominator: 5 },
      ],
      [
        "values.numerator-above-denominator",
        { Numerator: 12, Denominator: 10 },
        { Numerator: 8, Denominator: 10 },
      ],
      [
        "values.value-disagrees",
        { Value: 50, Numerator: 1, Denominator: 10 },
        { Value: 10, Numerator: 1, Denominator: 10 },
      ],
      // I1's actual typed for 2020 is 18.25 (%): 1 of 10 disagrees, 73 of 400 agrees.
      [
        "values.actual-disagrees",
        { Year: 2020, Numerator: 1, Denominator: 10 },
        { Year: 2020, Numerator: 73, Denominator: 400 },
      ],
      // Issue 14: I1 (annual) declares region; the tiny plan's regions are R1 and R2.
      ["values.breakdown-unknown", { Breakdown: "Kayes", Value: 5 }, { Breakdown: "R1", Value: 5 }],
      [
        "values.breakdown-undeclared",
        { Breakdown: "women; R1", Value: 5 },
        { Breakdown: "R1", Value: 5 },
      ],
      ["values.period-finer", { Period: "Q1", Value: 5 }, { Period: "Year", Value: 5 }],
      // ptargets: a target that is no number; I1's target typed for 2020 is 20 (%).
      ["values.target-not-number", { Target: "vingt" }, { Target: 20 }],
      ["values.target-disagrees", { Year: 2020, Target: 25 }, { Year: 2020, Target: 20 }],
    ] as [Rule, Record<string, CellValue>, Record<string, CellValue>][]
  ).map(([rule, bad, good]) => ({
    rule,
    bad: (set: Setter) => valueRow(set, bad),
    good: (set: Setter) => valueRow(set, good),
  })),
  // Two rows: the second repeats the first (the code in another case), or is another year.
  {
    rule: "values.duplicate",
    twoRows: true,
    bad: (set) => {
      valueRow(set, { Breakdown: "R1", Value: 5 });
      valueRow(set, { "Indicator code": "i1", Breakdown: "r1", Value: 5 });
    },
    good: (set) => {
      valueRow(set, { Breakdown: "R1", Value: 5 });
      valueRow(set, { "Indicator code": "i1", Year: 2022, Breakdown: "r1", Value: 5 });
    },
  },
  // refsheets (issue 14): actions in time, indicators served, reference sheets, assumptions.
  {
    rule: "schedule.unread",
    bad: (set) => set("tblActions", "A1", "Start", "next spring"),
    good: (set) => set("tblActions", "A1", "Start", "2021-Q2"),
  },
  {
    rule: "schedule.outside-period",
    bad: (set) => set("tblActions", "A1", "End", "2030-Q1"),
    good: (set) => set("tblActions", "A1", "End", "T1 2022"),
  },
  {
    rule: "schedule.end-before-start",
    bad: (set) => {
      set("tblActions", "A1", "Start", "2021-Q3");
      set("tblActions", "A1", "End", "Q1 2021");
    },
    good: (set) => {
      set("tblActions", "A1", "Start", 2021);
      set("tblActions", "A1", "End", "2021 T1");
    },
  },
  {
    rule: "schedule.unknown-indicator",
    bad: (set) => set("tblActions", "A1", "Indicators served", "I1; I9"),
    good: (set) => set("tblActions", "A1", "Indicators served", "I1; i1.1.1"),
  },
  {
    rule: "refs.unknown-indicator",
    bad: (set) => set("tblIndicatorRefs", "I1", "Indicator code", "I9"),
    good: (set) => set("tblIndicatorRefs", "I1", "Definition", "Women among mediators"),
  },
  {
    rule: "framework.assumption-not-result",
    bad: (set) => set("tblFramework", "Pillar", "Assumptions", "Peace holds"),
    good: (set) => set("tblFramework", "Result", "Assumptions", "Peace holds"),
  },
];

/**
 * The strategic framework as the source prints it: each output's printed
 * code (codeAsPrinted ?? code) in the framework's Code column, and as the
 * parent of the output indicators under it.
 */
export function asPrinted(plan: Plan, v: WorkbookValues): WorkbookValues {
  const printed = (code: string) =>
    plan.outputs.find((o) => o.code === code)?.codeAsPrinted ?? code;
  for (const [table, header] of [
    ["tblFramework", "Code"],
    ["tblIndicators", "Parent"],
  ]) {
    const tv = v[table]!;
    const c = tv.values[0].indexOf(header);
    tv.values.slice(1).forEach((r) => (r[c] = printed(String(r[c]))));
  }
  return v;
}
