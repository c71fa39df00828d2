/**
 * How the workbook's sheets are set to print, read where a printer reads
 * it: the file's package XML (pageSetup, sheetPr/pageSetUpPr, the print
 * defined names) as the command line writes it, and the page layout the
 * Office.js adapter sends to Excel (the recording double). The printed
 * result itself is checked through LibreOffice in test/core/pdf-layout.test.ts.
 */
import JSZip from "jszip";
import { parsePlan } from "../../src/core/model";
import { withExampleOperationalPlan } from "../../src/core/plans/example-operational-plan";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { MIN_PRINT_SCALE, pageLayout } from "../../src/core/template/print";
import { planForWorkbook } from "../../src/core/template/upgrade";
import type { SheetPlan } from "../../src/core/template/types";
import { applyTemplate, type Supports } from "../../src/office/excel-adapter";
import { xlsxBuffer } from "../../src/xlsx/workbook";
import { contextFor, WorkbookDouble } from "../office/excel-double";

const blank = parsePlan(MALI_NAP_2019_2023);
const example = withExampleOperationalPlan(parsePlan(MALI_NAP_2019_2023));

interface Printed {
  name: string;
  state: string;
  orientation?: string;
  paper?: string;
  scale?: number;
  fitToPage: boolean;
  fitToWidth?: number;
  fitToHeight?: number;
  titles?: string;
  area?: string;
}

const attr = (tag: string | undefined, name: string) =>
  tag ? new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] : undefined;
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

/** Each sheet's print settings as the package holds them. */
async function printed(bytes: Buffer): Promise<Printed[]> {
  const zip = await JSZip.loadAsync(bytes);
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const names = [...wb.matchAll(/<definedName\b([^>]*)>([^<]*)</g)].map((m) => ({
    name: attr(m[1], "name")!,
    sheet: num(attr(m[1], "localSheetId")),
    ref: m[2].replace(/&apos;/g, "'"),
  }));
  const sheets = [...wb.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  const out: Printed[] = [];
  for (const [i, tag] of sheets.entries()) {
    const rid = attr(tag, "r:id")!;
    const target =
      new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
    const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
    const setup = /<pageSetup\b[^>]*>/.exec(xml)?.[0];
    out.push({
      name: attr(tag, "name")!,
      state: attr(tag, "state") ?? "visible",
      orientation: attr(setup, "orientation"),
      paper: attr(setup, "paperSize"),
      scale: num(attr(setup, "scale")),
      fitToPage: /<pageSetUpPr\b[^>]*fitToPage="1"/.test(xml),
      fitToWidth: num(attr(setup, "fitToWidth")),
      fitToHeight: num(attr(setup, "fitToHeight")),
      titles: names.find((n) => n.name === "_xlnm.Print_Titles" && n.sheet === i)?.ref,
      area: names.find((n) => n.name === "_xlnm.Print_Area" && n.sheet === i)?.ref,
    });
  }
  return out;
}

describe.each(["fr", "en"] as const)("the %s workbook's print settings (package XML)", (lang) => {
  let blankSheets: Printed[] = [];
  let exampleSheets: Printed[] = [];
  let plan: ReturnType<typeof buildWorkbookPlan>;
  beforeAll(async () => {
    blankSheets = await printed(await xlsxBuffer(buildWorkbookPlan(blank, lang)));
    plan = buildWorkbookPlan(example, lang);
    exampleSheets = await printed(await xlsxBuffer(plan));
  });

  test("every visible sheet prints on A4, fitted with the fit flag set, or at a readable scale", () => {
    for (const s of [...blankSheets, ...exampleSheets].filter((x) => x.state === "visible")) {
      expect([s.name, s.paper]).toEqual([s.name, "9"]);
      expect(["portrait", "landscape"]).toContain(s.orientation);
      if (s.fitToPage) expect([s.name, s.fitToWidth]).toEqual([s.name, 1]);
      else expect([s.name, s.scale! >= MIN_PRINT_SCALE]).toEqual([s.name, true]);
    }
  });

  // Issue 16: no sheet wider than one page. The Indicators print from the code to the
  // baseline; each year's target and actual print on Indicator progress.
  test("the Indicators print one page wide at a readable scale, from the code to the baseline, header row on every page", () => {
    const name = plan.sheets.find((s) => s.key === "indicators")!.name;
    const ind = exampleSheets.find((s) => s.name === name)!;
    expect(ind.fitToPage).toBe(true);
    expect(ind.fitToWidth).toBe(1);
    expect(ind.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    expect(ind.titles).toMatch(/!\$1:\$1$/);
    const sheet = plan.sheets.find((s) => s.key === "indicators")!;
    const headers = sheet.tables[0].headers as string[];
    const last = headers.findIndex((h) => /^(Valeur de référence|Baseline value)$/.test(h));
    expect(last).toBeGreaterThan(0);
    // No year's target or actual inside the print area.
    expect(headers.slice(0, last + 1).filter((h) => /\b(19|20)\d\d$/.test(h))).toEqual([]);
    const letters = (i: number) =>
      i < 26
        ? String.fromCharCode(65 + i)
        : String.fromCharCode(64 + Math.floor(i / 26), 65 + (i % 26));
    expect(ind.area).toMatch(
      new RegExp(`!\\$A\\$?1:\\$${letters(last)}\\$?${sheet.tables[0].rows.length + 1}$`)
    );
  });

  test("the Operational plan prints one page wide, from the code to the indicators served", () => {
    const name = plan.sheets.find((s) => s.key === "actions")!.name;
    const act = exampleSheets.find((s) => s.name === name)!;
    expect(act.fitToPage).toBe(true);
    expect(act.fitToWidth).toBe(1);
    const headers = plan.sheets.find((s) => s.key === "actions")!.tables[0].headers as string[];
    const last = headers.findIndex((h) => /^(Indicateurs servis|Indicators served)$/.test(h));
    expect(last).toBeGreaterThan(0);
    // Rows fixed at each write (exceljs cannot read back a whole-column print area).
    expect(act.area).toMatch(
      new RegExp(`!\\$A\\$?1:\\$${String.fromCharCode(65 + last)}\\$?\\d+$`)
    );
  });

  test("the empty logs are hidden in the blank workbook (nothing printed), shown once they hold rows", () => {
    const logs = ["imports", "conflicts", "submissions"] as const;
    const names = logs.map((k) => plan.sheets.find((s) => s.key === k)!.name);
    for (const n of names)
      expect([n, blankSheets.find((s) => s.name === n)!.state]).toEqual([n, "hidden"]);
    // The same log with a row is visible.
    const withRow = buildWorkbookPlan(
      {
        ...blank,
        submissions: [
          {
            focalPoint: "MPFEF",
            year: 2020,
            file: "a.xlsx",
            submittedAt: "2021-01-10",
            state: "submitted",
          },
        ],
      },
      lang
    );
    expect(withRow.sheets.find((s) => s.key === "submissions")!.visibility).toBe("visible");
    expect(withRow.sheets.find((s) => s.key === "imports")!.visibility).toBe("hidden");
  });

  test("the Lists sheet prints nothing: its print area is one empty cell past its columns", () => {
    const lists = plan.sheets.find((s) => s.key === "lists")!;
    const l = exampleSheets.find((s) => s.name === lists.name)!;
    expect(l.state).toBe("visible");
    const cell = /!\$([A-Z]+)\$1:\$([A-Z]+)\$1$/.exec(l.area ?? "");
    expect(cell?.[1]).toBe(cell?.[2]);
    const col = [...cell![1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    expect(col).toBe(lists.columnWidths.length);
    expect(
      lists.blocks.every((b) => b.col + Math.max(...b.cells.map((r) => r.length)) <= col)
    ).toBe(true);
  });

  test("the Guide is set to print on one page", () => {
    const guide = plan.sheets.find((s) => s.key === "guide")!;
    const g = exampleSheets.find((s) => s.name === guide.name)!;
    expect(g.fitToPage).toBe(true);
    expect([g.fitToWidth, g.fitToHeight]).toEqual([1, 1]);
  });
});

describe("the Office.js adapter sends the same page layout", () => {
  test("A4, orientation, scale or fit, print titles and area, as the file has them", async () => {
    const wb = new WorkbookDouble();
    const { context } = contextFor(wb);
    const all: Supports = () => true;
    await applyTemplate(context, (values) => planForWorkbook(values, example, "fr"), all);
    const plan = buildWorkbookPlan(example, "fr");
    const bySheet = (k: SheetPlan["key"]) => wb.sheet(plan.sheets.find((s) => s.key === k)!.name)!;
    const ind = bySheet("indicators").page;
    expect(ind.paperSize).toBe("A4");
    expect(ind.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: expect.any(Number) });
    expect(ind.titleRows).toBe("$1:$1");
    expect(ind.titleColumns).toBe("$A:$A");
    expect(ind.area).toMatch(/^A1:[A-Z]+\d+$/);
    const guide = bySheet("guide").page;
    expect(guide.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    expect(guide.headersFooters.defaultForAllPages.centerFooter).toBe("&P / &N — &D");
  });

  test("below ExcelApi 1.9 no page layout is sent", async () => {
    const wb = new WorkbookDouble();
    const { context } = contextFor(wb);
    const upTo18: Supports = (v) => Number(v.split(".")[1]) <= 8;
    await applyTemplate(context, (values) => planForWorkbook(values, example, "fr"), upTo18);
    expect(wb.sheets.every((s) => s.page.paperSize === undefined)).toBe(true);
  });
});

describe("the page layout rule (print.ts)", () => {
  const sheet = (widths: number[], rows: number, fit = true): SheetPlan => ({
    key: "risks",
    name: "S",
    visibility: "visible",
    columnWidths: widths,
    blocks: [{ row: 0, col: 0, cells: Array.from({ length: rows }, () => widths.map(() => "x")) }],
    tables: [],
    formats: [],
    validations: [],
    protection: null,
    print: { orientation: "landscape", fitToWidth: fit, repeatColumns: { from: 0, to: 0 } },
  });

  test("a narrow sheet fits one page wide at full size", () => {
    const p = pageLayout(sheet([10, 10, 10], 20))!;
    expect(p.fit).toEqual({ width: 1, height: 0 });
    expect(p.scale).toBe(100);
    expect(p.pages).toEqual({ across: 1, down: 1 });
  });

  test("a sheet too wide for one page at the minimum scale goes across pages at that scale", () => {
    const p = pageLayout(sheet(Array<number>(40).fill(12), 20))!;
    expect(p.fit).toBeNull();
    expect(p.scale).toBe(MIN_PRINT_SCALE);
    expect(p.pages.across).toBeGreaterThan(1);
    expect(p.titleColumns).toBe("A:A");
  });

  test("a sheet a little too tall is fitted to fewer pages, never below the minimum scale", () => {
    // 40 rows of 15 points: a little more than one landscape page at 100 %.
    const p = pageLayout(sheet([20, 20], 40))!;
    expect(p.pages.across * p.pages.down).toBe(1);
    expect(p.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    // 400 rows cannot fit one page at a readable scale.
    const tall = pageLayout(sheet([20, 20], 400))!;
    expect(tall.pages.down).toBeGreaterThan(1);
    expect(tall.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
  });
});
