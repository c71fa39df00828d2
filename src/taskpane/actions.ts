/**
 * Everything behind the pane's buttons, in one chunk loaded on the first
 * click (src/taskpane/lazy.ts): the use cases, the Office.js adapter, the
 * template, the checks and the words that describe their outcomes, in both
 * languages. The first screen holds only the pane's components, React,
 * Fluent UI and its language's messages.
 */
// Both catalogues, before any module below runs (the outcomes may be described in either).
import "../core/locales/all";
export { choosePlan, createOrUpdate, describeCreated } from "../app/create";
export {
  checkWorkbook,
  CheckWatcher,
  describeCheck,
  groupFindings,
  severityLabel,
} from "../app/check";
export { exportForDonors, iatiNow, describeIatiFinding } from "../app/donors";
export {
  confirmImport,
  dryRunImport,
  submissionsFrom,
  describeDryRun,
  describeSettleDone,
  describeSettleProblems,
  rollPlanForward,
} from "../app/consolidate";
export { pendingConflicts, settleWith } from "../app/settle-list";
export { focalPointsOf, prepareCopies, submitCopy } from "../app/prepare";
export { describeRollForward } from "../core/consolidate/rollforward";
export { attempt, explain } from "../app/errors";
import { officeHost, officeWorkbook } from "../office/excel-adapter";
import type { LiveWorkbookPort } from "../app/port";

/** The open workbook in Excel, as the use cases' port. */
export function officePort(): LiveWorkbookPort {
  return officeWorkbook(officeHost());
}
