/**
 * The built command line speaks the workbook's language by default: --lang
 * (or NAP1325_LANG) wins, then the language the workbook records, then the
 * locale. Messages before any workbook is read follow the locale.
 */
import { execFile } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { parsePlan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { writeXlsx } from "../../src/xlsx/workbook";
import { TINY_PLAN } from "../fixtures/tiny-plan";

const bin = path.resolve(__dirname, "../../dist/cli/main.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-lang-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (name: string) => path.join(dir, name);

function run(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      "node",
      [bin, ...args],
      { cwd: dir, env: { PATH: process.env.PATH ?? "", ...env } },
      (e, stdout, stderr) =>
        resolve({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, stdout, stderr })
    );
  });
}

beforeAll(async () => {
  const plan = parsePlan(TINY_PLAN);
  await writeXlsx(buildWorkbookPlan(plan, "fr"), f("FR.xlsx"));
  await writeXlsx(buildWorkbookPlan(plan, "en"), f("EN.xlsx"));
}, 60000);

describe("the language of the workbook read, unless --lang says otherwise", () => {
  test.each([
    ["LANG=C", { LANG: "C" }],
    ["LANG=en_US.UTF-8", { LANG: "en_US.UTF-8" }],
    ["no locale at all", {} as Record<string, string>],
    ["LC_ALL=en_GB.UTF-8", { LC_ALL: "en_GB.UTF-8", LANG: "fr_FR.UTF-8" }],
  ])("validate FR.xlsx answers in French under %s", async (_name, env) => {
    const r = await run(["validate", "FR.xlsx"], env);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe("Aucun problème trouvé.");
  });

  test("validate EN.xlsx answers in English under a French locale", async () => {
    const r = await run(["validate", "EN.xlsx"], { LANG: "fr_FR.UTF-8" });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe("No problem found.");
  });

  test("--lang wins over the workbook, and NAP1325_LANG over the workbook too", async () => {
    const en = await run(["validate", "FR.xlsx", "--lang", "en"], { LANG: "fr_FR.UTF-8" });
    expect(en.stdout.trim()).toBe("No problem found.");
    const fr = await run(["validate", "EN.xlsx", "--lang", "fr"], { NAP1325_LANG: "en" });
    expect(fr.stdout.trim()).toBe("Aucun problème trouvé.");
    const env = await run(["validate", "FR.xlsx"], { LANG: "fr_FR.UTF-8", NAP1325_LANG: "en" });
    expect(env.stdout.trim()).toBe("No problem found.");
    // Every command that reads a workbook takes --lang.
    const refreshed = await run(["refresh", "FR.xlsx", "--out", "FR-en.xlsx", "--lang", "en"], {
      LANG: "fr_FR.UTF-8",
    });
    expect(refreshed.stderr).toBe("");
    expect(refreshed.stdout).toMatch(/^Refreshed FR-en\.xlsx \(\d+ ms\)\.$/m);
  });

  test("refresh, to-json and roll-forward speak the workbook's language too", async () => {
    const refreshed = await run(["refresh", "FR.xlsx", "--out", "FR-refreshed.xlsx"], {
      LANG: "C",
    });
    expect(refreshed.code).toBe(0);
    expect(refreshed.stdout).toMatch(/^FR-refreshed\.xlsx actualisé \(\d+ ms\)\.$/m);
    const json = await run(["to-json", "FR.xlsx", "--out", "FR.json"], { LANG: "C" });
    expect(json.code).toBe(0);
    // A year outside the plan's period is named in the workbook's language.
    const rolled = await run(["roll-forward", "FR.xlsx", "--from", "2030", "--out", "x.xlsx"], {
      LANG: "C",
    });
    expect(rolled.code).toBe(2);
    expect(rolled.stderr.trim()).toBe(
      "nap1325: l’option --from attend une année de 2020 à 2022, pas «\u202f2030\u202f»"
    );
  });

  test("before a workbook is read, the locale speaks: a refused output is named in French under LANG=fr", async () => {
    const r = await run(["to-json", "EN.xlsx", "--out", "EN.xlsx"], { LANG: "fr_FR.UTF-8" });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      "nap1325: impossible d’écrire EN.xlsx\u202f: c’est l’un des fichiers d’entrée (EN.xlsx)\u202f; rien n’a été écrit, donnez un autre nom de fichier"
    );
  });
});
