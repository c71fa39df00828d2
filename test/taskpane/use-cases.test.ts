/** What the command line and the task pane now share, found once in src/app. */
import { choosePlan } from "../../src/app/create";
import { describeIntegrity, stampDeadline } from "../../src/app/consolidate";
import { blankPlan } from "../../src/core/plans/blank";
import { nationalPlan } from "../consolidate/fixtures";

describe("the use cases both drivers run", () => {
  test("the blank plan: the four WPS pillars, named in the chosen language from the catalog", async () => {
    const fr = blankPlan("fr", { start: 2024, end: 2028 });
    expect(fr.pillars.map((p) => p.name)).toEqual([
      "Participation",
      "Prévention",
      "Protection",
      "Secours et relèvement",
    ]);
    expect(fr.period).toEqual({ start: 2024, end: 2028 });
    expect(fr.languages).toEqual(["fr"]);
    const en = await choosePlan({ plan: "blank", lang: "en", start: 2025, end: 2029 });
    expect(en.pillars.map((p) => p.name)).toEqual([
      "Participation",
      "Prevention",
      "Protection",
      "Relief and Recovery",
    ]);
  });

  test("one deadline stamp: on the year's submissions that have none", () => {
    const plan = {
      ...nationalPlan(),
      submissions: [
        { focalPoint: "A", year: 2020, submittedAt: "2021-01-02" },
        { focalPoint: "B", year: 2020, submittedAt: "2021-01-03", deadline: "2021-01-15" },
        { focalPoint: "C", year: 2019, submittedAt: "2020-01-03" },
      ],
    } as unknown as ReturnType<typeof nationalPlan>;
    const stamped = stampDeadline(plan, 2020, "2021-01-31");
    expect(stamped.submissions.map((s) => s.deadline)).toEqual([
      "2021-01-31",
      "2021-01-15",
      undefined,
    ]);
    expect(stampDeadline(plan, 2020, undefined)).toBe(plan);
  });

  test("integrity notes in the planner's language, never a raw rule id", () => {
    const f = { rule: "extra-sheet" as const, where: "Mes notes", detail: "Mes notes" };
    expect(describeIntegrity(f, "fr")).toBe("une feuille hors du modèle : Mes notes");
    expect(describeIntegrity(f, "en")).not.toMatch(/extra-sheet/);
  });
});
