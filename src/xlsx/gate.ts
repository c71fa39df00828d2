/**
 * The gate for files on disk (command line only: Node's fs). The file's size
 * is checked before it is read, so a file of gigabytes is never loaded; the
 * bytes then go through `openUntrusted` (src/xlsx/untrusted.ts), the one way
 * in for untrusted workbooks.
 */
import { promises as fs } from "fs";
import path from "path";
import { t } from "../core/i18n";
import type { Lang } from "../core/model";
import { LIMITS, type Limits } from "../core/gate";
import { openUntrusted, type OpenedUntrusted } from "./untrusted";

export type ReadUntrusted =
  | { ok: true; bytes: Uint8Array; mtime: Date }
  | { ok: false; code: "too-large" | "unreadable"; reason: string };

const WHY: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
};

function why(e: unknown): string {
  const { code, message } = (e ?? {}) as { code?: string; message?: unknown };
  if (code && WHY[code]) return WHY[code];
  return (typeof message === "string" ? message : String(e)).split("\n")[0];
}

/** Read a file's bytes if it is no larger than the gate accepts; `name` is what messages call it. */
export async function readUntrustedFile(
  file: string,
  msg: Lang,
  name: string = path.basename(file),
  limits: Limits = LIMITS
): Promise<ReadUntrusted> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > limits.maxFileBytes) {
      const detail = `${stat.size} bytes > ${limits.maxFileBytes}`;
      return {
        ok: false,
        code: "too-large",
        reason: t(msg, "refuse.too-large", { file: name, detail }),
      };
    }
    return { ok: true, bytes: await fs.readFile(file), mtime: stat.mtime };
  } catch (e) {
    return {
      ok: false,
      code: "unreadable",
      reason: t(msg, "error.readFile", { file: name, reason: why(e) }),
    };
  }
}

/** Read a file and open it through the gate: the exceljs workbook, or one line saying why not. */
export async function openUntrustedFile(
  file: string,
  msg: Lang,
  name: string = path.basename(file),
  limits: Limits = LIMITS
): Promise<OpenedUntrusted | Extract<ReadUntrusted, { ok: false }>> {
  const read = await readUntrustedFile(file, msg, name, limits);
  if (!read.ok) return read;
  return openUntrusted(name, read.bytes, msg, limits);
}
