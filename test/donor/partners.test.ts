/**
 * donor (issue 18): the Donor summary by funding partner and year. Its native
 * formulas (SUMIFS over tblBudget), recalculated by LibreOffice, equal the
 * TypeScript summary (src/core/summary/compute.ts) for every row and column,
 * in XOF and in the donor's currency, in French and English; the rows add up
 * to the budget lines' own sums (computed here from the plan, not by the
 * summary code); the gap is planned − secured of every line and the fundable
 * gap leaves out the lines of completed and cancelled actions. The "as of"
 * and completeness lines say what the logs carry.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { t } from "../../src/core/i18n";
import { parsePlan, planYears, type Lang } from "../../src/core/model";
import { summarize, type PartnerLine } from "../../src/core/summary/compute";
import { buildWorkbookPlan } from "../../src/core/template/build";
import type { WorkbookPlan } from "../../src/core/template/types";
import { writeXlsx } from "../../src/xlsx/workbook";
import { libreOfficeAvailable, recalcMany } from "../support/libreoffice";
import { donorPlan, RATE } from "./donor-plan";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-donor-partners-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const MONEY = [
  "planned",
  "committed",
  "secured",
  "disbursed",
  "spent",
  "gap",
  "fundableGap",
] as const;

/** A LibreOffice CSV cell as a number, or null for a blank. */
const num = (s: string | undefined) => (s === undefined || s === "" ? null : Number(s));

function close(got: number | null, want: number, what: string) {
  if (got === null || Math.abs(got - want) > 1e-9 * Math.max(1, Math.abs(want)))
    throw new Error(`${what}: LibreOffice ${got}, TypeScript ${want}`);
}

/** tblDonorPartners as LibreOffice computed it: rows by "code|year", the Total row. */
function partnersTable(wp: WorkbookPlan, csv: Map<string, string[][]>) {
  const sheet = wp.sheets.find((s) => s.tables.some((x) => x.name === "tblDonorPartners"))!;
  const table = sheet.tables.find((x) => x.name === "tblDonorPartners")!;
  const rows = csv.get(sheet.name)!;
  expect(rows[table.row][table.col]).toBe(table.headers[0]);
  const body = rows.slice(table.row + 1, table.row + 1 + table.rows.length);
  const at = (r: string[], key: string) => r[table.col + table.keys.indexOf(key)];
  return {
    keys: table.keys,
    rows: new Map(body.map((r) => [`${r[table.col]}|${at(r, "year")}`, (k: string) => at(r, k)])),
    total: (k: string) => at(rows[table.row + 1 + table.rows.length], k),
  };
}

describe("the partner and year table's layout", () => {
  test.each(["en", "fr"] as const)(
    "%s: a row per funding source and year, every money column also in the donor's currency",
    (lang) => {
      const plan = donorPlan(1);
      const wp = buildWorkbookPlan(plan, lang);
      const table = wp.sheets.flatMap((s) => s.tables).find((x) => x.name === "tblDonorPartners")!;
      expect(table.rows).toHaveLength(plan.fundingSources.length * planYears(plan).length);
      for (const k of MONEY) expect(table.keys).toEqual(expect.arrayContaining([k, `${k}Donor`]));
      expect(table.headers).toContain(t(lang, "donor.fundableGapIn", { currency: "EUR" }));
      // Without an exchange rate, no donor-currency column.
      const bare = buildWorkbookPlan({ ...plan, exchangeRate: undefined }, lang);
      const plain = bare.sheets
        .flatMap((s) => s.tables)
        .find((x) => x.name === "tblDonorPartners")!;
      expect(plain.keys.filter((k) => k.endsWith("Donor"))).toEqual([]);
    }
  );
});

describe("as of, and the reporting completeness", () => {
  const lines = (wp: WorkbookPlan, lang: Lang) => {
    const sheet = wp.sheets.find((s) => s.name === t(lang, "sheet.donor"))!;
    return sheet.blocks
      .flatMap((b) => b.cells.flat())
      .filter((c): c is string => typeof c === "string");
  };

  test("the latest date of the logs, named; the period's submitted / expected", () => {
    const base = donorPlan(2);
    const committee = base.stakeholders.filter((s) => s.committee).map((s) => s.code);
    const plan = parsePlan({
      ...base,
      submissions: [
        {
          focalPoint: committee[0],
          year: 2021,
          submittedAt: "2022-01-20T10:00:00Z",
          file: "copy.xlsx",
        },
        {
          focalPoint: committee[1],
          year: 2021,
          submittedAt: "2022-02-03T10:00:00Z",
          file: "copy.xlsx",
        },
        {
          focalPoint: committee[2],
          year: 2020,
          submittedAt: "2021-01-05T10:00:00Z",
          file: "copy.xlsx",
        },
      ],
    });
    const en = lines(buildWorkbookPlan(plan, "en"), "en");
    const line = en.find((l) => l.startsWith("Data as of"))!;
    expect(line).toContain("Data as of 2022-02-03: the latest submission by a focal point.");
    expect(line).toContain(
      `Reporting completeness 2021: 2 of ${committee.length} focal points submitted (${Math.round(200 / committee.length)}%).`
    );
    const fr = lines(buildWorkbookPlan(plan, "fr"), "fr");
    const ligne = fr.find((l) => l.startsWith("Données au 2022-02-03"))!;
    expect(ligne).toContain("Complétude des rapports 2021");
  });

  test("a workbook with empty logs says so", () => {
    const en = lines(buildWorkbookPlan(donorPlan(3), "en"), "en");
    expect(en.some((l) => l.startsWith(t("en", "donor.asOf.none")))).toBe(true);
  });
});

(libreOfficeAvailable() ? describe : describe.skip)(
  "the partner and year table: TypeScript = formulas recalculated by LibreOffice",
  () => {
    test("every row and column, in XOF and EUR, French and English", async () => {
      const plan = donorPlan(7);
      const want = summarize(plan).donor.partners;
      // The figures reach the cases: closed actions' lines make the two gaps differ.
      expect(want.some((w) => w.gap !== w.fundableGap)).toBe(true);
      expect(want.some((w) => w.disbursed > 0 && w.spent > 0)).toBe(true);
      // Independent of the summary code: the rows add up to the lines' own sums.
      const lines = plan.actions.flatMap((a) => a.budget);
      const total = (f: (l: (typeof lines)[number]) => number) =>
        lines.reduce((s, l) => s + f(l), 0);
      const sumOf = (k: keyof PartnerLine) => want.reduce((s, w) => s + (w[k] as number), 0);
      expect(sumOf("planned")).toBeCloseTo(
        total((l) => l.amount),
        6
      );
      expect(sumOf("secured")).toBeCloseTo(
        total((l) => l.secured ?? 0),
        6
      );
      expect(sumOf("spent")).toBeCloseTo(
        total((l) => l.spent ?? 0),
        6
      );
      const closed = new Set(
        plan.actions.filter((a) => ["completed", "cancelled"].includes(a.status)).map((a) => a.code)
      );
      const open = plan.actions.filter((a) => !closed.has(a.code)).flatMap((a) => a.budget);
      expect(sumOf("fundableGap")).toBeCloseTo(
        open.reduce((s, l) => s + l.amount - (l.secured ?? 0), 0),
        6
      );

      const langs = ["en", "fr"] as const;
      const wps = langs.map((lang) => buildWorkbookPlan(plan, lang));
      const files = langs.map((lang) => path.join(dir, `partners-${lang}.xlsx`));
      for (let i = 0; i < langs.length; i++) await writeXlsx(wps[i], files[i]);
      const csvs = await recalcMany(files, 900000);
      langs.forEach((lang, i) => {
        const got = partnersTable(wps[i], csvs[i]);
        expect(got.rows.size).toBe(want.length);
        for (const w of want) {
          const cell = got.rows.get(`${w.code}|${w.year}`);
          if (!cell) throw new Error(`${lang}: no row ${w.code} ${w.year}`);
          for (const k of MONEY) {
            close(num(cell(k)), w[k], `${lang} ${w.code} ${w.year} ${k}`);
            close(num(cell(`${k}Donor`)), w.donor![k], `${lang} ${w.code} ${w.year} ${k} EUR`);
          }
        }
        for (const k of MONEY) {
          close(num(got.total(k)), sumOf(k), `${lang} total ${k}`);
          close(num(got.total(`${k}Donor`)), sumOf(k) / RATE, `${lang} total ${k} EUR`);
        }
      });
    }, 1200000);
  }
);
