/**
 * Two reporting cycles end to end through the command line (issue 15): the
 * TMU prepares three copies, each focal point edits its own rows (one also
 * another's), submits; the TMU consolidates, accepts one, returns one; a
 * later change to the accepted year is refused until reopened; the returned
 * one comes back; then copies for the next year are prepared from the
 * consolidated workbook and credited by their stamp, not by last year's
 * Submissions rows they carry. The Completeness sheet's states are read
 * after LibreOffice recalculates it.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { cli } from "../support/cli";
import { libreOfficeAvailable, recalc } from "../support/libreoffice";
import { editCopy, metaOf, planOf, rowsOf, withProgress, writeNational } from "./helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-2cycles-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (...names: string[]) => path.join(dir, ...names);
const copy = (code: string, year = 2020) => f("copies", `NAP1325-${code}-${year}.xlsx`);
const progress = async (file: string, code: string) =>
  (await planOf(file)).actions.find((a) => a.code === code)!.progress;
const run = async (args: string[]) => {
  const r = await cli(args);
  return r;
};

test("two cycles: prepare, edit, submit, consolidate, approve, return, locked, reopen, next year", async () => {
  await writeNational(f("national.xlsx"));
  const prepared = await run([
    "prepare",
    f("national.xlsx"),
    "--for",
    "MPFEF,MATD,MJ",
    "--year",
    "2020",
    "--out",
    f("copies"),
    "--now",
    "2021-01-04T08:00:00Z",
  ]);
  expect(prepared.code).toBe(0);

  // Focal points edit: their own rows, and MPFEF also MATD's action EX-003.
  await editCopy(copy("MPFEF"), (p) => withProgress(withProgress(p, "EX-002", 75), "EX-003", 99));
  await editCopy(copy("MATD"), (p) => withProgress(p, "EX-003", 50));
  await editCopy(copy("MJ"), (p) => withProgress(p, "EX-015", 20));
  expect((await run(["submit", copy("MPFEF"), "--now", "2021-01-20T09:00:00Z"])).code).toBe(0);
  expect((await run(["submit", copy("MATD"), "--now", "2021-01-28T09:00:00Z"])).code).toBe(0);
  expect((await run(["submit", copy("MJ"), "--now", "2021-02-10T09:00:00Z"])).code).toBe(0);
  // The TMU saves the e-mail attachments a month later: the file times must not count.
  for (const c of ["MPFEF", "MATD", "MJ"])
    fs.utimesSync(copy(c), new Date("2021-03-01"), new Date("2021-03-01"));

  const c1 = await run([
    "consolidate",
    f("national.xlsx"),
    copy("MPFEF"),
    copy("MATD"),
    copy("MJ"),
    "--year",
    "2020",
    "--deadline",
    "2021-01-31",
    "--out",
    f("c1.xlsx"),
    "--now",
    "2021-03-02T00:00:00Z",
  ]);
  expect(c1.code).toBe(0);
  expect(await progress(f("c1.xlsx"), "EX-002")).toBe(75); // MPFEF's own
  expect(await progress(f("c1.xlsx"), "EX-003")).toBe(50); // MATD's own; MPFEF's 99 is a proposal
  expect(await progress(f("c1.xlsx"), "EX-015")).toBe(20);
  const conflicts = await rowsOf(f("c1.xlsx"), "tblConflicts");
  expect(
    conflicts
      .filter((c) => c.Key === "EX-003" && c.Decision === "Pending")
      .map((c) => c["Proposed value"])
  ).toEqual([99]);
  expect(c1.out).toMatch(/Late: MJ/);
  let subs = await rowsOf(f("c1.xlsx"), "tblSubmissions");
  expect(subs.map((s) => [s["Focal point"], s["Submitted on"], s.State])).toEqual([
    ["MPFEF", "2021-01-20", "Submitted"],
    ["MATD", "2021-01-28", "Submitted"],
    ["MJ", "2021-02-10", "Submitted"],
  ]);

  // The TMU accepts MPFEF's 2020 and returns MATD's.
  expect(
    (
      await run([
        "approve",
        f("c1.xlsx"),
        "--for",
        "MPFEF",
        "--year",
        "2020",
        "--out",
        f("a1.xlsx"),
      ])
    ).code
  ).toBe(0);
  expect(
    (
      await run([
        "approve",
        f("a1.xlsx"),
        "--for",
        "MATD",
        "--year",
        "2020",
        "--return",
        "EX-003: give the source",
        "--out",
        f("a2.xlsx"),
      ])
    ).code
  ).toBe(0);

  // MPFEF changes its accepted year; MATD corrects and submits again.
  await editCopy(copy("MPFEF"), (p) => withProgress(p, "EX-002", 90));
  await run(["submit", copy("MPFEF"), "--now", "2021-03-05T09:00:00Z"]);
  await editCopy(copy("MATD"), (p) => withProgress(p, "EX-003", 55));
  await run(["submit", copy("MATD"), "--now", "2021-03-06T09:00:00Z"]);
  const c2 = await run([
    "consolidate",
    f("a2.xlsx"),
    copy("MPFEF"),
    copy("MATD"),
    "--year",
    "2020",
    "--out",
    f("c2.xlsx"),
    "--now",
    "2021-03-07T00:00:00Z",
  ]);
  expect(c2.code).toBe(1); // one file refused
  expect(c2.err).toMatch(/NAP1325-MPFEF-2020\.xlsx: refused: MPFEF's 2020 is accepted/);
  expect(await progress(f("c2.xlsx"), "EX-002")).toBe(75); // no value of the accepted year changed
  expect(await progress(f("c2.xlsx"), "EX-003")).toBe(55);
  subs = await rowsOf(f("c2.xlsx"), "tblSubmissions");
  expect(subs.map((s) => [s["Focal point"], s.State])).toEqual([
    ["MPFEF", "Accepted"],
    ["MJ", "Submitted"],
    ["MATD", "Submitted"], // its copy's row replaced: counted once
  ]);

  if (libreOfficeAvailable()) {
    const sheets = await recalc(f("c2.xlsx"));
    const sheet = [...sheets.entries()].find(([name]) => /Completeness/i.test(name))![1];
    const header = sheet.find((r) => r.includes("State 2020"))!;
    const state = header.indexOf("State 2020");
    const timely = header.indexOf("2020");
    const at = (code: string) => sheet.find((r) => r[0] === code)!;
    expect([at("MPFEF")[state], at("MATD")[state], at("MJ")[state], at("MEF")[state]]).toEqual([
      "Accepted",
      "Submitted",
      "Submitted",
      "",
    ]);
    expect([at("MPFEF")[timely], at("MJ")[timely]]).toEqual(["On time", "Late"]);
  }

  // Reopened, MPFEF's change lands.
  expect(
    (
      await run([
        "approve",
        f("c2.xlsx"),
        "--for",
        "MPFEF",
        "--year",
        "2020",
        "--reopen",
        "--out",
        f("a3.xlsx"),
      ])
    ).code
  ).toBe(0);
  const c3 = await run([
    "consolidate",
    f("a3.xlsx"),
    copy("MPFEF"),
    "--year",
    "2020",
    "--out",
    f("c3.xlsx"),
    "--now",
    "2021-03-08T00:00:00Z",
  ]);
  expect(c3.code).toBe(0);
  expect(await progress(f("c3.xlsx"), "EX-002")).toBe(90);

  // Next year: copies from the consolidated workbook (its Submissions rows end with MATD's 2020).
  const next = await run([
    "prepare",
    f("c3.xlsx"),
    "--for",
    "MPFEF",
    "--year",
    "2021",
    "--out",
    f("copies"),
    "--now",
    "2022-01-04T08:00:00Z",
  ]);
  expect(next.code).toBe(0);
  expect(await metaOf(copy("MPFEF", 2021))).toMatchObject({
    focalPoint: "MPFEF",
    reportingYear: 2021,
  });
  await editCopy(copy("MPFEF", 2021), (p) => withProgress(p, "EX-007", 65));
  await run(["submit", copy("MPFEF", 2021), "--now", "2022-01-15T09:00:00Z"]);
  const wrongYear = await run([
    "consolidate",
    f("c3.xlsx"),
    copy("MPFEF", 2021),
    "--year",
    "2020",
    "--dry-run",
  ]);
  expect(wrongYear.code).toBe(1);
  expect(wrongYear.err).toMatch(/MPFEF's copy for 2021, not for 2020/);
  const c4 = await run([
    "consolidate",
    f("c3.xlsx"),
    copy("MPFEF", 2021),
    "--year",
    "2021",
    "--out",
    f("c4.xlsx"),
    "--now",
    "2022-02-01T00:00:00Z",
  ]);
  expect(c4.code).toBe(0);
  expect(c4.out).toMatch(/NAP1325-MPFEF-2021\.xlsx \(MPFEF\)/);
  expect(await progress(f("c4.xlsx"), "EX-007")).toBe(65);
  subs = await rowsOf(f("c4.xlsx"), "tblSubmissions");
  expect(subs.filter((s) => s.Year === 2021).map((s) => s["Focal point"])).toEqual(["MPFEF"]);
  expect(subs.filter((s) => s.Year === 2020)).toHaveLength(3);
}, 600_000);
