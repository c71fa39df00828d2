/**
 * Timeliness from the submission's own stamp (issue 15, item 3): the
 * submitted-at of its copy stamp (tblNapMeta, written by submit), else the
 * package's own modified date, never the file system's time (a plain copy
 * turned three on-time files "Late"). And the reporting year an import
 * defaults to: the plan's current year, or its last.
 */
import {
  defaultReportingYear,
  planImport,
  submittedAtOf,
  type SubmissionSource,
} from "../../src/app/consolidate";
import { parsePlan, type Plan } from "../../src/core/model";
import { nationalPlan } from "./fixtures";

const COPIED = new Date("2021-03-05T10:00:00Z"); // the day the TMU saved the e-mail attachments
const DEADLINE = "2021-01-31";
const options = {
  year: 2020,
  now: "2021-03-06T09:00:00Z",
  deadline: DEADLINE,
  lang: "en" as const,
};

function source(file: string, plan: Plan, modified?: Date): SubmissionSource {
  return {
    name: file,
    load: async () => ({
      ok: true,
      wb: {
        file,
        read: { plan, templateVersion: 1, lang: "en", problems: [] },
        integrity: [],
        mtime: COPIED,
        modified,
      },
    }),
  };
}

describe("timeliness", () => {
  const national = nationalPlan();
  const base = parsePlan({ ...national, imports: [], conflicts: [], submissions: [] });
  const stamped = (code: string, at?: string) =>
    parsePlan({
      ...base,
      stamp: { copyId: `${code}-2020-x`, focalPoint: code, year: 2020, submittedAt: at },
    });

  test("copied files submitted on time stay on time (their own stamp, then the package's date)", async () => {
    const dry = await planImport(
      national,
      [
        source("MPFEF-2020.xlsx", stamped("MPFEF", "2021-01-20")),
        source("MJ-2020.xlsx", stamped("MJ", "2021-01-28")),
        source("MATD-2020.xlsx", stamped("MATD"), new Date("2021-01-30T16:00:00Z")),
      ],
      options
    );
    expect(dry.incoming.map((f) => f.submittedAt.slice(0, 10))).toEqual([
      "2021-01-20",
      "2021-01-28",
      "2021-01-30",
    ]);
    expect(dry.completeness.late).toEqual([]);
    expect(dry.completeness.onTime).toEqual(expect.arrayContaining(["MPFEF", "MJ", "MATD"]));
  });

  test("a really late file is late, by its own stamp", async () => {
    const dry = await planImport(
      national,
      [source("MJ-2020.xlsx", stamped("MJ", "2021-02-20"))],
      options
    );
    expect(dry.completeness.late).toEqual(["MJ"]);
  });

  test("a copy never submitted takes the package's date; with neither, the time of the import, never the file's time", () => {
    const modified = new Date("2021-02-02T08:00:00Z");
    expect(submittedAtOf({ modified }, undefined, options.now).slice(0, 10)).toBe("2021-02-02");
    expect(submittedAtOf({ modified }, "2021-01-10T09:00:00Z", options.now)).toBe(
      "2021-01-10T09:00:00Z"
    );
    expect(submittedAtOf({}, undefined, options.now)).toBe(options.now);
  });
});

describe("the reporting year an import defaults to", () => {
  const plan = nationalPlan(); // 2019-2023
  test("the current year when today is within the plan's period", () => {
    expect(defaultReportingYear(plan, "2021-02-15T09:00:00Z")).toBe(2021);
    expect(defaultReportingYear(plan, new Date("2019-06-01T00:00:00Z"))).toBe(2019);
  });
  test("the plan's last year once it is over (not last calendar year, outside the period)", () => {
    expect(defaultReportingYear(plan, "2026-11-26T03:00:00Z")).toBe(2023);
  });
  test("its first year before it begins", () => {
    expect(defaultReportingYear(plan, "2018-12-01")).toBe(2019);
  });
});
