/**
 * Run every command-line write path on a generated workbook and judge each
 * run: either it refused (non-zero exit, a message naming cells, every input
 * byte-identical, nothing written) or every typed cell of the input is in the
 * output with the same type, value and formula (test/property/workbooks.ts).
 */
import { promises as fs } from "fs";
import path from "path";
import { cli } from "../support/cli";
import { readXlsxCells, type XBook } from "../support/xlsx-cells";
import {
  countTyped,
  diffTyped,
  generate,
  namesPlanPath,
  rng,
  sha,
  type Allowance,
  type Difference,
  type Generated,
} from "./workbooks";

export interface Run {
  workbook: number;
  path: string;
  code: number;
  outcome: "refused" | "kept" | "changed" | "bad-refusal";
  err: string;
  differences: Difference[];
  problems: string[];
  ms: number;
}

export interface Pristine {
  file: string;
  book: XBook;
  lang: "en" | "fr";
}

export async function buildPristine(dir: string, lang: "en" | "fr"): Promise<Pristine> {
  const file = path.join(dir, `pristine-${lang}.xlsx`);
  const r = await cli(["build", "--example", "--lang", lang, "--out", file]);
  if (r.code !== 0) throw new Error(`build ${lang}: ${r.err}`);
  return { file, book: await readXlsxCells(file), lang };
}

const exists = (f: string) =>
  fs.access(f).then(
    () => true,
    () => false
  );

/** The known problem of refusals from the plan's schema (see known-differences.test.ts). */
export const KNOWN_PLAN_PATH = "refusal names a plan path, not a cell";

/** A refusal names at least one cell, as Sheet!A1. */
const NAMES_CELL = /![A-Z]{1,3}[1-9][0-9]*\b/;

async function judge(
  workbook: number,
  name: string,
  args: string[],
  inputs: string[],
  out: string,
  before: XBook,
  allow: Allowance,
  inPlace = false
): Promise<Run> {
  const shas = await Promise.all(inputs.map(sha));
  const started = Date.now();
  const r = await cli(args);
  const ms = Date.now() - started;
  const problems: string[] = [];
  const after = await Promise.all(inputs.map(sha));
  const changedInputs = inputs.filter((f, i) => after[i] !== shas[i] && !(inPlace && f === out));
  for (const f of changedInputs) problems.push(`input ${path.basename(f)} changed`);
  const wrote = inPlace ? after[0] !== shas[0] : await exists(out);
  if (!wrote) {
    if (r.code === 0) problems.push("exit 0 but nothing written");
    if (!r.err.trim()) problems.push("refused without a message");
    else if (!NAMES_CELL.test(r.err))
      problems.push(
        `${namesPlanPath(r.err) ? KNOWN_PLAN_PATH : "refusal names no cell"}: ${r.err}`
      );
    if (r.code === 2 && r.err.trim().split("\n").length !== 1)
      problems.push(`refusal is ${r.err.trim().split("\n").length} lines`);
    return {
      workbook,
      path: name,
      code: r.code,
      outcome: problems.length ? "bad-refusal" : "refused",
      err: r.err,
      differences: [],
      problems,
      ms,
    };
  }
  const differences = diffTyped(before, await readXlsxCells(out), allow);
  return {
    workbook,
    path: name,
    code: r.code,
    outcome: differences.length ? "changed" : "kept",
    err: r.err,
    differences,
    problems,
    ms,
  };
}

export interface WorkbookResult {
  generated: Generated;
  typed: number;
  runs: Run[];
}

/** Workbooks 0, 1, 4, 5... hold clean values only; 2, 3, 6, 7... some a reader cannot take. */
export const isClean = (i: number) => i % 4 < 2;

const FOCAL = ["MPFEF-2020.xlsx", "MSPC-2020.xlsx"];

/**
 * The focal points' copies of a pristine workbook, prepared as the TMU does
 * (nap1325 prepare: stamped with the focal point and the year), once per
 * pristine: an import reads who sent a file from its stamp.
 */
const copies = new Map<string, Promise<Pristine[]>>();
function copiesOf(p: Pristine): Promise<Pristine[]> {
  let made = copies.get(p.file);
  if (!made) {
    made = (async () => {
      const out = p.file.replace(/\.xlsx$/, "-copies");
      const codes = FOCAL.map((f) => f.split("-")[0]);
      const r = await cli([
        "prepare",
        p.file,
        "--for",
        ...codes,
        "--year",
        "2020",
        "--out",
        out,
        "--now",
        "2021-01-04T08:00:00Z",
      ]);
      if (r.code !== 0) throw new Error(`prepare ${p.lang}: ${r.err}`);
      return Promise.all(
        codes.map(async (c) => {
          const file = path.join(out, `NAP1325-${c}-2020.xlsx`);
          return { file, book: await readXlsxCells(file), lang: p.lang };
        })
      );
    })();
    copies.set(p.file, made);
  }
  return made;
}

/** Generate workbook `i` and run every write path on it (consolidation when `consolidate`). */
export async function runWorkbook(
  dir: string,
  pristine: Record<"en" | "fr", Pristine>,
  seed: number,
  i: number,
  /** Every path on every workbook, or refresh --out and one other path in turn. */
  paths: "all" | "rotate"
): Promise<WorkbookResult> {
  // Decorrelated from language (i % 2) and clean values (i % 4 < 2).
  const other = (["refresh (in place)", "settle", "roll-forward", "consolidate"] as const)[
    (i + (i >> 2)) % 4
  ];
  const runs_ = (p: typeof other) => paths === "all" || p === other;
  const r = rng(seed + i * 7919);
  const lang = i % 2 ? "fr" : "en";
  const clean = isClean(i);
  const wdir = path.join(dir, `wb${i}`);
  await fs.mkdir(wdir, { recursive: true });
  const input = path.join(wdir, "national.xlsx");
  const generated = await generate(pristine[lang], input, r, { clean, editsPerTable: 8 });
  const before = await readXlsxCells(input);
  const runs: Run[] = [];
  const o = (n: string) => path.join(wdir, n);

  runs.push(
    await judge(
      i,
      "refresh --out",
      ["refresh", input, "--out", o("refresh.xlsx")],
      [input],
      o("refresh.xlsx"),
      before,
      {}
    )
  );
  const inPlace = o("in-place.xlsx");
  await fs.copyFile(input, inPlace);
  if (runs_("refresh (in place)"))
    runs.push(
      await judge(
        i,
        "refresh (in place)",
        ["refresh", inPlace],
        [inPlace],
        inPlace,
        before,
        {},
        true
      )
    );
  if (runs_("settle"))
    runs.push(
      await judge(
        i,
        "settle",
        ["settle", input, "--out", o("settle.xlsx"), "--now", "2021-02-02T00:00:00Z"],
        [input],
        o("settle.xlsx"),
        before,
        {}
      )
    );
  if (runs_("roll-forward"))
    runs.push(
      await judge(
        i,
        "roll-forward --from 2020",
        ["roll-forward", input, "--from", "2020", "--out", o("roll.xlsx")],
        [input],
        o("roll.xlsx"),
        before,
        { yearAdded: 2021 }
      )
    );
  if (runs_("consolidate")) {
    const focal: string[] = [];
    const bases = await copiesOf(pristine[lang]);
    for (const [k, name] of FOCAL.entries()) {
      const f = o(name);
      await generate(bases[k], f, rng(seed + i * 7919 + k + 1), {
        clean: k === 0 || clean,
        editsPerTable: 6,
      });
      focal.push(f);
    }
    const out = o("consolidated.xlsx");
    const args = ["consolidate", input, ...focal, "--out", out, "--year", "2020"];
    const run = await judge(
      i,
      "consolidate",
      [...args, "--now", "2021-02-01T00:00:00Z"],
      [input, ...focal],
      out,
      before,
      { blanksMayFill: true }
    );
    runs.push(run);
    if (await exists(out)) {
      const consolidated = await readXlsxCells(out);
      runs.push(
        await judge(
          i,
          "settle (after consolidate)",
          ["settle", out, "--out", o("settled.xlsx"), "--now", "2021-02-03T00:00:00Z"],
          [out],
          o("settled.xlsx"),
          consolidated,
          {}
        )
      );
    }
  }
  return { generated, typed: countTyped(before), runs };
}

/** One line per difference, as the report gives them. */
export const describe1 = (wb: number, path: string, d: Difference) =>
  `wb${wb} ${path}: ${d.beforeCell} (${d.table} ${d.key} / ${d.column}) ${d.before} → ${d.after}${d.afterCell !== "-" && d.afterCell !== d.beforeCell ? ` [now ${d.afterCell}]` : ""}`;
