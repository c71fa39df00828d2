/**
 * donor (issue 18): a stakeholder's IATI organisation type. The Stakeholders
 * sheet's "IATI organisation type" column offers the OrganisationType
 * codelist's codes with their labels; a cell holding anything else is a
 * finding at its cell; a typed type reaches the IATI file's participating-org
 * and provider-org, and a workbook written before the column existed (by
 * main's command line, commit 7ed4c41: test/fixtures/pre-orgtype) refreshes
 * without losing a typed cell, and gains the column.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { checkIatiReady, planToIati } from "../../src/core/iati";
import { t } from "../../src/core/i18n";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { validateWorkbook } from "../../src/core/validate";
import { loadWorkbook } from "../../src/xlsx/workbook";
import { cli } from "../support/cli";
import { setCell, valuesOf } from "../support/values";
import { readXlsxCells, tableRows, type XBook } from "../support/xlsx-cells";
import { mali, NOW } from "./support";

/**
 * The IATI OrganisationType codelist as published (IATI-Codelists-NonEmbedded,
 * xml/OrganisationType.xml), written here from the codelist, not from the code.
 */
const CODELIST: [string, string, string][] = [
  ["10", "Government", "Gouvernement"],
  ["11", "Local Government", "Gouvernement local"],
  ["15", "Other Public Sector", "Autre secteur public"],
  ["21", "International NGO", "ONG internationale"],
  ["22", "National NGO", "ONG nationale"],
  ["23", "Regional NGO", "ONG régionale"],
  ["24", "Partner Country based NGO", "ONG dans le pays bénéficiaire"],
  ["30", "Public Private Partnership", "Partenariat public-privé"],
  ["40", "Multilateral", "Multilatéral"],
  ["60", "Foundation", "Fondation"],
  ["70", "Private Sector", "Secteur privé"],
  [
    "71",
    "Private Sector in Provider Country",
    "Secteur privé situé dans un pays fournisseur/donateur",
  ],
  [
    "72",
    "Private Sector in Aid Recipient Country",
    "Secteur privé situé dans un pays bénéficiaire de l’aide",
  ],
  ["73", "Private Sector in Third Country", "Secteur privé situé dans un pays tiers"],
  ["80", "Academic, Training and Research", "Universitaire, formation et recherche"],
  ["90", "Other", "Autre"],
];

const letters = (i: number): string =>
  (i >= 26 ? letters(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));

describe.each(["en", "fr"] as const)("the organisation type column, in %s", (lang) => {
  const header = t(lang, "col.iatiType");

  test("its drop-down offers every code of the codelist with its label, and nothing else", () => {
    const wp = buildWorkbookPlan(mali(), lang);
    const lists = wp.sheets.find((s) => s.name === t(lang, "sheet.lists"))!;
    const name = wp.names.find((n) => n.name === "lst_iatiOrgType")!;
    expect(name).toBeDefined();
    const m = /!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(name.refersTo)!;
    const col = lists.blocks[0].cells[0].indexOf(t(lang, "listTitle.iatiOrgType"));
    expect(letters(col)).toBe(m[1]);
    const shown = lists.blocks[0].cells.slice(1, Number(m[2])).map((r) => r[col]);
    expect(shown).toEqual(CODELIST.map(([c, en, fr]) => `${c} ${lang === "en" ? en : fr}`));
    const st = wp.sheets.flatMap((s) => s.tables).find((x) => x.name === "tblStakeholders")!;
    const c = st.headers.indexOf(header);
    expect(c).toBeGreaterThan(0);
    const sheet = wp.sheets.find((s) => s.tables.includes(st))!;
    const v = sheet.validations.find((x) => x.range.startsWith(`${letters(st.col + c)}`));
    expect(v).toMatchObject({ type: "list", source: "=lst_iatiOrgType" });
  });

  test.each(["99", "Government", "ONG", 12])("%s is a finding at its cell", (typed) => {
    const values = valuesOf(buildWorkbookPlan(mali(), lang));
    setCell(values, "tblStakeholders", "OSC", header, typed);
    const tv = values.tblStakeholders!;
    const c = tv.values[0].indexOf(header);
    const r = tv.values.findIndex((row) => row[0] === "OSC");
    const cell = `${letters(tv.col + c)}${tv.row + r + 1}`;
    const found = validateWorkbook(values, lang).filter((f) => f.cell === cell);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", sheet: tv.sheet, cell });
    expect(found[0].message).toContain(String(typed));
  });

  test.each(["22", 22, "22 National NGO", "22 ONG nationale"])(
    "%s reads as 22, with no finding",
    (typed) => {
      const values = valuesOf(buildWorkbookPlan(mali(), lang));
      setCell(values, "tblStakeholders", "OSC", header, typed);
      const tv = values.tblStakeholders!;
      const c = tv.values[0].indexOf(header);
      const r = tv.values.findIndex((row) => row[0] === "OSC");
      const cell = `${letters(tv.col + c)}${tv.row + r + 1}`;
      expect(validateWorkbook(values, lang).filter((f) => f.cell === cell)).toEqual([]);
      expect(readPlan(values, lang).plan.stakeholders.find((s) => s.code === "OSC")!.iatiType).toBe(
        "22"
      );
    }
  );
});

describe("the IATI file", () => {
  test("writes a typed type on participating-org and provider-org; none where none is known", () => {
    const values = valuesOf(buildWorkbookPlan(mali(), "en"));
    setCell(values, "tblStakeholders", "PTF", t("en", "col.iatiType"), "21 ONG internationale");
    const { plan } = readPlan(values, "en");
    expect(plan.stakeholders.find((s) => s.code === "PTF")!.iatiType).toBe("21");
    // Money secured from the partners, so that they are a transaction's provider too.
    const line = plan.actions.flatMap((a) => a.budget).find((b) => b.source === "PTF")!;
    line.secured = 1000;
    const xml = planToIati(plan, { generatedAt: NOW }).xml;
    expect(xml).toMatch(/<participating-org role="1" type="21">\s*<narrative>4 TFPs/);
    expect(xml).toMatch(/<provider-org type="21">\s*<narrative>4 TFPs/);
    // The reporter, a ministry the plan types 10 Government.
    expect(xml).toMatch(/<reporting-org ref="ML-COA-640" type="10">/);
    // The mutual fund names no stakeholder and has no known type: no @type.
    expect(xml).toMatch(/<participating-org role="1">\s*<narrative>Mutual fund/);
    expect(xml).not.toMatch(/type="90"/);
  });

  test("the readiness check names the organisations without a type, and the column", () => {
    const plan = mali();
    const found = checkIatiReady(plan, "en").filter((f) => f.rule === "org-without-type");
    expect(found).toHaveLength(1);
    // Funders and leads taking part whose type is neither typed nor implied by their category.
    const taking = new Set([
      ...plan.fundingSources.flatMap((f) => (f.stakeholder ? [f.stakeholder] : [])),
      ...plan.actions.map((a) => a.lead),
    ]);
    const untyped = plan.stakeholders
      .filter((s) => taking.has(s.code) && !s.iatiType)
      .filter((s) => !["ministry", "state", "parliament", "un"].includes(s.type))
      .map((s) => s.code);
    expect(untyped).toContain("PTF");
    for (const code of ["FC", ...untyped]) expect(found[0].message).toContain(code);
    expect(found[0].message).toContain("“IATI organisation type”");
  });

  test("the embedded plan types only its ministries (10) and UN Women (40)", () => {
    const typed = mali()
      .stakeholders.filter((s) => s.iatiType)
      .map((s) => `${s.type} ${s.iatiType}`);
    expect(new Set(typed)).toEqual(new Set(["ministry 10", "un 40"]));
    expect(typed.filter((x) => x === "un 40")).toHaveLength(1);
  });
});

describe.each(["en", "fr"] as const)("a %s workbook written before the column", (lang) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-orgtype-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const fixture = path.resolve(__dirname, `../fixtures/pre-orgtype/typed-${lang}.xlsx`);
  const header = t(lang, "col.iatiType");

  /** tblStakeholders' cells by code and header, as the package holds them. */
  const stakeholders = (book: XBook) => {
    const { table, rows } = tableRows(book, "tblStakeholders");
    return new Map(
      rows.map((r) => [
        String(r.cells[0]?.value ?? ""),
        Object.fromEntries(table.columns.map((h, i) => [h, r.cells[i]?.value ?? null])),
      ])
    );
  };

  test("refreshes with every typed cell kept, gains the column, and keeps a type typed as a number", async () => {
    const before = await readXlsxCells(fixture);
    expect(before.table("tblStakeholders").columns).not.toContain(header);
    const file = path.join(dir, "book.xlsx");
    fs.copyFileSync(fixture, file);
    const r1 = await cli(["refresh", file, "--lang", lang]);
    expect(r1.code).toBe(0);
    const after = await readXlsxCells(file);
    expect(after.table("tblStakeholders").columns).toContain(header);
    const b = stakeholders(before);
    const a = stakeholders(after);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [code, row] of b) {
      for (const [h, v] of Object.entries(row))
        expect([code, h, a.get(code)![h]]).toEqual([code, h, v]);
      expect(a.get(code)![header]).toBeNull();
    }
    // The typed cells the fixture was made with (test/fixtures/pre-orgtype/README.md).
    expect(a.get("PTF")![t(lang, "col.iatiRef")]).toBe("XM-DAC-918-3");
    expect(a.get("OSC")![t(lang, "col.focalPoint")]).toBe("Fatoumata Keita");
    // Every entry table's cells are the same (computed ones left out).
    for (const name of ["tblBudget", "tblActions", "tblIndicators", "tblFunding"]) {
      const cells = (book: XBook) =>
        tableRows(book, name).rows.map((r) =>
          r.cells.map((c) => (c?.formula ? "f" : (c?.value ?? null)))
        );
      expect(cells(after)).toEqual(cells(before));
    }

    // Type a code as a number (as a person would), refresh again: kept as typed, read as the code.
    const wb = await loadWorkbook(file);
    const ws = wb.getWorksheet(after.table("tblStakeholders").sheet)!;
    const col = after.table("tblStakeholders").columns.indexOf(header) + 1;
    ws.eachRow((row) => {
      if (row.getCell(1).value === "PTF") row.getCell(col).value = 40;
    });
    await wb.xlsx.writeFile(file);
    const r2 = await cli(["refresh", file, "--lang", lang]);
    expect(r2.code).toBe(0);
    const again = stakeholders(await readXlsxCells(file));
    expect(again.get("PTF")![header]).toBe(40);
    const json = path.join(dir, "plan.json");
    expect((await cli(["to-json", file, "--out", json])).code).toBe(0);
    const plan = JSON.parse(fs.readFileSync(json, "utf8")) as {
      stakeholders: { code: string; iatiType?: string }[];
    };
    expect(plan.stakeholders.find((s) => s.code === "PTF")!.iatiType).toBe("40");
  }, 180000);
});
