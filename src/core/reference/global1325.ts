/**
 * The Secretary-General's global indicators for resolution 1325 (2000): the
 * set proposed in S/2010/173 and, as finalised, in the annex of S/2010/498
 * (26 indicators under prevention, participation, protection, and relief
 * and recovery), reported on since.
 *
 * Empty on purpose: every item needs its official code and its official
 * wording in English and in French with a source, and neither the seeds
 * (which only say "The 26 indicators are organized according to four key
 * pillars") nor the reference texts searched gave the annex of S/2010/498 in
 * English and French. Wording is never invented here: an item is added with
 * the text of the official document it is copied from (the English and
 * French editions of S/2010/498, annex), and the list is then offered as a
 * drop-down on the Indicators sheet's global-indicator column.
 */
import type { ReferenceItem } from "./types";

export const GLOBAL_1325_SOURCE =
  "S/2010/498, annex (indicators proposed in S/2010/173), report of the Secretary-General on women and peace and security";

export const GLOBAL_1325_ITEMS: readonly ReferenceItem[] = [];
