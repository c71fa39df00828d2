/**
 * The budget execution rate (src/core/calc/execution.ts): its TypeScript
 * half on hand-worked lines, NAP.EXECUTIONRATE as Excel calls it, and its
 * native formula recalculated by LibreOffice on the same lines, case by
 * case (numbers and the errors both give).
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import {
  attempt,
  executionRate,
  executionRateFormula,
  filters,
  type CellValue,
} from "../../src/core/calc";
import { templateFormulas } from "../../src/core/calc/formulas";
import { call, installCustomFunctionsDouble } from "../functions/excel-double";
import { libreOfficeAvailable, recalc } from "../support/libreoffice";

installCustomFunctionsDouble();
// The custom functions' implementations, called synchronously (Excel calls the async
// wrappers of functions.ts, which hand them every argument: test/functions/functions.test.ts).
const fn = require("../../src/functions/impl") as typeof import("../../src/functions/impl");

const col = (xs: CellValue[]) => xs.map((x) => [x]);

// Six budget lines: spent, planned, secured, pillar, year.
const LINES: [CellValue, number, CellValue, string, number][] = [
  [10, 100, 50, "A", 2020],
  [null, 50, 50, "A", 2021],
  [30, 100, null, "B", 2020],
  [0, 50, 25, "B", 2021],
  [null, 80, 0, "C", 2020],
  [null, 0, null, "D", 2020],
];
const spent = col(LINES.map((l) => l[0]));
const planned = col(LINES.map((l) => l[1]));
const secured = col(LINES.map((l) => l[2]));
const pillars = col(LINES.map((l) => l[3]));
const years = col(LINES.map((l) => l[4]));

/** What each case gives, worked by hand: a number or an Excel error. */
const CASES: {
  name: string;
  base: "planned" | "secured";
  pillar?: string;
  year?: number;
  want: number | string;
}[] = [
  // 10 + 30 + 0 spent over 100 + 50 + 100 + 50 + 80 + 0 planned (blank spent counts 0).
  { name: "all lines, over planned", base: "planned", want: 40 / 380 },
  { name: "all lines, over secured", base: "secured", want: 40 / 125 },
  {
    name: "pillar A over planned: the unreported line is in the base",
    base: "planned",
    pillar: "A",
    want: 10 / 150,
  },
  {
    name: "pillar B over secured (a blank secured counts 0)",
    base: "secured",
    pillar: "B",
    want: 30 / 25,
  },
  {
    name: "pillar B in 2021: 0 spent is reported, 0%",
    base: "planned",
    pillar: "B",
    year: 2021,
    want: 0,
  },
  { name: "pillar C: nothing spent reported", base: "planned", pillar: "C", want: "#N/A" },
  {
    name: "pillar D: nothing reported, nothing planned",
    base: "planned",
    pillar: "D",
    want: "#N/A",
  },
  { name: "a pillar with no line", base: "planned", pillar: "Z", want: "#N/A" },
  { name: "year 2021 over secured", base: "secured", year: 2021, want: 0 / 75 },
];

function ts(c: (typeof CASES)[number]): number | string {
  const fs = filters(
    [c.pillar === undefined ? undefined : pillars, c.pillar ?? null],
    [c.year === undefined ? undefined : years, c.year ?? null]
  );
  const r = attempt(() => executionRate(spent, c.base === "planned" ? planned : secured, fs));
  return typeof r === "number" ? r : r.error;
}

describe("executionRate (TypeScript)", () => {
  test.each(CASES)("$name", (c) => {
    const got = ts(c);
    if (typeof c.want === "number") expect(got).toBeCloseTo(c.want, 12);
    else expect(got).toBe(c.want);
  });

  test("a base of 0 with something spent is #DIV/0!", () => {
    const r = attempt(() => executionRate(col([5, null]), col([0, null])));
    expect(r).toMatchObject({ error: "#DIV/0!" });
  });

  test("a negative amount spent or planned is #VALUE!, naming the cell", () => {
    expect(attempt(() => executionRate(col([5, -1]), col([10, 10])))).toMatchObject({
      error: "#VALUE!",
    });
    expect(attempt(() => executionRate(col([5, 1]), col([10, -10])))).toMatchObject({
      error: "#VALUE!",
    });
  });

  test("ranges of different sizes are #VALUE!", () => {
    expect(attempt(() => executionRate(col([5, 1]), col([10])))).toMatchObject({
      error: "#VALUE!",
    });
  });
});

test("bound to the template's tables, in the workbook's language", () => {
  const fr = templateFormulas("fr").executionRate("secured", { pillar: '"P1"' });
  expect(fr).toBe(
    executionRateFormula(
      "tblBudget[[#Data],[Montant dépensé]]",
      "tblBudget[[#Data],[Montant acquis]]",
      [{ column: "tblBudget[[#Data],[Axe]]", value: '"P1"' }]
    )
  );
  expect(templateFormulas("en").executionRate("amount")).toBe(
    executionRateFormula("tblBudget[[#Data],[Amount spent]]", "tblBudget[[#Data],[Amount planned]]")
  );
});

describe("NAP.EXECUTIONRATE", () => {
  test("spent over planned, filtered by pillar and year", () => {
    expect(fn.executionRateFn(spent, planned)).toBeCloseTo(40 / 380, 12);
    expect(fn.executionRateFn(spent, secured, pillars, "B")).toBeCloseTo(30 / 25, 12);
    expect(fn.executionRateFn(spent, planned, pillars, "b", years, 2021)).toBe(0);
  });

  test("nothing spent reported reaches Excel as #N/A, with its message", () => {
    const r = call(() => fn.executionRateFn(spent, planned, pillars, "C")) as {
      error: string;
      message: string;
    };
    expect(r.error).toBe("#N/A");
    expect(r.message).toBe("no amount spent is filled in: there is no execution to report");
  });

  test("the faulty cell named by its address, in French when Excel is", () => {
    installCustomFunctionsDouble("fr-FR");
    try {
      const r = call(() =>
        fn.executionRateFn(
          col([5, -3]),
          col([10, 10]),
          null as never,
          null,
          null as never,
          null,
          null as never,
          null,
          { functionName: "X", parameterAddresses: ["Budget!K5:K6", "Budget!H5:H6"] } as never
        )
      ) as { error: string; message: string };
      expect(r.error).toBe("#VALUE!");
      expect(r.message).toContain("Budget!K6");
      expect(r.message).toContain("dépensés");
      const z = call(() => fn.executionRateFn(col([5]), col([0]))) as { message: string };
      // French typography puts a narrow no-break space before the colon.
      expect(z.message).toMatch(
        /^le total des prévus ou acquis est nul\s:\saucun taux d’exécution à calculer$/u
      );
    } finally {
      installCustomFunctionsDouble("en-US");
    }
  });
});

const describeLO = libreOfficeAvailable() ? describe : describe.skip;

describeLO("executionRateFormula recalculated by LibreOffice = executionRate", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-exec-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("every case, and the #DIV/0! and #VALUE! ones", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Lines");
    ws.addRow(["Spent", "Planned", "Secured", "Pillar", "Year"]);
    for (const l of LINES) ws.addRow(l.map((x) => (x === null ? undefined : x)));
    const n = LINES.length + 1;
    const range = (c: string) => `Lines!$${c}$2:$${c}$${n}`;
    const checks = wb.addWorksheet("Checks");
    // A base of 0 with 5 spent (G:H); a negative spent (I:J), as the TypeScript half has them.
    for (const [at, v] of [
      ["G2", 5],
      ["H2", 0],
      ["I2", 5],
      ["I3", -1],
      ["J2", 10],
      ["J3", 10],
    ] as const)
      ws.getCell(at).value = v;
    const extra = [
      {
        name: "zero base",
        formula: executionRateFormula("Lines!G2:G3", "Lines!H2:H3"),
        want: "#DIV/0!",
      },
      {
        name: "negative",
        formula: executionRateFormula("Lines!I2:I3", "Lines!J2:J3"),
        want: "#VALUE!",
      },
    ];
    const all = [
      ...CASES.map((c) => ({
        name: c.name,
        formula: executionRateFormula(range("A"), range(c.base === "planned" ? "B" : "C"), [
          ...(c.pillar === undefined ? [] : [{ column: range("D"), value: `"${c.pillar}"` }]),
          ...(c.year === undefined ? [] : [{ column: range("E"), value: String(c.year) }]),
        ]),
        want: ts(c),
      })),
      ...extra,
    ];
    all.forEach((c, i) => {
      checks.getCell(i + 1, 1).value = c.name;
      checks.getCell(i + 1, 2).value = { formula: c.formula } as ExcelJS.CellFormulaValue;
    });
    const file = path.join(dir, "execution.xlsx");
    await wb.xlsx.writeFile(file);
    const csv = (await recalc(file, 600000)).get("Checks")!;
    all.forEach((c, i) => {
      const got = csv[i][1];
      if (typeof c.want === "number") {
        if (Math.abs(Number(got) - c.want) > 1e-9 * Math.max(1, Math.abs(c.want)))
          throw new Error(`${c.name}: LibreOffice ${got}, TypeScript ${c.want}`);
      } else expect({ name: c.name, got }).toEqual({ name: c.name, got: c.want });
    });
  }, 900000);
});
