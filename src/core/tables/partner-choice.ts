/**
 * tblPartnerChoice (on the Partner page): the funding source the page shows,
 * one cell a planner types (a drop-down of the Funding sources' codes). A
 * table, so every write path reads it and writes it back as typed: a refresh
 * keeps the choice. Blank or absent: the first partner-type source.
 */
import type { Plan } from "../model";
import { column, str, type TableDef } from "./column";

/** The partner the page shows when none is chosen: the first partner-type funding source. */
export function defaultPartner(plan: Pick<Plan, "fundingSources">): string | null {
  return (
    (plan.fundingSources.find((f) => f.type === "partner") ?? plan.fundingSources[0])?.code ?? null
  );
}

export const partnerChoice: TableDef = {
  key: "partnerChoice",
  name: "tblPartnerChoice",
  sheet: "partnerPage",
  growable: false,
  protect: false,
  // Workbooks written before the Partner page read without it.
  optional: true,
  columns: () => [
    column("partner", "partner.chooser", "text", { entry: true, required: false, width: 16 }),
  ],
  rows: (plan) => [{ partner: plan.partnerPage ?? defaultPartner(plan) }],
  // The default partner typed or left as written is no choice: the plan reads back as it was.
  read: (rows, draft) => {
    const partner = rows[0] ? str(rows[0].partner) : undefined;
    if (partner && partner !== defaultPartner(draft)) draft.partnerPage = partner;
  },
};
