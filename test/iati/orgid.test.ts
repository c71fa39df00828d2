/**
 * A stakeholder's IATI organisation identifier, in the workbook: a malformed
 * one is a finding of the full check at its cell, in French and English; a
 * well-formed one, or none, is no finding; the column reads back into the plan
 * and out into the file.
 */
import { planToIati } from "../../src/core/iati";
import { t } from "../../src/core/i18n";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { readPlan } from "../../src/core/template/read";
import { validateWorkbook } from "../../src/core/validate";
import { setCell, valuesOf } from "../support/values";
import { mali, NOW } from "./support";

/** Column letters of a 0-based index, written here rather than taken from the template. */
const letters = (i: number): string =>
  (i >= 26 ? letters(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));

describe.each(["en", "fr"] as const)("the full check, in %s", (lang) => {
  const header = t(lang, "col.iatiRef");

  test("a malformed identifier is an error at its cell, saying what the form is", () => {
    const values = valuesOf(buildWorkbookPlan(mali(), lang));
    setCell(values, "tblStakeholders", "ONU-FEMMES", header, "XM-DAC 41146");
    const found = validateWorkbook(values, lang).filter((f) => f.rule === "org.identifier");
    const tv = values.tblStakeholders!;
    const c = tv.values[0].indexOf(header);
    const r = tv.values.findIndex((row) => row[0] === "ONU-FEMMES");
    const cell = `${letters(tv.col + c)}${tv.row + r + 1}`;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "error",
      sheet: tv.sheet,
      cell,
      table: "tblStakeholders",
      column: "iatiRef",
      key: "ONU-FEMMES",
    });
    expect(found[0].message).toContain(`${tv.sheet}!${cell}: `);
    expect(found[0].message).toContain("XM-DAC 41146");
    expect(found[0].message).toMatch(
      lang === "en"
        ? /is not an IATI organisation identifier: a registration agency’s prefix/
        : /n’est pas un identifiant IATI d’organisation\u202f: le préfixe d’une agence/
    );
  });

  test.each(["ML-COA-640", "XM-DAC-41146", "GB-COH-06368740", null])("%s is no finding", (ref) => {
    const values = valuesOf(buildWorkbookPlan(mali(), lang));
    setCell(values, "tblStakeholders", "ONU-FEMMES", header, ref);
    expect(validateWorkbook(values, lang).filter((f) => f.rule === "org.identifier")).toEqual([]);
  });

  test.each(["MPFEF", "ml-coa-640", "ML-COA-", "ML-COA-640/1", "XM-DAC-41146?", 640])(
    "%s is a finding",
    (ref) => {
      const values = valuesOf(buildWorkbookPlan(mali(), lang));
      setCell(values, "tblStakeholders", "AN", header, ref);
      expect(
        validateWorkbook(values, lang)
          .filter((f) => f.rule === "org.identifier")
          .map((f) => f.key)
      ).toEqual(["AN"]);
    }
  );
});

test("the column reads back into the plan, and a typed identifier reaches the file", () => {
  const values = valuesOf(buildWorkbookPlan(mali(), "en"));
  setCell(values, "tblStakeholders", "PTF", t("en", "col.iatiRef"), "XM-DAC-918-3");
  const { plan } = readPlan(values, "en");
  expect(plan.stakeholders.find((s) => s.code === "MPFEF")!.iatiRef).toBe("ML-COA-640");
  expect(plan.stakeholders.find((s) => s.code === "PTF")!.iatiRef).toBe("XM-DAC-918-3");
  const xml = planToIati(plan, { generatedAt: NOW }).xml;
  expect(xml).toMatch(/<participating-org ref="XM-DAC-918-3" role="1">/);
  // Named nowhere without it: not as a participant, not as a provider.
  expect(xml).not.toMatch(/<(participating|provider)-org (role|type)="[^>]*>\s*<narrative>4 TFPs/);
});
