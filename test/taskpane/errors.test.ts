/** The pane's failures in the planner's language, for the adapter's new errors. */
import { Busy, explain } from "../../src/app/errors";
import { ChangedMeanwhile, WriteInterrupted } from "../../src/app/port";
import { UpgradeBlocked } from "../../src/core/template/upgrade";

describe("failures explained", () => {
  test("a co-author's edit names the cells, in French and English", () => {
    const e = new ChangedMeanwhile(["Budget!H4", "Budget!I4"]);
    expect(explain(e, "en")).toMatchObject({ code: "changed-meanwhile" });
    expect(explain(e, "en").message).toContain("Budget!H4, Budget!I4");
    expect(explain(e, "fr").message).toMatch(/^Quelqu’un a modifié le classeur/);
  });

  test("an interrupted write says whether the tables were put back, and where the copy is", () => {
    expect(explain(new WriteInterrupted(true, "sync 3 failed"), "en").code).toBe("write-restored");
    const half = explain(new WriteInterrupted(false, "sync 3 failed", "_NAP_BACKUP"), "fr");
    expect(half.code).toBe("write-half-done");
    expect(half.message).toContain("_NAP_BACKUP");
  });

  test("busy, and content at risk without a cell (a defined name of one's own)", () => {
    expect(explain(new Busy(), "fr").code).toBe("busy");
    const e = new UpgradeBlocked([
      {
        sheet: "",
        cell: "",
        rule: "own-name",
        value: "MyName",
        message: "the defined name MyName…",
      },
    ]);
    expect(explain(e, "en").message).toContain("MyName");
    expect(explain(e, "en").message).not.toContain("!,");
  });
});
