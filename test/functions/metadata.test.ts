import fs from "fs";
import os from "os";
import path from "path";
import { execFileSync } from "child_process";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FR, FR_PARAMETER_NAMES, localize } from "../../src/functions/fr";

interface Meta {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string }[];
    result?: { type: string };
  }[];
}

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

describe("custom functions metadata", () => {
  let en: Meta;
  beforeAll(async () => {
    const r = await generateCustomFunctionsMetadata(SOURCE, false);
    expect(r.errors).toEqual([]);
    en = JSON.parse(r.metadataJson) as Meta;
  }, 60000);

  test("every function has an id, a name, a description and described parameters", () => {
    expect(en.functions.map((f) => f.id).sort()).toEqual([
      "BUDGETSHARE",
      "COMPLETIONRATE",
      "EXECUTIONRATE",
      "FUNDINGGAP",
      "ONTRACK",
      "PROGRESS",
      "QUOTA",
      "QUOTAMET",
      "RATE",
    ]);
    for (const f of en.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(f.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(f.parameters.length).toBeGreaterThan(0);
      expect(f.description.length).toBeGreaterThan(10);
      for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(3);
      expect(f.result?.type).toMatch(/number|boolean|string/);
    }
  });

  test("the French metadata covers the same functions and parameters, with French names", () => {
    const fr = localize(en) as Meta;
    expect(fr.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    fr.functions.forEach((f, i) => {
      // Each parameter under its French name, in the same order.
      expect(f.parameters.map((p) => p.name)).toEqual(
        en.functions[i].parameters.map((p) => FR_PARAMETER_NAMES[p.name])
      );
      for (const p of f.parameters) expect(p.name).toMatch(/^[\p{L}_][\p{L}\d_]*$/u);
      expect(f.description).not.toBe(en.functions[i].description);
    });
    expect(fr.functions.find((f) => f.id === "COMPLETIONRATE")!.name).toBe("TAUXREALISATION");
    // No French text is left unused (a renamed parameter would leave one behind).
    for (const [id, l] of Object.entries(FR)) {
      const f = en.functions.find((x) => x.id === id)!;
      expect(Object.keys(l.parameters).sort()).toEqual(f.parameters.map((p) => p.name).sort());
    }
  });

  test("functions taking ranges ask for their addresses (messages name the faulty cell)", () => {
    const withAddresses = en.functions
      .filter(
        (f) =>
          (f as { options?: { requiresParameterAddresses?: boolean } }).options
            ?.requiresParameterAddresses
      )
      .map((f) => f.id)
      .sort();
    expect(withAddresses).toEqual([
      "BUDGETSHARE",
      "COMPLETIONRATE",
      "EXECUTIONRATE",
      "FUNDINGGAP",
      "RATE",
    ]);
  });

  test("the command-line generator writes the same metadata", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-cf-cli-"));
    const out = path.join(dir, "functions.json");
    const bin = path.resolve(__dirname, "../../node_modules/.bin/custom-functions-metadata");
    execFileSync(bin, ["generate", SOURCE, out], { stdio: "pipe" });
    const cli = JSON.parse(fs.readFileSync(out, "utf8")) as Meta;
    fs.rmSync(dir, { recursive: true, force: true });
    expect(cli).toEqual(en);
  }, 60000);

  test("a malformed function fails the generation", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-cf-"));
    const bad = path.join(dir, "bad.ts");
    fs.writeFileSync(
      bad,
      `/**\n * Bad.\n * @customfunction BAD\n * @param x A map.\n * @returns nothing useful\n */\nexport function bad(x: Map<string, number>): Map<string, number> { return x; }\n`
    );
    const r = await generateCustomFunctionsMetadata(bad, false);
    // A type Excel cannot pass (a union alias), as a first draft of these functions had.
    const union = path.join(dir, "union.ts");
    fs.writeFileSync(
      union,
      `type Cell = string | number | null;\n/**\n * Union.\n * @customfunction UNION\n * @param x A range.\n * @returns A number.\n */\nexport function u(x: Cell[][]): number { return x.length; }\n`
    );
    const r2 = await generateCustomFunctionsMetadata(union, false);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r2.errors.join("\n")).toMatch(/does not support type "Cell"/);
  });
});
