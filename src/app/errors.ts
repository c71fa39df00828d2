/** Anything a use case throws, as a code a planner's message is written for. */
import { t } from "../core/i18n";
import { PlanError, type Lang } from "../core/model";
import { TemplateError } from "../core/template/read";
import { CreateBlocked, UpgradeBlocked } from "../core/template/upgrade";
import { ChangedMeanwhile, PortError, WriteInterrupted } from "./port";
import { CopyRefused } from "./prepare";

/** Another workbook action is running (the pane runs one at a time). */
export class Busy extends Error {
  constructor() {
    super("another action is running");
    this.name = "Busy";
  }
}

export type ErrorCode =
  | "not-supported"
  | "protected"
  | "too-large"
  | "upgrade-blocked"
  | "names-taken"
  | "not-nap-workbook"
  | "newer-template"
  | "invalid-plan"
  | "changed-meanwhile"
  | "write-restored"
  | "write-half-done"
  | "busy"
  // Prepare/submit (issue 15 point 7): a copy where the national workbook is expected, or the reverse.
  | "copy-refused"
  | "unknown";

export interface Failure {
  ok: false;
  code: ErrorCode;
  message: string;
  details: string;
}

/** Map anything thrown to a code, a message in the planner's language, and the raw text as details. */
export function explain(e: unknown, lang: Lang): Failure {
  const raw = e instanceof Error ? e.message : String(e);
  // Issue 15 point 7: the command line's own words (the use case wrote them in the planner's language).
  if (e instanceof CopyRefused)
    return { ok: false, code: "copy-refused", message: e.message, details: raw };
  let code: ErrorCode = "unknown";
  let values: Record<string, string> = {};
  if (e instanceof ChangedMeanwhile) {
    code = "changed-meanwhile";
    values = { cells: e.cells.slice(0, 10).join(", ") };
  } else if (e instanceof WriteInterrupted) {
    code = e.restored ? "write-restored" : "write-half-done";
    values = { backup: e.backup ?? "" };
  } else if (e instanceof Busy) code = "busy";
  else if (e instanceof PortError) code = e.code;
  else if (e instanceof UpgradeBlocked) {
    code = "upgrade-blocked";
    values = {
      cells: [
        ...e.problems.map((p) => (p.cell ? `${p.sheet}!${p.cell}` : p.value || p.sheet)),
        ...e.addedColumns.map((c) => t(lang, "pane.addedColumn", { ...c })),
      ].join(", "),
    };
  } else if (e instanceof CreateBlocked) {
    code = "names-taken";
    values = { names: e.taken.join(", ") };
  } else if (e instanceof TemplateError && e.code === "newer-template") {
    // A workbook from a newer add-in: one line saying which versions, whatever the action.
    code = "newer-template";
    values = { ...e.details };
  } else if (e instanceof TemplateError)
    code = e.code === "not-nap-workbook" ? "not-nap-workbook" : "invalid-plan";
  else if (e instanceof PlanError) {
    code = "invalid-plan";
    values = { details: e.message };
  } else if (/password|protect/i.test(raw) || (e as { code?: string }).code === "AccessDenied")
    code = "protected";
  else if (/RequestPayloadSizeLimitExceeded|payload/i.test(raw)) code = "too-large";
  if (code === "invalid-plan" && !values.details) values = { details: raw };
  return { ok: false, code, message: t(lang, `pane.error.${code}`, values), details: raw };
}

/** Run a use case for a screen: its result, or the failure explained. */
export async function attempt<T>(
  lang: Lang,
  f: () => Promise<T>
): Promise<{ ok: true; value: T } | Failure> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    return explain(e, lang);
  }
}
