/**
 * donorprint (issue 18): a donor's one-page print and the Donor summary's print.
 * - The partner page's native formulas, recalculated by LibreOffice once a
 *   partner other than the default is written into its chooser cell (exceljs),
 *   equal the TypeScript summary `summarize().donor.partners` of that partner,
 *   year by year, in XOF and in the donor's currency, in French and English.
 * - LibreOffice prints the partner page (alone) on exactly one page showing the
 *   partner's name, its tables' headings and the plan's years, without the note
 *   on typing; the Donor summary prints a table heading on every page (the
 *   outputs' header repeated), the outputs' names, and not the note on typing.
 * LibreOffice and pdftotext: skipped with a warning outside CI, failing under CI=true.
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, promises as fs, rmSync } from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { t } from "../../src/core/i18n";
import { planIn, planYears, type Lang, type Plan } from "../../src/core/model";
import { summarize } from "../../src/core/summary/compute";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { pageLayout } from "../../src/core/template/print";
import { PARTNER_CHOOSER } from "../../src/core/template/summaries";
import {
  a1,
  type SheetPlan,
  type TablePlan,
  type WorkbookPlan,
} from "../../src/core/template/types";
import { planForWorkbook } from "../../src/core/template/upgrade";
import { applyTemplate } from "../../src/office/excel-adapter";
import { writeXlsx } from "../../src/xlsx/workbook";
import { contextFor, WorkbookDouble } from "../office/excel-double";
import { cli } from "../support/cli";
import { readXlsxCells } from "../support/xlsx-cells";
import { csvNumber, expectSameFigure, onlySheet, recalcMany } from "../support/libreoffice";
import { findTool, LIBREOFFICE, PDFTOTEXT } from "../support/tools";
import { donorPlan, RATE } from "./donor-plan";

const soffice = findTool(LIBREOFFICE);
const pdftotext = findTool(PDFTOTEXT);
const maybe = soffice && pdftotext ? describe : describe.skip;

const MONEY = [
  "planned",
  "committed",
  "secured",
  "disbursed",
  "spent",
  "gap",
  "fundableGap",
] as const;
const LANGS = ["en", "fr"] as const;
/** Not the chooser's default (the first partner-type source, PTF): the chooser must drive the figures. */
const CHOSEN = "FC";

const dir = mkdtempSync(path.join(os.tmpdir(), "nap-partner-page-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheetOf = (wp: WorkbookPlan, key: string): SheetPlan => wp.sheets.find((s) => s.key === key)!;
const tableOf = (s: SheetPlan, name: string): TablePlan => s.tables.find((x) => x.name === name)!;

describe("the partner page's layout", () => {
  test.each(LANGS)(
    "%s: a chooser from the funding sources, a row per year, one printed page",
    (lang) => {
      const plan = donorPlan(1);
      const wp = buildWorkbookPlan(plan, lang);
      const page = sheetOf(wp, "partnerPage");
      expect(page.name).toBe(t(lang, "sheet.partnerPage"));
      const chooser = a1(PARTNER_CHOOSER.row, PARTNER_CHOOSER.col);
      expect(page.validations).toContainEqual(
        expect.objectContaining({ range: chooser, type: "list", source: "=lst_funding" })
      );
      expect(page.protection?.unlocked).toContain(chooser);
      const years = planYears(plan);
      for (const name of ["tblPartnerPage", "tblPartnerPageDonor"]) {
        const table = tableOf(page, name);
        expect(table.rows.map((r) => r[0])).toEqual(years);
      }
      expect(tableOf(page, "tblPartnerPageDonor").headers).toContain(
        t(lang, "donor.fundableGapIn", { currency: "EUR" })
      );
      const layout = pageLayout(page)!;
      expect(layout.fit).toEqual({ width: 1, height: 1 });
      // The print starts at the partner's name: the note on typing (row 2) is left out.
      expect(layout.area).toMatch(/^A3:/);
      // Without an exchange rate, the page has no donor-currency table.
      const bare = sheetOf(
        buildWorkbookPlan({ ...plan, exchangeRate: undefined }, lang),
        "partnerPage"
      );
      // (The chooser is a table of one cell, so every write keeps the partner chosen.)
      expect(bare.tables.map((x) => x.name).sort()).toEqual(["tblPartnerChoice", "tblPartnerPage"]);
    }
  );

  test("the Donor summary names its outputs and prints from its readers' notes", () => {
    const plan = donorPlan(1);
    const wp = buildWorkbookPlan(plan, "en");
    const donor = sheetOf(wp, "donor");
    const outputs = tableOf(donor, "tblDonorOutputs");
    expect(outputs.rows.map((r) => r[outputs.keys.indexOf("name")])).toEqual(
      plan.outputs.map((o) => o.text)
    );
    const layout = pageLayout(donor)!;
    expect(layout.area).toMatch(/^A2:/);
    expect(layout.titleRows).toBe(`${outputs.row + 1}:${outputs.row + 1}`);
    // The readers' notes on row 2 (printed); the note on typing on row 1 (not printed), right of
    // the title; the tables where earlier workbooks have them (the rate table's header on row 4).
    const cell = (row: number, col: number) => {
      const b = donor.blocks.find(
        (x) => x.col === col && x.row <= row && row < x.row + x.cells.length
      );
      return b?.cells[row - b.row][0];
    };
    expect(cell(0, 0)).toBe(t("en", "donor.title"));
    expect(cell(0, 3)).toContain(t("en", "sum.note"));
    expect(cell(1, 0)).toContain(t("en", "donor.partnerNote"));
    expect(cell(1, 0)).not.toContain(t("en", "sum.note"));
    expect(tableOf(donor, "tblExchangeRate").row).toBe(3);
  });
});

describe("the Office.js adapter sends the same print settings (recording double)", () => {
  test("the partner page fitted to one page from its name; the Donor summary's area and print titles", async () => {
    const plan = donorPlan(1);
    const wb = new WorkbookDouble();
    const { context } = contextFor(wb);
    await applyTemplate(
      context,
      (values) => planForWorkbook(values, plan, "fr"),
      () => true
    );
    const wp = buildWorkbookPlan(plan, "fr");
    const page = wb.sheet(sheetOf(wp, "partnerPage").name)!.page;
    expect(page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    expect(page.area).toMatch(/^A3:H\d+$/);
    expect(page.headersFooters.defaultForAllPages.centerHeader).toContain(
      t("fr", "sheet.partnerPage")
    );
    const donor = sheetOf(wp, "donor");
    const sent = wb.sheet(donor.name)!.page;
    const outputs = tableOf(donor, "tblDonorOutputs").row + 1;
    expect(sent.titleRows).toBe(`$${outputs}:$${outputs}`);
    expect(sent.area).toMatch(/^A2:[A-Z]+\d+$/);
  });
});

/**
 * The workbook with CHOSEN typed into the partner page's chooser cell, in the
 * package XML as Excel would store a typed text (exceljs cannot read back the
 * tables it writes: "filterButton" of undefined).
 */
async function withChosen(wp: WorkbookPlan, file: string): Promise<void> {
  await writeXlsx(wp, file);
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const index = wp.sheets.findIndex((s) => s.key === "partnerPage");
  const part = `xl/worksheets/sheet${index + 1}.xml`;
  const xml = await zip.file(part)!.async("string");
  const ref = a1(PARTNER_CHOOSER.row, PARTNER_CHOOSER.col);
  const cell = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const found = cell.exec(xml);
  if (!found) throw new Error(`no cell ${ref} in ${part}`);
  const style = /\bs="\d+"/.exec(found[1])?.[0] ?? "";
  const typed = `<c r="${ref}" ${style} t="inlineStr"><is><t>${CHOSEN}</t></is></c>`;
  zip.file(part, xml.replace(cell, typed));
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

// A choice is typed data: every write keeps it (it is the body of tblPartnerChoice).
describe("the partner chosen is kept by a refresh", () => {
  test.each(LANGS)(
    "%s: a refresh in place keeps the typed partner in its cell and its table",
    async (lang) => {
      const plan = donorPlan(7);
      const wp = buildWorkbookPlan(plan, lang);
      const file = path.join(dir, `kept-${lang}.xlsx`);
      await withChosen(wp, file);
      const ref = a1(PARTNER_CHOOSER.row, PARTNER_CHOOSER.col);
      const page = sheetOf(wp, "partnerPage").name;
      const before = await readXlsxCells(file);
      expect(before.sheet(page).cells.get(ref)?.value).toBe(CHOSEN);
      const run = await cli(["refresh", file]);
      expect([run.code, run.err]).toEqual([0, ""]);
      const after = await readXlsxCells(file);
      const table = after.table("tblPartnerChoice");
      expect(table.sheet).toBe(page);
      // The header above the cell, the cell in the table's body.
      expect(table.ref).toBe(`${ref.replace(/\d+$/, String(PARTNER_CHOOSER.row))}:${ref}`);
      expect(after.sheet(page).cells.get(ref)?.value).toBe(CHOSEN);
      // Not the default (the first partner-type source), which a rewrite from nothing would give.
      expect(CHOSEN).not.toBe(plan.fundingSources.find((f) => f.type === "partner")?.code);
    }
  );
});

maybe("the partner page recalculated by LibreOffice = the TypeScript summary", () => {
  test("every year and money column of the chosen partner, XOF and EUR, French and English", async () => {
    const plan = donorPlan(7);
    const want = summarize(plan).donor.partners.filter((p) => p.code === CHOSEN);
    expect(want.map((w) => w.year)).toEqual(planYears(plan));
    // The figures reach the cases: a disbursed and spent year, gaps that differ.
    expect(want.some((w) => w.spent > 0 && w.disbursed > 0)).toBe(true);
    expect(want.some((w) => w.gap !== w.fundableGap)).toBe(true);
    // The default partner's figures differ: equal figures would not prove the chooser was read.
    const other = summarize(plan).donor.partners.filter((p) => p.code === "PTF");
    expect(other.map((o) => o.planned)).not.toEqual(want.map((w) => w.planned));
    const wps = LANGS.map((lang) => buildWorkbookPlan(plan, lang));
    const files = LANGS.map((lang) => path.join(dir, `page-${lang}.xlsx`));
    for (let i = 0; i < LANGS.length; i++) await withChosen(wps[i], files[i]);
    const csvs = await recalcMany(files, 900_000);
    LANGS.forEach((lang, i) => {
      const page = sheetOf(wps[i], "partnerPage");
      const rows = csvs[i].get(page.name)!;
      // The partner's name, as the workbook holds it in its language.
      const name = planIn(plan, lang).fundingSources.find((f) => f.code === CHOSEN)!.name;
      expect(rows[PARTNER_CHOOSER.row - 2][0]).toBe(name);
      expect(rows[PARTNER_CHOOSER.row + 2][1]).toBe("EUR");
      for (const [tname, suffix, scale] of [
        ["tblPartnerPage", "", 1],
        ["tblPartnerPageDonor", "Donor", RATE],
      ] as const) {
        const table = tableOf(page, tname);
        expect(rows[table.row][0]).toBe(table.headers[0]);
        want.forEach((w, k) => {
          const r = rows[table.row + 1 + k];
          expect(csvNumber(r[0])).toBe(w.year);
          for (const m of MONEY) {
            const at = table.keys.indexOf(`${m}${suffix}`);
            expectSameFigure(csvNumber(r[at]), w[m] / scale, `${lang} ${tname} ${w.year} ${m}`);
            if (suffix)
              expectSameFigure(csvNumber(r[at]), w.donor![m], `${lang} ${w.year} ${m} EUR`);
          }
        });
        const total = rows[table.row + 1 + want.length];
        for (const m of MONEY) {
          const sum = want.reduce((s, w) => s + w[m], 0) / scale;
          expectSameFigure(
            csvNumber(total[table.keys.indexOf(`${m}${suffix}`)]),
            sum,
            `${lang} total ${m}`
          );
        }
      }
    });
  }, 1_200_000);
});

function run(cmd: string, args: string[], timeout: number): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { timeout, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${cmd} failed: ${err.message}\n${stderr}`)) : resolve(stdout)
    )
  );
}

/** Text with every run of spaces (French typography's narrow ones too) as one space. */
const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/gu, " ").trim();
/** Whether a page shows every word of a text, wherever its cell wrapped them. */
const shows = (page: string, text: string) => {
  const words = new Set(flat(page).split(" "));
  return flat(text)
    .split(" ")
    .every((w) => words.has(w));
};
/** The first words of a note, as they open its first printed line. */
const opening = (note: string) => flat(note).split(" ").slice(0, 5).join(" ");

maybe("printed by LibreOffice", () => {
  const pdfs = new Map<string, string[]>();
  let plan: Plan;
  const wps = new Map<Lang, WorkbookPlan>();
  beforeAll(async () => {
    plan = donorPlan(7);
    const files: string[] = [];
    for (const lang of LANGS) {
      const wp = buildWorkbookPlan(plan, lang);
      wps.set(lang, wp);
      const full = path.join(dir, `print-${lang}.xlsx`);
      await withChosen(wp, full);
      const bytes = await fs.readFile(full);
      // The Donor summary without a rate: with one, its table by partner and year is too
      // wide for one page at a readable scale (README, printing).
      const bare = buildWorkbookPlan({ ...plan, exchangeRate: undefined }, lang);
      const bareFile = path.join(dir, `bare-${lang}.xlsx`);
      await writeXlsx(bare, bareFile);
      const bareBytes = await fs.readFile(bareFile);
      for (const [key, from, src] of [
        ["partnerPage", wp, bytes],
        ["donor", bare, bareBytes],
      ] as const) {
        const f = path.join(dir, `${key}-${lang}.xlsx`);
        await fs.writeFile(
          f,
          await onlySheet(
            src,
            from.sheets.findIndex((s) => s.key === key)
          )
        );
        files.push(f);
      }
    }
    const profile = mkdtempSync(path.join(os.tmpdir(), "nap-lo-pdf-"));
    try {
      const args = [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore"];
      await run(
        soffice!,
        [...args, "--nolockcheck", "--convert-to", "pdf", "--outdir", dir, ...files],
        900_000
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    for (const f of files) {
      const pdf = f.replace(/\.xlsx$/, ".pdf");
      if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${f}`);
      const text = await run(pdftotext!, ["-layout", pdf, "-"], 120_000);
      pdfs.set(path.basename(f, ".xlsx"), text.split("\f").slice(0, -1));
    }
  }, 1_200_000);

  test.each(LANGS)(
    "%s: the partner page prints on one page: name, headings, years, no note on typing",
    (lang) => {
      const pages = pdfs.get(`partnerPage-${lang}`)!;
      expect(pages).toHaveLength(1);
      const page = pages[0];
      const name = planIn(plan, lang).fundingSources.find((f) => f.code === CHOSEN)!.name;
      expect(flat(page)).toContain(flat(name));
      const sheet = sheetOf(wps.get(lang)!, "partnerPage");
      for (const table of sheet.tables)
        for (const h of table.headers) expect([h, shows(page, String(h))]).toEqual([h, true]);
      expect(flat(page)).toContain(flat(t(lang, "partner.inPlanCurrency")));
      for (const y of planYears(plan)) expect(page).toMatch(new RegExp(`\\b${y}\\b`));
      expect(flat(page)).not.toContain(opening(t(lang, "partner.note")));
      // The plan's title is in the page header (its first words; a long title wraps).
      expect(flat(page)).toContain(opening(planIn(plan, lang).title));
    }
  );

  test.each(LANGS)(
    "%s: the Donor summary prints a table heading on every page, named outputs, no note on typing",
    (lang) => {
      const pages = pdfs.get(`donor-${lang}`)!;
      expect(pages.length).toBeGreaterThan(1);
      const wp = buildWorkbookPlan({ ...plan, exchangeRate: undefined }, lang);
      const donor = sheetOf(wp, "donor");
      const headings = donor.tables.map((x) => x.headers.map(String));
      pages.forEach((page, i) => {
        const found = headings.some((hs) => hs.every((h) => shows(page, h)));
        expect([i + 1, found]).toEqual([i + 1, true]);
      });
      // The outputs' header on each page after the first (its print titles).
      const outputs = tableOf(donor, "tblDonorOutputs").headers.map(String);
      const first = pages.findIndex((p) => outputs.every((h) => shows(p, h)));
      expect(first).toBeGreaterThanOrEqual(0);
      for (const page of pages.slice(first))
        expect(outputs.every((h) => shows(page, h))).toBe(true);
      const all = flat(pages.join(" "));
      expect(all).not.toContain(opening(t(lang, "sum.note")));
      expect(all).not.toContain(opening(t(lang, "donor.rateNote")));
      // The readers' notes print (the check above can see a note).
      expect(all).toContain(opening(t(lang, "sum.gapNote")));
      // An output's name, not its code only (a short one: long names wrap).
      const short = planIn(plan, lang).outputs.reduce((a, b) =>
        b.text.length < a.text.length ? b : a
      );
      expect(shows(pages.join(" "), short.text)).toBe(true);
    }
  );
});
