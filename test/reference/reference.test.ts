/**
 * Issue 19: the reference lists (SDG targets and indicators, the global 1325
 * indicators) with their official wording and source; the plan's mappings
 * marked "proposed" unless the source gives them; the drop-downs of the
 * mapping cells in the package XML; and the report by global indicator
 * recalculated by LibreOffice against a computation written here.
 */
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { parsePlan, type Plan } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";
import {
  GLOBAL_1325_ITEMS,
  REFERENCE_LISTS,
  SDG_ITEMS,
  planMappings,
} from "../../src/core/reference";
import { buildWorkbookPlan, sheetName } from "../../src/core/template/build";
import { t } from "../../src/core/i18n";
import { writeXlsx } from "../../src/xlsx/workbook";
import { libreOfficeAvailable, recalc } from "../support/libreoffice";
import { colLetters, readXlsxCells, splitA1, tableRows } from "../support/xlsx-cells";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-ref-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const mali = parsePlan(MALI_NAP_2019_2023);

/** The seed texts (the shared seeds, else the copies under test/fixtures). */
function seedTexts(): string[] {
  for (const d of [
    path.resolve(__dirname, "../../../shared/seeds"),
    path.resolve(__dirname, "../fixtures/source"),
  ]) {
    if (!fs.existsSync(d)) continue;
    const files = fs.readdirSync(d).filter((f) => f.endsWith(".txt"));
    if (files.length) return files.map((f) => fs.readFileSync(path.join(d, f), "utf8"));
  }
  throw new Error("no seed text found");
}

describe("the reference lists", () => {
  const all = Object.entries(REFERENCE_LISTS).flatMap(([scheme, items]) =>
    items.map((i) => ({ scheme, ...i }))
  );

  test("every item has its code, its English and French wording and a source", () => {
    expect(all.length).toBeGreaterThan(0);
    for (const i of all) {
      const what = `${i.scheme} ${i.code}`;
      // An SDG code is "5.5" or "5.5.1"; a global 1325 code is the annex's number, one short token.
      const shape = i.scheme === "sdg" ? /^\d+\.[0-9a-z]+(\.\d+)?$/ : /^[0-9][0-9a-z().]{0,9}$/;
      expect({ what, ok: shape.test(i.code) }).toEqual({ what, ok: true });
      expect({ what, en: i.en.trim().length > 10 }).toEqual({ what, en: true });
      expect({ what, fr: i.fr.trim().length > 10 }).toEqual({ what, fr: true });
      // French wording is not the English copied over.
      expect({ what, same: i.en === i.fr }).toEqual({ what, same: false });
      // Stored composed, so that a search or a comparison finds it.
      expect({
        what,
        nfc: i.fr === i.fr.normalize("NFC") && i.en === i.en.normalize("NFC"),
      }).toEqual({
        what,
        nfc: true,
      });
      expect({ what, source: /A\/RES\/|S\/2010\//.test(i.source) }).toEqual({ what, source: true });
      // An SDG target has two parts, an indicator three; the global 1325 list holds indicators.
      const kind = i.scheme === "sdg" && i.code.split(".").length === 2 ? "target" : "indicator";
      expect({ what, kind }).toEqual({ what, kind: i.kind });
      // The SDG French is UNSD's official text, never a working translation.
      if (i.scheme === "sdg")
        expect({ what, working: i.frWorkingTranslation ?? false }).toEqual({
          what,
          working: false,
        });
    }
    const codes = all.map((i) => `${i.scheme} ${i.code}`);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test("the SDG list holds the indicators a WPS plan maps to", () => {
    const codes = new Set(SDG_ITEMS.map((i) => i.code));
    for (const c of ["5.1.1", "5.2.1", "5.2.2", "5.5.1", "5.5.2", "16.1.1", "16.1.2", "16.1.3"])
      expect(codes).toContain(c);
    for (const c of ["16.1.4", "16.3.1", "16.7.1", "16.7.2", "5.2", "5.5", "16.7", "16.10"])
      expect(codes).toContain(c);
  });

  test("official wording, checked against texts quoted elsewhere", () => {
    const item = (c: string) => SDG_ITEMS.find((i) => i.code === c)!;
    // The World Bank's SDG metadata page for 5.2.1 (worldbank.github.io/sdg-metadata).
    expect(item("5.2.1").en).toBe(
      "Proportion of ever-partnered women and girls aged 15 years and older subjected to physical, sexual or psychological violence by a current or former intimate partner in the previous 12 months, by form of violence and by age"
    );
    expect(item("5.2").en).toBe(
      "Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation"
    );
    expect(item("5.5.1").fr).toMatch(/^Proportion de sièges occupés par des femmes/);
  });

  test("the global 1325 list holds no item without its official texts (none found: empty)", () => {
    // Each item would need the English and French text of S/2010/498's annex.
    expect(GLOBAL_1325_ITEMS).toEqual([]);
  });
});

describe("the embedded plan's mappings", () => {
  const seeds = seedTexts().join("\n");
  const inSeeds = (code: string) =>
    new RegExp(`(^|[^0-9.])${code.replace(/\./g, "\\.")}([^0-9]|$)`).test(seeds);

  test("no mapping is 'source' unless a seed file contains its code; the others are proposed", () => {
    const maps = [...planMappings(mali, "sdg"), ...planMappings(mali, "un1325")];
    expect(maps.length).toBeGreaterThan(0);
    for (const m of maps) {
      if (m.status === "source")
        expect({ code: m.code, inSeeds: inSeeds(m.code) }).toEqual({
          code: m.code,
          inSeeds: true,
        });
      // An embedded plan holds no person's confirmation.
      expect(m.status).not.toBe("confirmed");
    }
    // The seeds give no SDG code per indicator (SDGs 5, 10 and 16 in general terms).
    expect(maps.filter((m) => m.status === "source")).toEqual([]);
  });

  test("the Indicators sheet says Proposed beside every proposed code, and the Guide counts them", () => {
    // Counted here from the data file, not from the code under test.
    const proposed = mali.indicators.reduce((n, i) => n + i.sdg.length + i.un1325.length, 0);
    expect(proposed).toBe(16);
    for (const lang of ["en", "fr"] as const) {
      const wp = buildWorkbookPlan(mali, lang);
      const sheet = wp.sheets.find((s) => s.key === "indicators")!;
      const table = sheet.tables[0];
      const at = (k: string) => table.keys.indexOf(k);
      const label = t(lang, "mappingStatus.proposed");
      let shown = 0;
      for (const r of table.rows) {
        if (r[at("sdg")] !== null) {
          expect(r[at("sdgStatus")]).toBe(label);
          shown += String(r[at("sdg")]).split(";").length;
        } else expect(r[at("sdgStatus")]).toBeNull();
      }
      expect(shown).toBe(proposed);
      const guide = wp.sheets.find((s) => s.key === "guide")!;
      const text = guide.blocks.flatMap((b) => b.cells.flat()).join("\n");
      expect(text).toContain(lang === "en" ? `${proposed} proposed` : `${proposed} proposées`);
    }
  });
});

describe("global 1325 mappings in the Guide (codes typed while the list is empty)", () => {
  // Two indicators mapped to global indicator codes: one with no status (a
  // proposal), one a person confirmed. Mali's own 16 SDG proposals stay.
  const plan: Plan = parsePlan({
    ...MALI_NAP_2019_2023,
    indicators: MALI_NAP_2019_2023.indicators!.map((i) =>
      i.code === "I3.3.2"
        ? { ...i, un1325: ["12"] }
        : i.code === "I2.1.2"
          ? { ...i, un1325: ["7", "8"], un1325Status: "confirmed" as const }
          : i
    ),
  });
  const guideText = (lang: "en" | "fr") =>
    buildWorkbookPlan(plan, lang)
      .sheets.find((s) => s.key === "guide")!
      .blocks.flatMap((b) => b.cells.flat())
      .join("\n");

  test("the count of proposed mappings includes the global 1325 ones; confirmed ones are not proposed", () => {
    expect(guideText("en")).toContain("17 proposed, 0 from the source, 2 confirmed");
    expect(guideText("fr")).toMatch(/17 proposées, 0 données par la source, 2 confirmées/);
  });

  test("the Indicators sheet leaves the unconfirmed 1325 status blank (read as proposed) and shows the confirmed one", () => {
    const table = buildWorkbookPlan(plan, "en").sheets.find((s) => s.key === "indicators")!
      .tables[0];
    const at = (k: string) => table.keys.indexOf(k);
    const row = (code: string) => table.rows.find((r) => r[at("code")] === code)!;
    expect([row("I3.3.2")[at("un1325")], row("I3.3.2")[at("un1325Status")]]).toEqual(["12", null]);
    expect(row("I2.1.2")[at("un1325Status")]).toBe("Confirmed");
  });

  test("while the list is empty, the Guide says so and the column carries no drop-down", () => {
    expect(GLOBAL_1325_ITEMS).toEqual([]);
    expect(guideText("en")).toContain(
      "The list of global 1325 indicators (S/2010/498, annex) is empty"
    );
    expect(guideText("fr")).toContain(
      "La liste des indicateurs mondiaux 1325 (S/2010/498, annexe) est vide"
    );
    const sheet = buildWorkbookPlan(plan, "en").sheets.find((s) => s.key === "indicators")!;
    const sources = sheet.validations.flatMap((v) => (v.type === "list" ? [v.source] : []));
    expect(sources).toContain("=lst_sdg");
    expect(sources).not.toContain("=lst_global1325");
  });
});

describe("the mapping cells' drop-downs (package XML)", () => {
  test("the SDG and status columns carry list validations to the reference lists", async () => {
    const file = path.join(dir, "mali.xlsx");
    await writeXlsx(buildWorkbookPlan(mali, "en"), file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const name = sheetName("en", "indicators");
    const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
    const validations = [
      ...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*>([\s\S]*?)<\/dataValidation>/g),
    ].map((m) => ({ sqref: m[1], formula: /<formula1>([^<]*)<\/formula1>/.exec(m[2])?.[1] }));
    // The columns by their header in the written table.
    const book = await readXlsxCells(file);
    const { table } = tableRows(book, "tblIndicators");
    const col = (header: string) => {
      const i = table.columns.indexOf(header);
      expect({ header, found: i >= 0 }).toEqual({ header, found: true });
      return colLetters(splitA1(table.ref.split(":")[0]).col + i);
    };
    const covers = (c: string, list: string) =>
      validations.some(
        (v) => v.formula === list && v.sqref.split(" ").some((r) => r.startsWith(`${c}2:${c}`))
      );
    expect(covers(col("SDG targets"), "lst_sdg")).toBe(true);
    expect(covers(col("SDG status"), "lst_mappingStatus")).toBe(true);
    expect(covers(col("1325 status"), "lst_mappingStatus")).toBe(true);
    // The list names point at the Lists sheet's codes, as text ("16.10" stays "16.10").
    const names = book.definedNames;
    const ref = names.get("lst_sdg")!;
    expect(ref).toMatch(/^'?Lists'?!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    const lists = book.sheet("Lists");
    const [, L, last] = /!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)$/.exec(ref)!;
    const codes: unknown[] = [];
    for (let r = 2; r <= Number(last); r++) codes.push(lists.cells.get(`${L}${r}`)?.value);
    expect(codes).toEqual(SDG_ITEMS.map((i) => i.code));
    expect(lists.cells.get(`${L}2`)?.type).toBe("string");
  });
});

const describeLO = libreOfficeAvailable() ? describe : describe.skip;

describeLO("the report by global indicator, recalculated by LibreOffice", () => {
  // Mali's plan with actuals typed on some mapped indicators, a mapping a
  // person confirmed and a global indicator code typed by a person.
  const plan: Plan = parsePlan({
    ...MALI_NAP_2019_2023,
    indicators: MALI_NAP_2019_2023.indicators!.map((i) => {
      switch (i.code) {
        case "I1.3.1a":
          return {
            ...i,
            actuals: [
              { year: 2019, value: 9.5 },
              { year: 2021, value: 24.3 },
            ],
            sdgStatus: "confirmed" as const,
          };
        case "I3.3.2":
          return { ...i, actuals: [{ year: 2020, value: 6 }], un1325: ["12"] };
        case "I2.1.2":
          return {
            ...i,
            actuals: [
              { year: 2022, value: 140 },
              { year: 2023, value: "n/a" },
            ],
          };
        default:
          return i;
      }
    }),
  });

  /** What the report must show, computed here: one row per mapping, sorted by target then code. */
  function expected(scheme: "sdg" | "un1325") {
    const order = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });
    const rows = plan.indicators.flatMap((ind) =>
      ind[scheme].map((code) => {
        const numeric = ind.actuals.filter((a) => typeof a.value === "number");
        const latest = numeric.sort((a, b) => b.year - a.year)[0];
        const status = (scheme === "sdg" ? ind.sdgStatus : ind.un1325Status) ?? "proposed";
        return {
          group: scheme === "sdg" ? code.split(".").slice(0, 2).join(".") : code,
          code,
          indicator: ind.code,
          status:
            status === "confirmed"
              ? "Confirmed"
              : status === "source"
                ? "From the source"
                : "Proposed",
          year: latest ? String(latest.year) : "",
          value: latest ? Number(latest.value) : null,
        };
      })
    );
    return rows.sort(
      (a, b) => order(a.group, b.group) || order(a.code, b.code) || order(a.indicator, b.indicator)
    );
  }

  let csv: string[][];
  beforeAll(async () => {
    const file = path.join(dir, "report.xlsx");
    await writeXlsx(buildWorkbookPlan(plan, "en"), file);
    csv = (await recalc(file)).get(sheetName("en", "sumGlobal"))!;
    // Generous: LibreOffice on 2 shared cores at load 20 (the state comes or the suite fails).
  }, 900000);

  /** A section's rows, found under its header row (first cell). */
  function section(first: string) {
    const h = csv.findIndex((r) => r[0] === first);
    expect(h).toBeGreaterThanOrEqual(0);
    const headers = csv[h];
    const out: Record<string, string>[] = [];
    for (const r of csv.slice(h + 1)) {
      if (!r[0]) break;
      out.push(Object.fromEntries(headers.map((x, i) => [x, r[i]])));
    }
    return out;
  }

  test.each([
    ["sdg", "SDG target"],
    ["un1325", "Global indicator"],
  ] as const)("by %s: codes, statuses and latest values equal the computation", (scheme, first) => {
    const want = expected(scheme);
    const got = section(first);
    expect(want.length).toBeGreaterThan(0);
    expect(got.map((r) => [r[first], r["Code"], r["Indicator code"]])).toEqual(
      want.map((w) => [w.group, w.code, w.indicator])
    );
    got.forEach((g, i) => {
      const w = want[i];
      expect({ row: i, status: g["Mapping status"] }).toEqual({ row: i, status: w.status });
      expect({ row: i, year: g["Latest year"] }).toEqual({ row: i, year: w.year });
      const v = g["Latest actual"] === "" ? null : Number(g["Latest actual"]);
      if (w.value === null) expect({ row: i, v }).toEqual({ row: i, v: null });
      else expect(Math.abs((v ?? NaN) - w.value)).toBeLessThan(1e-9);
    });
    // The figures the fixture sets are there.
    if (scheme === "un1325") {
      // I3.3.2's latest actual (6 in 2020) under its global indicator, a proposal.
      const i332 = got.filter((g) => g["Indicator code"] === "I3.3.2");
      expect(
        i332.map((g) => [g[first], g["Latest year"], g["Latest actual"], g["Mapping status"]])
      ).toEqual([["12", "2020", "6", "Proposed"]]);
    }
    if (scheme === "sdg") {
      const i131 = got.find((g) => g["Indicator code"] === "I1.3.1a")!;
      expect([i131["Latest year"], i131["Latest actual"], i131["Mapping status"]]).toEqual([
        "2021",
        "24.3",
        "Confirmed",
      ]);
    }
  });
});
