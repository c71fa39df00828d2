/**
 * Open a workbook someone sent: its bytes are checked before any parser sees
 * them, then it is read back into the plan and checked against the template.
 * Shared by the command line (bytes from disk) and the task pane (bytes from
 * the file picker); the task pane loads it, and exceljs, only on demand.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { t } from "../core/i18n";
import type { Lang } from "../core/model";
import { inspectWorkbookBytes } from "../core/consolidate/inspect";
import { checkIntegrity, type IntegrityFinding } from "../core/consolidate/integrity";
import { readPlan, TemplateError, type ReadResult } from "../core/template/read";
import { tablesOf } from "./workbook";

export interface LoadedWorkbook {
  file: string;
  read: ReadResult;
  integrity: IntegrityFinding[];
  mtime: Date;
}

export type Loaded = { ok: true; wb: LoadedWorkbook } | { ok: false; reason: string };

export async function loadUntrustedBytes(
  name: string,
  bytes: Uint8Array,
  mtime: Date,
  msg: Lang,
  extraContent: boolean
): Promise<Loaded> {
  const inspection = await inspectWorkbookBytes(bytes);
  if (!inspection.ok) {
    return {
      ok: false,
      reason: t(msg, `refuse.${inspection.code}`, { file: name, detail: inspection.detail }),
    };
  }
  const zip = await JSZip.loadAsync(bytes);
  const externalLinks = Object.keys(zip.files).some((n) => n.startsWith("xl/externalLinks/"));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: t(msg, "refuse.not-xlsx", { file: name, detail: "" }) };
  }
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
  return { ok: true, wb: { file: name, read, integrity, mtime } };
}

/** What stops a submission from being merged: cells that cannot be read, duplicate rows. */
export function blockingProblems(wb: LoadedWorkbook): string[] {
  return [
    ...wb.read.problems.map((p) => p.message),
    ...wb.integrity
      .filter((f) => f.rule === "duplicate-row")
      .map((f) => `${f.rule}: ${f.where} ${f.detail}`),
  ];
}
