/**
 * A command line without its file or a required option is refused before
 * anything is read: exit code 2, one line on standard error naming the first
 * missing piece, nothing on standard output. No file is needed: the refusal
 * comes first (the file named here does not exist).
 */
import { cli } from "../support/cli";

const NOFILE = "/nonexistent/national.xlsx";

describe("a missing file or required option: one line naming it", () => {
  test.each([
    [["approve"], "NATIONAL.xlsx"],
    [["approve", NOFILE], "--for CODE"],
    [["approve", NOFILE, "--for", "MPFEF"], "--year YEAR"],
    [["approve", NOFILE, "--for", "MPFEF", "--year", "2020"], "--out"],
    [["settle", NOFILE], "--out"],
    [["roll-forward"], "NATIONAL.xlsx"],
    [["roll-forward", NOFILE, "--out", "x.xlsx"], "--from YEAR"],
    [["submit"], "COPY.xlsx"],
    [["upgrade"], "FILE.xlsx"],
    [["refresh"], "FILE.xlsx"],
    [["prepare", NOFILE, "--for", "MPFEF"], "--out DIR"],
  ])("%j names %s", async (args, missing) => {
    const r = await cli([...args, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toContain(missing);
  });

  test("in French when asked", async () => {
    const r = await cli(["settle", NOFILE, "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/option --out attend une valeur/);
  });
});
