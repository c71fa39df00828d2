/**
 * Property: every command-line write path (refresh with --out and in place,
 * consolidate, settle, roll-forward) either refuses — non-zero exit, a
 * message naming cells, its input byte-identical, nothing written — or keeps
 * every typed cell of its input with the same type, value and formula, as an
 * independent reader (jszip over the XML, test/support/xlsx-cells.ts) sees them.
 *
 * Seeded random workbooks (PROPERTY_SEED, default 1325); PROPERTY_WORKBOOKS of
 * them (default 6: bounded for `npm test` on a loaded 2-core machine);
 * bench/property-write-paths.js runs the same at size. PROPERTY_SUMMARY names
 * a JSON file to write the figures and every difference to.
 */
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import {
  buildPristine,
  describe1,
  isClean,
  runWorkbook,
  type Pristine,
  type WorkbookResult,
} from "./run-paths";
import { knownKind } from "./workbooks";

const N = Number(process.env.PROPERTY_WORKBOOKS ?? 6);
const SEED = Number(process.env.PROPERTY_SEED ?? 1325);
/** Every path on every workbook (the benchmark), or refresh --out and one other path in turn. */
const PATHS = process.env.PROPERTY_ALL_PATHS ? "all" : "rotate";

let dir: string;
let pristine: Record<"en" | "fr", Pristine>;
const results: WorkbookResult[] = [];
const started = Date.now();

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "nap-property-"));
  pristine = { en: await buildPristine(dir, "en"), fr: await buildPristine(dir, "fr") };
});

afterAll(async () => {
  if (process.env.PROPERTY_SUMMARY) {
    const runs = results.flatMap((r) => r.runs);
    await fs.writeFile(
      process.env.PROPERTY_SUMMARY,
      JSON.stringify(
        {
          seed: SEED,
          workbooks: results.length,
          typedCells: results.reduce((n, r) => n + r.typed, 0),
          edits: results.reduce((n, r) => n + r.generated.edits.length, 0),
          runs: runs.length,
          outcomes: runs.reduce<Record<string, number>>((m, r) => {
            const k = `${r.path}: ${r.outcome}`;
            m[k] = (m[k] ?? 0) + 1;
            return m;
          }, {}),
          ms: Date.now() - started,
          differences: runs.flatMap((r) =>
            r.differences.map(
              (d) => `${knownKind(d) ?? "UNEXPLAINED"}: ${describe1(r.workbook, r.path, d)}`
            )
          ),
          perRun: runs.map((r) => `wb${r.workbook} ${r.path}: ${r.outcome} ${r.ms} ms`),
          problems: runs.flatMap((r) => r.problems.map((p) => `wb${r.workbook} ${r.path}: ${p}`)),
          refusals: runs
            .filter((r) => r.outcome !== "kept" && r.outcome !== "changed")
            .map((r) => `wb${r.workbook} ${r.path} (exit ${r.code}): ${r.err.slice(0, 300)}`),
          edited: results.map((r) => ({
            file: r.generated.file,
            clean: r.generated.clean,
            edits: r.generated.edits.map((e) => `${e.sheet}!${e.cell} ${e.column}: ${e.label}`),
          })),
        },
        null,
        2
      )
    );
  }
  if (!process.env.PROPERTY_KEEP) await fs.rm(dir, { recursive: true, force: true });
});

describe("every write path keeps each typed cell or refuses (independent reader)", () => {
  for (let i = 0; i < N; i++) {
    test(`workbook ${i} (${i % 2 ? "fr" : "en"}, ${isClean(i) ? "clean values" : "edge values"}, seed ${SEED})`, async () => {
      const result = await runWorkbook(dir, pristine, SEED, i, PATHS);
      results.push(result);
      // Known kinds of difference are documented (and expected to fail) in
      // known-differences.test.ts; anything else here is a new finding.
      const wrong = result.runs.flatMap((r) => [
        ...r.problems.map((p) => `wb${i} ${r.path}: ${p}`),
        ...r.differences.filter((d) => !knownKind(d)).map((d) => describe1(i, r.path, d)),
      ]);
      // A refusal of a workbook with unclean values names one of the cells typed in it (an
      // unclean one, or a value the generator took for clean that the rewrite would change,
      // such as a code typed with a trailing space).
      const unclean = result.generated.edits.filter((e) => !e.clean);
      const edited = result.generated.edits;
      for (const r of result.runs.filter((x) => x.outcome === "refused" && x.code === 2))
        if (unclean.length && !edited.some((u) => r.err.includes(`${u.sheet}!${u.cell}`)))
          wrong.push(
            `wb${i} ${r.path}: refused without naming any typed cell (${unclean.map((u) => `${u.sheet}!${u.cell} ${u.label}`).join(", ")}): ${r.err}`
          );
      expect(wrong).toEqual([]);
    });
  }
});
