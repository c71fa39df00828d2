/** Numbers typed as text: read exactly in either convention, or refused; never scaled. */
import { parseTypedNumber } from "../../src/core/numbers";

const read = (s: string) => {
  const p = parseTypedNumber(s);
  return p.ok ? p.value : p.why;
};

describe("numbers as planners type them", () => {
  test.each([
    ["1,500,000", 1500000],
    ["250 000", 250000],
    ["250\u00a0000", 250000],
    ["250\u202f000", 250000],
    ["250.000,50", 250000.5],
    ["1,234.5", 1234.5],
    ["1 500 000 FCFA", 1500000],
    ["1 234,56 XOF", 1234.56],
    ["12,5", 12.5],
    ["0,250", 0.25],
    ["45%", 45],
    ["10 %", 10],
    ["-3", -3],
    ["1.5", 1.5],
    ["1.500.000", 1500000],
  ])("%s is %d", (text, value) => expect(read(text)).toBe(value));

  test.each(["250,000", "1,500", "2.500"])(
    "%s could be two numbers: refused as ambiguous",
    (text) => expect(read(text)).toBe("ambiguous")
  );

  test.each(["twelve thousand", "about twelve", "12 5", "1,50,000", "1.2.3,4,5", "12-5"])(
    "%s is no number",
    (text) => expect(read(text)).toBe("not-a-number")
  );

  test("random integers grouped either way read back exactly", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 500; i++) {
      const n = next() % 10 ** (1 + (next() % 9));
      const groups = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "_");
      for (const sep of [" ", "\u00a0"]) expect(read(groups.replace(/_/g, sep))).toBe(n);
      // Comma or dot groups: exact when two or more separators, else ambiguous or exact.
      for (const sep of [",", "."]) {
        const text = groups.replace(/_/g, sep);
        const got = read(text);
        if ((text.match(/[.,]/g) ?? []).length === 1) expect([n, "ambiguous"]).toContain(got);
        else expect(got).toBe(n);
      }
    }
  });
});
