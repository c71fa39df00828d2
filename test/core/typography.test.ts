import { t } from "../../src/core/i18n";
import { fr } from "../../src/core/locales/fr";

describe("French typography through i18next", () => {
  test("a narrow no-break space before : ; ? ! and inside « »", () => {
    const s = t("fr", "v.unknownLabel", { value: "x", labels: "a, b" });
    expect(s).toContain("«\u202fx\u202f»");
    expect(s).toContain("\u202f: choisissez");
    expect(s).not.toMatch(/ [:;?!]/);
  });
  test("English is left as written", () => {
    expect(t("en", "error.wouldChange", { cell: "A1", before: "1", after: "2" })).toBe(
      "A1: 1 would become 2"
    );
  });
  test("plurals from i18next in both languages", () => {
    const one = t("fr", "check.takenIn", {
      count: 1,
      table: "T",
      cell: "S!A26",
      first: 26,
      last: 26,
    });
    const two = t("fr", "check.takenIn", {
      count: 2,
      table: "T",
      cell: "S!A26",
      first: 26,
      last: 27,
    });
    expect(one).toMatch(/une ligne saisie/);
    expect(two).toMatch(/2 lignes saisies/);
    expect(t("en", "check.takenIn", { count: 2, table: "T", first: "S!26", last: "27" })).toMatch(
      /2 rows typed/
    );
  });
  test("a URL's colon is not touched", () => {
    expect(t("fr", "error.wouldChange", { cell: "A1", before: "http://x", after: "y" })).toContain(
      "http://x"
    );
  });
  test("every French message elides with the typographic apostrophe (l’option, n’est), never '", () => {
    const straight = Object.entries(fr as Record<string, string>)
      .filter(([, text]) => /\p{L}'\p{L}/u.test(text))
      .map(([k]) => k);
    expect(straight).toEqual([]);
  });
});
