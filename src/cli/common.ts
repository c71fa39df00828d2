/** What every CLI command shares: I/O, usage errors, option parsing, opening workbooks. */
import { promises as fs } from "fs";
import { parseArgs, type ParseArgsConfig } from "util";
import { t } from "../core/i18n";
import type { Lang } from "../core/model";
import { loadWorkbook } from "../xlsx/workbook";

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

/** Open an .xlsx file, with a clear error for anything that is not one. */
export async function openWorkbook(file: string, msg: Lang) {
  let head: Buffer;
  try {
    const fh = await fs.open(file, "r");
    try {
      head = Buffer.alloc(4);
      await fh.read(head, 0, 4, 0);
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw new UsageError(t(msg, "error.readFile", { file, reason: reason(e) }));
  }
  if (head.toString("binary") !== "PK\u0003\u0004")
    throw new UsageError(t(msg, "error.notWorkbook", { file }));
  try {
    return await loadWorkbook(file);
  } catch {
    throw new UsageError(t(msg, "error.notWorkbook", { file }));
  }
}
