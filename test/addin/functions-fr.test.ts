/**
 * functions.fr.json, as `npm run build` writes it: French function names,
 * descriptions and parameter names (Excel shows the parameter names while a
 * formula is typed; English ones in a French Excel read as untranslated).
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FR_PARAMETER_NAMES, localize } from "../../src/functions/fr";

interface Meta {
  functions: { id: string; name: string; parameters: { name: string; description: string }[] }[];
}

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");
/** Spelled the same in both languages. Words that are French as well as English ("base": the amounts an execution rate is taken over). */
const SAME_IN_FRENCH = new Set(["total", "minimum", "base"]);

describe("French custom functions metadata", () => {
  let en: Meta;
  let fr: Meta;
  beforeAll(async () => {
    const r = await generateCustomFunctionsMetadata(SOURCE, false);
    expect(r.errors).toEqual([]);
    en = JSON.parse(r.metadataJson) as Meta;
    fr = localize(en) as Meta;
  }, 60000);

  test("every parameter has a French name, one word as Excel's own French functions have", () => {
    fr.functions.forEach((f, i) => {
      const english = en.functions[i].parameters.map((p) => p.name);
      const french = f.parameters.map((p) => p.name);
      expect(french).toHaveLength(english.length);
      expect(new Set(french).size).toBe(french.length);
      french.forEach((name, j) => {
        expect(name).toMatch(/^\p{L}[\p{L}\p{N}_]*$/u);
        if (!SAME_IN_FRENCH.has(english[j]))
          expect({ id: f.id, name }).not.toEqual({ id: f.id, name: english[j] });
      });
    });
    const rate = fr.functions.find((f) => f.id === "COMPLETIONRATE")!;
    expect(rate.parameters.map((p) => p.name)).toEqual(["statuts", "axes", "axe", "règle"]);
  });

  test("no French name is left unused, and a parameter without one fails the build", () => {
    const used = new Set(en.functions.flatMap((f) => f.parameters.map((p) => p.name)));
    expect(Object.keys(FR_PARAMETER_NAMES).sort()).toEqual([...used].sort());
    expect(() => localize(en, undefined, {})).toThrow(
      /no French name for BUDGETSHARE parameter amounts/
    );
  });

  test("the English metadata keeps its English parameter names", () => {
    expect(
      en.functions.find((f) => f.id === "COMPLETIONRATE")!.parameters.map((p) => p.name)
    ).toEqual(["statuses", "pillars", "pillar", "policy"]);
  });
});
