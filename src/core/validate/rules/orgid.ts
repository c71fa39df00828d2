/**
 * By organisation: a stakeholder's IATI organisation identifier, when typed,
 * has the form org-id.guide gives (a registration agency's prefix, a hyphen,
 * the identifier): the IATI export would otherwise refuse it. An empty cell
 * is fine: an organisation without an identifier is named without one. Its
 * IATI organisation type, when typed, is a code of the OrganisationType codelist.
 */
import { ORG_ID } from "../../iati/codes";
import type { Check } from "../context";

export const checkOrgIds: Check = (c, tables) => {
  for (const r of tables.stakeholders) {
    const value = r.text("iatiRef");
    if (value !== undefined && value !== "" && !ORG_ID.test(value))
      c.add(r, "iatiRef", "error", "org.identifier", "v.orgId", { value });
    // donor (issue 18): its IATI organisation type, read as a code of the codelist: anything
    // else is the reader's "not in the list" finding at the cell, naming the codes.
    r.list("iatiType", "iatiOrgType");
  }
};
