/** Text an .xlsx cannot carry is refused at input, the field named; never stripped or written corrupt. */
import { notXmlCharacter, parsePlan, PlanError } from "../../src/core/model";
import { MALI_NAP_2019_2023 } from "../../src/core/plans/mali-2019-2023";

describe("characters XML 1.0 cannot carry", () => {
  test.each([
    ["\uFFFE", "U+FFFE"],
    ["\uFFFF", "U+FFFF"],
    ["a\u0001b", "U+0001"],
    ["\u001F", "U+001F"],
    ["lone \uD800 high", "U+D800"],
    ["lone \uDC00 low", "U+DC00"],
  ])("%j is named as %s", (s, code) => expect(notXmlCharacter(s)).toBe(code));

  test.each(["tab\tnew\nline\r", "accents éàç « »", "emoji 😀 pair", "= + - @"])(
    "%j is fine",
    (s) => expect(notXmlCharacter(s)).toBeUndefined()
  );

  test("a plan with such a text is refused, naming the field", () => {
    const bad = {
      ...MALI_NAP_2019_2023,
      results: MALI_NAP_2019_2023.results!.map((r, i) =>
        i === 2 ? { ...r, text: "x\uFFFEy" } : r
      ),
    };
    expect(() => parsePlan(bad)).toThrow(PlanError);
    try {
      parsePlan(bad);
    } catch (e) {
      expect((e as PlanError).message).toMatch(
        /results\.2\.text: holds a character a workbook cannot carry/
      );
    }
  });
});
