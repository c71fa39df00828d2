/**
 * Issue 15, items 1 and 3, through the command line: prepare stamps one copy
 * per focal point (its own rows open, others' locked or shaded), submit
 * stamps the time, consolidate takes who, which plan and which year from the
 * stamp (never the file name), an unstamped file needs --as, and the TMU
 * accepts, returns and reopens a focal point's year. The files are read back
 * from the package's XML.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { cli } from "../support/cli";
import { parsePlan } from "../../src/core/model";
import { buildWorkbookPlan } from "../../src/core/template/build";
import { writeXlsx } from "../../src/xlsx/workbook";
import {
  conditionalRanges,
  cyclePlan,
  editCopy,
  metaOf,
  planOf,
  rowsOf,
  sheetXml,
  withProgress,
  writeNational,
} from "./helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nap-cycle-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const f = (...names: string[]) => path.join(dir, ...names);
const NOW = "2021-01-05T08:00:00Z";

beforeAll(async () => {
  await writeNational(f("national.xlsx"));
  const r = await cli([
    "prepare",
    f("national.xlsx"),
    "--for",
    "MPFEF",
    "MATD",
    "--year",
    "2020",
    "--out",
    f("copies"),
    "--now",
    NOW,
  ]);
  if (r.code !== 0) throw new Error(r.err);
});

describe("prepare", () => {
  test("one copy per focal point, named by its code and year, each stamped with a fresh copy id", async () => {
    expect(fs.readdirSync(f("copies")).sort()).toEqual([
      "NAP1325-MATD-2020.xlsx",
      "NAP1325-MPFEF-2020.xlsx",
    ]);
    const m = await metaOf(f("copies", "NAP1325-MPFEF-2020.xlsx"));
    const a = await metaOf(f("copies", "NAP1325-MATD-2020.xlsx"));
    expect(m).toMatchObject({ focalPoint: "MPFEF", reportingYear: 2020, preparedAt: NOW });
    expect(a).toMatchObject({ focalPoint: "MATD", reportingYear: 2020 });
    expect(typeof m.copyId).toBe("string");
    expect(m.copyId).not.toBe(a.copyId);
    expect(m.submittedAt ?? null).toBeNull(); // a draft until submitted
    // The national workbook has no stamp keys, and still reads.
    const n = await metaOf(f("national.xlsx"));
    expect("copyId" in n).toBe(false);
    expect((await planOf(f("national.xlsx"))).stamp).toBeUndefined();
  });

  test.each([
    ["as prepared", false],
    ["after the focal point's refresh", true],
  ])(
    "the focal point's own indicator rows are open, another's locked; others' actions shaded, its own not (%s)",
    async (_when, refreshed) => {
      let copy = f("copies", "NAP1325-MPFEF-2020.xlsx");
      if (refreshed) {
        // A refresh of the copy (the pane's update takes the same path) keeps the marking.
        const out = f("refreshed-MPFEF.xlsx");
        const r = await cli(["refresh", copy, "--out", out]);
        expect([r.code, r.err]).toEqual([0, ""]);
        copy = out;
      }
      const ind = await sheetXml(copy, "Indicators");
      expect(ind.protectedSheet).toBe(true);
      const rows = await rowsOf(copy, "tblIndicators");
      const row = (code: string) => rows.findIndex((r) => r["Indicator code"] === code) + 2;
      const headers = Object.keys(rows[0]);
      const col = String.fromCharCode(65 + headers.indexOf("Source of verification"));
      expect(ind.locked(`${col}${row("I1.1.1")}`)).toBe(false); // MPFEF's own
      expect(ind.locked(`${col}${row("I1.2.1")}`)).toBe(true); // MATD's
      expect(ind.locked(`${col}${row("I2.1")}`)).toBe(false); // no one's
      const acts = await sheetXml(copy, "Operational plan");
      const actions = await rowsOf(copy, "tblActions");
      const shaded = conditionalRanges(acts.xml).flatMap((r) => r.split(" "));
      const covers = (n: number) =>
        shaded.some((r) => {
          const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(r);
          return m !== null && Number(m[1]) <= n && n <= Number(m[2]);
        });
      actions.forEach((a, i) => {
        expect([a["Action code"], covers(i + 2)]).toEqual([
          a["Action code"],
          a["Lead stakeholder"] !== "MPFEF",
        ]);
      });
    }
  );

  test("unknown codes are refused by name and nothing is written; an existing copy is never overwritten", async () => {
    const r = await cli([
      "prepare",
      f("national.xlsx"),
      "--for",
      "MPFEF,XYZ,MS-JUSTICE",
      "--out",
      f("none"),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/XYZ, MS-JUSTICE/);
    expect(fs.existsSync(f("none"))).toBe(false);
    const again = await cli([
      "prepare",
      f("national.xlsx"),
      "--for",
      "MPFEF",
      "--year",
      "2020",
      "--out",
      f("copies"),
      "--lang",
      "fr",
    ]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/NAP1325-MPFEF-2020\.xlsx existe déjà/);
    const fromCopy = await cli([
      "prepare",
      f("copies", "NAP1325-MATD-2020.xlsx"),
      "--for",
      "MJ",
      "--out",
      f("none"),
    ]);
    expect(fromCopy.code).toBe(2);
    expect(fromCopy.err).toMatch(/MATD's copy, not the national workbook/);
  });
});

describe("submit", () => {
  test("writes the submitted-at stamp (ISO) into the copy; again moves it; the national workbook is refused", async () => {
    const copy = f("copies", "NAP1325-MATD-2020.xlsx");
    fs.copyFileSync(copy, f("matd-submit.xlsx"));
    const r = await cli(["submit", f("matd-submit.xlsx"), "--now", "2021-01-20T10:30:00Z"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/MATD's copy for 2020 submitted at 2021-01-20T10:30:00Z/);
    const m = await metaOf(f("matd-submit.xlsx"));
    expect(m).toMatchObject({ focalPoint: "MATD", submittedAt: "2021-01-20T10:30:00Z" });
    expect(m.copyId).toBe((await metaOf(copy)).copyId);
    const again = await cli([
      "submit",
      f("matd-submit.xlsx"),
      "--now",
      "2021-01-22T09:00:00Z",
      "--lang",
      "fr",
    ]);
    expect(again.out).toMatch(
      /soumise de nouveau le 2021-01-22T09:00:00Z \(auparavant 2021-01-20T10:30:00Z\)/
    );
    const n = await cli(["submit", f("national.xlsx"), "--out", f("n.xlsx")]);
    expect(n.code).toBe(2);
    expect(n.err).toMatch(/not a focal point's copy/);
    expect(fs.existsSync(f("n.xlsx"))).toBe(false);
  });
});

describe("consolidate from the stamp", () => {
  beforeAll(async () => {
    const copy = f("copies", "NAP1325-MPFEF-2020.xlsx");
    // A misleading file name: MS is the Ministry of Sport; the stamp says MPFEF.
    fs.copyFileSync(copy, f("PAN1325_MS_justice_v3.xlsx"));
    await editCopy(f("PAN1325_MS_justice_v3.xlsx"), (p) => withProgress(p, "EX-002", 75));
    await cli(["submit", f("PAN1325_MS_justice_v3.xlsx"), "--now", "2021-01-20T10:00:00Z"]);
    // An unstamped file: the plan as a focal point built it by hand.
    await writeXlsx(
      buildWorkbookPlan(withProgress(cyclePlan(), "EX-003", 45), "fr"),
      f("rapport.xlsx")
    );
    // A copy for 2019 brought to the 2020 consolidation.
    const old = parsePlan({
      ...cyclePlan(),
      stamp: { copyId: "MJ-2019-old", focalPoint: "MJ", year: 2019, submittedAt: "2020-01-10" },
    });
    await writeXlsx(buildWorkbookPlan(old, "en"), f("mj.xlsx"));
  });

  test("the focal point comes from the stamp, never the file name; its time from the stamp", async () => {
    const r = await cli([
      "consolidate",
      f("national.xlsx"),
      f("PAN1325_MS_justice_v3.xlsx"),
      "--year",
      "2020",
      "--out",
      f("c1.xlsx"),
      "--now",
      "2021-03-01T00:00:00Z",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/PAN1325_MS_justice_v3\.xlsx \(MPFEF\)/);
    const subs = await rowsOf(f("c1.xlsx"), "tblSubmissions");
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({
      "Focal point": "MPFEF",
      Year: 2020,
      "Submitted on": "2021-01-20",
      State: "Submitted",
    });
    expect(subs[0]["Copy id"]).toBe((await metaOf(f("PAN1325_MS_justice_v3.xlsx"))).copyId);
    expect((await planOf(f("c1.xlsx"))).actions.find((a) => a.code === "EX-002")!.progress).toBe(
      75
    );
  });

  test("a copy of another year is refused by name; an unstamped file is refused unless --as names its focal point", async () => {
    const r = await cli([
      "consolidate",
      f("national.xlsx"),
      f("mj.xlsx"),
      f("rapport.xlsx"),
      "--year",
      "2020",
      "--dry-run",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/mj\.xlsx: refused: it is MJ's copy for 2019, not for 2020/);
    expect(r.err).toMatch(/rapport\.xlsx: refused: it carries no copy stamp.*--as CODE/);
    const fr = await cli([
      "consolidate",
      f("national.xlsx"),
      f("rapport.xlsx"),
      "--year",
      "2020",
      "--dry-run",
      "--lang",
      "fr",
    ]);
    expect(fr.err).toMatch(/ne porte pas de tampon de copie/);
    const as = await cli([
      "consolidate",
      f("national.xlsx"),
      f("rapport.xlsx"),
      "--as",
      "MATD",
      "--year",
      "2020",
      "--out",
      f("c2.xlsx"),
    ]);
    expect(as.code).toBe(0);
    expect(as.out).toMatch(/rapport\.xlsx \(MATD\)/);
    expect((await rowsOf(f("c2.xlsx"), "tblSubmissions"))[0]).toMatchObject({
      "Focal point": "MATD",
    });
    const two = await cli([
      "consolidate",
      f("national.xlsx"),
      f("rapport.xlsx"),
      f("mj.xlsx"),
      "--as",
      "MATD",
      "--out",
      f("c3.xlsx"),
    ]);
    expect(two.code).toBe(2);
    expect(two.err).toMatch(/--as names the focal point of one file/);
    const unknown = await cli([
      "consolidate",
      f("national.xlsx"),
      f("rapport.xlsx"),
      "--as",
      "MS-JUSTICE",
      "--year",
      "2020",
      "--dry-run",
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/MS-JUSTICE is not a stakeholder of the national plan/);
  });

  test("a copy imported again is a re-submission: the latest replaces its row, never counted twice", async () => {
    await editCopy(f("PAN1325_MS_justice_v3.xlsx"), (p) => withProgress(p, "EX-002", 80));
    await cli(["submit", f("PAN1325_MS_justice_v3.xlsx"), "--now", "2021-01-25T10:00:00Z"]);
    const r = await cli([
      "consolidate",
      f("c1.xlsx"),
      f("PAN1325_MS_justice_v3.xlsx"),
      "--year",
      "2020",
      "--out",
      f("c4.xlsx"),
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /submitted again \(copy .*first imported as PAN1325_MS_justice_v3\.xlsx on 2021-01-20\)/
    );
    const subs = await rowsOf(f("c4.xlsx"), "tblSubmissions");
    expect(subs.map((s) => [s["Focal point"], s["Submitted on"]])).toEqual([
      ["MPFEF", "2021-01-25"],
    ]);
    expect((await planOf(f("c4.xlsx"))).actions.find((a) => a.code === "EX-002")!.progress).toBe(
      80
    );
  });
});

describe("approve", () => {
  test("accept, return with a comment, reopen; refusals by name with a non-zero exit", async () => {
    const none = await cli([
      "approve",
      f("c1.xlsx"),
      "--for",
      "MJ",
      "--year",
      "2020",
      "--out",
      f("a0.xlsx"),
    ]);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/MJ has submitted nothing for 2020/);
    expect(fs.existsSync(f("a0.xlsx"))).toBe(false);
    const bad = await cli([
      "approve",
      f("c1.xlsx"),
      "--for",
      "MPFEF",
      "--year",
      "2020",
      "--return",
      "x",
      "--reopen",
      "--out",
      f("a0.xlsx"),
    ]);
    expect(bad.code).toBe(2);
    const ok = await cli([
      "approve",
      f("c1.xlsx"),
      "--for",
      "MPFEF",
      "--year",
      "2020",
      "--out",
      f("a1.xlsx"),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/MPFEF's 2020: Submitted → Accepted/);
    expect((await rowsOf(f("a1.xlsx"), "tblSubmissions"))[0].State).toBe("Accepted");
    const ret = await cli([
      "approve",
      f("a1.xlsx"),
      "--for",
      "MPFEF",
      "--year",
      "2020",
      "--return",
      "fix EX-002",
      "--out",
      f("a2.xlsx"),
      "--lang",
      "fr",
    ]);
    expect(ret.code).toBe(1);
    expect(ret.err).toMatch(/rouvrez-la d'abord|rouvrez-la d’abord/);
    const reopen = await cli([
      "approve",
      f("a1.xlsx"),
      "--for",
      "MPFEF",
      "--year",
      "2020",
      "--reopen",
      "--out",
      f("a2.xlsx"),
    ]);
    expect(reopen.out).toMatch(/Accepted → Submitted/);
    const back = await cli([
      "approve",
      f("a2.xlsx"),
      "--for",
      "MPFEF",
      "--year",
      "2020",
      "--return",
      "EX-002: give the source",
      "--out",
      f("a3.xlsx"),
    ]);
    expect(back.code).toBe(0);
    const row = (await rowsOf(f("a3.xlsx"), "tblSubmissions"))[0];
    expect(row).toMatchObject({ State: "Returned", "TMU comment": "EX-002: give the source" });
  });
});
