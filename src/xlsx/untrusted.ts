/**
 * Open a workbook someone sent. This module is the one way in for untrusted
 * bytes, in the command line (bytes from disk) and the task pane (bytes from
 * the file picker; it loads this module, and exceljs, only on demand):
 * `openUntrusted` runs the gate (src/core/gate: size, zip directory, actual
 * inflated sizes, macros, encryption, legacy formats, XML document types,
 * declared dimensions and table ranges) and only then lets exceljs parse;
 * `loadUntrustedBytes` also reads the workbook back into the plan and checks
 * it against the template.
 */
import ExcelJS from "exceljs";
import { t } from "../core/i18n";
import type { Lang } from "../core/model";
import { inspectWorkbookBytes, LIMITS, type Limits, type RefusalCode } from "../core/gate";
import { checkIntegrity, type IntegrityFinding } from "../core/consolidate/integrity";
import { readPlan, TemplateError, type ReadResult } from "../core/template/read";
import { forExcelJs, tablesOf } from "./workbook";

export { LIMITS, type Limits, type RefusalCode } from "../core/gate";

export interface LoadedWorkbook {
  file: string;
  read: ReadResult;
  integrity: IntegrityFinding[];
  mtime: Date;
  /**
   * The package's own modified date (docProps/core.xml), when it has a real
   * one (this tool writes none: its files carry the epoch).
   */
  modified?: Date;
}

export type Loaded = { ok: true; wb: LoadedWorkbook } | { ok: false; reason: string };

/** A workbook through the gate and parsed, or one line saying why not. */
export type OpenedUntrusted =
  | {
      ok: true;
      workbook: ExcelJS.Workbook;
      /** The package's part names (external links, for instance, live in xl/externalLinks/). */
      parts: string[];
    }
  | { ok: false; code: RefusalCode; reason: string };

/**
 * Check untrusted bytes at the gate, then parse them with exceljs. `name` is
 * what the refusal calls the file; `msg` the language of the refusal, one
 * line such as "budget.xlsx carries macros: it is refused; ...". Nothing is
 * parsed unless the gate lets the bytes through.
 */
export async function openUntrusted(
  name: string,
  bytes: Uint8Array,
  msg: Lang,
  limits: Limits = LIMITS
): Promise<OpenedUntrusted> {
  const inspection = await inspectWorkbookBytes(bytes, limits);
  if (!inspection.ok) {
    const { code, detail } = inspection;
    return { ok: false, code, reason: t(msg, `refuse.${code}`, { file: name, detail }) };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((await forExcelJs(bytes)) as unknown as ArrayBuffer);
  } catch (e) {
    const message = (e as { message?: unknown }).message;
    const detail = (typeof message === "string" ? message : String(e)).split("\n")[0].slice(0, 200);
    return { ok: false, code: "damaged", reason: t(msg, "refuse.damaged", { file: name, detail }) };
  }
  return { ok: true, workbook, parts: inspection.names };
}

export async function loadUntrustedBytes(
  name: string,
  bytes: Uint8Array,
  mtime: Date,
  msg: Lang,
  extraContent: boolean
): Promise<Loaded> {
  const opened = await openUntrusted(name, bytes, msg);
  if (!opened.ok) return { ok: false, reason: opened.reason };
  const wb = opened.workbook;
  const externalLinks = opened.parts.some((n) => n.startsWith("xl/externalLinks/"));
  const values = tablesOf(wb);
  let read: ReadResult;
  try {
    read = readPlan(values, msg);
  } catch (e) {
    const message = (e as { message?: unknown }).message;
    if (e instanceof TemplateError)
      return { ok: false, reason: `${name}: ${e.message.replace(/^workbook /, "")}` };
    return {
      ok: false,
      reason: `${name}: ${typeof message === "string" ? message.split("\n")[0] : String(e)}`,
    };
  }
  const sheetNames = wb.worksheets.map((w) => w.name);
  const integrity = checkIntegrity(read.plan, read.lang, values, sheetNames, {
    externalLinks,
    extraContent,
  });
  const modified =
    wb.modified instanceof Date && wb.modified.getUTCFullYear() > 1980 ? wb.modified : undefined;
  return {
    ok: true,
    wb: { file: name, read, integrity, mtime, ...(modified ? { modified } : {}) },
  };
}
