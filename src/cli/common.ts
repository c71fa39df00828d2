/** What every CLI command shares: I/O, usage errors, option parsing, opening and saving workbooks. */
import path from "path";
import { parseArgs, type ParseArgsConfig } from "util";
import { t } from "../core/i18n";
import { PlanError, type Lang } from "../core/model";
import { TemplateError, type ReadResult } from "../core/template/read";
import { ContentAtRisk, readNational } from "../app/consolidate";
import { openUntrustedFile } from "../xlsx/gate";
import { XlsxWorkbook } from "../xlsx/workbook";

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  env: Record<string, string | undefined>;
}

/** An error the user caused: printed as one line, exit code 2. */
export class UsageError extends Error {}

export function reason(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && (e as { code: string }).code === "ENOENT")
    return "no such file";
  if (e && typeof e === "object" && "code" in e && (e as { code: string }).code === "EISDIR")
    return "it is a folder";
  if (e && typeof e === "object" && "code" in e && (e as { code: string }).code === "EACCES")
    return "permission denied";
  const message = (e as { message?: unknown } | null)?.message;
  return (typeof message === "string" ? message : String(e)).split("\n")[0];
}

export function parse(args: string[], options: NonNullable<ParseArgsConfig["options"]>, msg: Lang) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const m = /'(-[^']+)'/.exec(String((e as { message?: unknown }).message ?? ""));
    const code = (e as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new UsageError(t(msg, "error.missingValue", { option: m?.[1] ?? "" }));
    }
    throw new UsageError(t(msg, "error.unknownOption", { option: m?.[1] ?? String(e) }));
  }
}

/**
 * Open an .xlsx file for reading (to-json, export-iati): through the same
 * gate as every file a command opens (src/xlsx/gate.ts), one line when refused.
 */
export async function openWorkbook(file: string, msg: Lang): Promise<XlsxWorkbook> {
  return openChecked(file, msg);
}

/**
 * Open a workbook someone sent through the gate (src/xlsx/gate.ts: its size
 * before it is read, its bytes before they are parsed). `name` is how
 * messages call it.
 */
export async function openChecked(file: string, msg: Lang, name = file): Promise<XlsxWorkbook> {
  const opened = await openUntrustedFile(file, msg, name);
  if (!opened.ok) throw new UsageError(opened.reason);
  return new XlsxWorkbook(opened.workbook);
}

/**
 * Open the national workbook: checked like a submission, and refused when it
 * holds content a rewrite would drop (cells the reader cannot take, an extra
 * sheet or column).
 */
export async function openNational(
  file: string,
  msg: Lang
): Promise<{ workbook: XlsxWorkbook; read: ReadResult }> {
  const name = path.basename(file);
  const notNational = (why: string) =>
    new UsageError(t(msg, "consolidate.notNational", { file, reason: why }));
  let workbook: XlsxWorkbook;
  try {
    workbook = await openChecked(file, msg, name);
  } catch (e) {
    throw notNational(reason(e));
  }
  try {
    return { workbook, read: await readNational(workbook, msg) };
  } catch (e) {
    if (e instanceof ContentAtRisk)
      throw new UsageError(t(msg, "consolidate.extraContent", { file, what: e.what }));
    if (e instanceof TemplateError)
      throw notNational(`${name}: ${e.message.replace(/^workbook /, "")}`);
    if (e instanceof PlanError) throw notNational(`${name}: ${reason(e)}`);
    throw e;
  }
}

/** Save a workbook to `out`, which must not be one of the input files. */
export async function saveWorkbook(
  workbook: XlsxWorkbook,
  out: string,
  inputs: string[],
  msg: Lang
): Promise<void> {
  const target = path.resolve(out);
  if (inputs.some((f) => path.resolve(f) === target)) {
    throw new UsageError(
      t(msg, "error.writeFile", { file: out, reason: "it is one of the input files" })
    );
  }
  try {
    await workbook.save(out);
  } catch (e) {
    throw new UsageError(t(msg, "error.writeFile", { file: out, reason: reason(e) }));
  }
}
