/**
 * Every imported file is untrusted: its bytes go through the gate
 * (src/core/gate) before any parser sees them. Kept here for the callers
 * that import the inspection from the consolidation module.
 */
export {
  inspectWorkbookBytes,
  LIMITS,
  type Inspection,
  type Limits,
  type Passed,
  type RefusalCode,
} from "../gate";
