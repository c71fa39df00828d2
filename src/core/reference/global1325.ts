/**
 * The Secretary-General's global indicators for resolution 1325 (2000): the
 * set proposed in S/2010/173 and, as finalised, in the annex of S/2010/498
 * (26 indicators under prevention, participation, protection, and relief
 * and recovery), reported on since.
 *
 * Empty on purpose: every item needs its official code (the annex's
 * number) and its official wording in English, with its source, and no
 * text read so far gives them. Wording is never invented here, nor a code
 * guessed: an item is added only with the text and number of the document
 * it is copied from.
 *
 * What was searched (issue 19, November 2026; stored copies of public pages,
 * documentation and repositories, no live web):
 * - S/2010/498 (English) at
 *   https://vdocuments.site/women-and-peace-and-security-65bfcf9b-2019-01-05-women-and-peace-and-securitya.html:
 *   only the opening of the report (section I) is held, not the annex
 *   (pages 15 to 21 of the report).
 * - http://www.peacewomen.org/security-council/WPS-indicators-and-monitoring
 *   (WILPF, not the UN): its opening lists the first indicators in its own
 *   transcription ("Patterns of sexual violence in conflict and post-conflict
 *   situations"; "Extent to which United Nations Peacekeeping and Special
 *   Political Missions include information on violations of women and girls'
 *   human rights in their periodic reporting to the Security Council"; the
 *   next one cut off), without the annex's numbers; the rest is not held.
 * - https://indico.bisa.ac.uk/event/1/contributions/8/subcontributions/23
 *   (a conference abstract) names "indicator ten" as measuring the
 *   "percentage of field missions with senior level gender experts", a
 *   paraphrase, not the annex's text.
 * - The reports that use the set (S/2011/598, S/2012/732, S/2015/716) and UN
 *   Women's "Tracking Implementation of Security Council Resolution 1325
 *   (2000)" (2012): only their openings are held. No French edition of the
 *   annex was found (queries on its French wording found nothing).
 * So none of the 26 is added: neither source gives both the annex's number
 * and its wording.
 *
 * Adding them: each item's `code` as the annex numbers it, `en` as the
 * English edition words it, `fr` as the French edition words it (else a
 * working translation with `frWorkingTranslation: true`, which every place
 * that shows the French marks "(traduction de travail)"), `source` naming
 * S/2010/498 and where it was read. The drop-down of the Indicators sheet's
 * global-indicator column then offers the codes (until then the column takes
 * any code, and the Guide says why), and the report by global indicator
 * shows their wording (test/reference).
 */
import type { ReferenceItem } from "./types";

export const GLOBAL_1325_SOURCE =
  "S/2010/498, annex (indicators proposed in S/2010/173), report of the Secretary-General on women and peace and security";

export const GLOBAL_1325_ITEMS: readonly ReferenceItem[] = [];
