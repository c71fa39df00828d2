/**
 * Every file the command line writes goes through here, so that it never
 * writes over what it must not:
 *
 * - The output is never one of the input files, nor a link onto one: real
 *   paths (fs.realpath) and file identity (device and inode, so a hard link
 *   is caught too) are compared, and a refusal is one line before anything
 *   is written.
 * - The output is written whole or not at all: to a temporary file in the
 *   directory of the real target, flushed to the disk (fsync), then renamed
 *   over it. A file replaced keeps its mode; a symbolic link is written
 *   through (its target is replaced, the link stays a link).
 * - SIGINT, SIGTERM or SIGHUP while a temporary file exists removes it
 *   before the process dies of the signal: an interrupted run leaves the
 *   target as it was (or absent), never truncated, and no temporary file.
 *
 * For tests only: NAP1325_TEST_PAUSE_BEFORE_RENAME=PATH makes a write stop
 * after the temporary file is complete, write PATH.ready (holding the
 * temporary file's name) and wait until PATH exists before renaming, so a
 * test can interrupt a write at a known state instead of after a guessed delay.
 */
import { randomBytes } from "crypto";
import { existsSync, promises as fs, unlinkSync, type Stats } from "fs";
import path from "path";
import { t } from "../core/i18n";
import type { Lang } from "../core/model";
import type { XlsxWorkbook } from "../xlsx/workbook";
import { reason, UsageError } from "./common";

/** Where a write lands, once links are followed. */
export interface OutputTarget {
  /** The path as the user gave it (for messages). */
  given: string;
  /** The file actually replaced or created: links followed. */
  real: string;
  /** The target's stat when it exists already. */
  existing?: Stats;
}

/** Follow a chain of symbolic links whose last target may not exist yet. */
async function followLinks(file: string): Promise<string> {
  let at = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let st: Stats;
    try {
      st = await fs.lstat(at);
    } catch {
      break; // the end of the chain: a file still to be created
    }
    if (!st.isSymbolicLink()) break;
    at = path.resolve(path.dirname(at), await fs.readlink(at));
  }
  // The folder must exist; its own real path (links in it followed).
  return path.join(await fs.realpath(path.dirname(at)), path.basename(at));
}

interface Identity {
  file: string;
  real: string;
  dev: number;
  ino: number;
}

async function identity(file: string): Promise<Identity | undefined> {
  try {
    const st = await fs.stat(file);
    return { file, real: await fs.realpath(file), dev: st.dev, ino: st.ino };
  } catch {
    return undefined; // an input that cannot be read is refused when it is read
  }
}

/**
 * Resolve `out` and refuse it (one line, nothing written) when it is, or
 * leads to, one of `inputs`. `sameAsInput` words the refusal when a command
 * has its own (validate --report).
 */
export async function checkOutput(
  out: string,
  inputs: string[],
  lang: Lang,
  sameAsInput?: (input: string) => string
): Promise<OutputTarget> {
  if (!out) throw new UsageError(t(lang, "error.missingValue", { option: "--out" }));
  const cannot = (why: string) =>
    new UsageError(t(lang, "error.writeFile", { file: out, reason: why }));
  let existing: Stats | undefined;
  try {
    existing = await fs.stat(out);
  } catch (e) {
    if ((e as { code?: string }).code !== "ENOENT") throw cannot(reason(e));
  }
  if (existing?.isDirectory()) throw cannot(reason({ code: "EISDIR" }));
  let real: string;
  try {
    real = existing ? await fs.realpath(out) : await followLinks(out);
  } catch (e) {
    throw cannot(reason(e));
  }
  for (const input of await Promise.all(inputs.map(identity))) {
    if (!input) continue;
    const same =
      input.real === real ||
      (existing !== undefined && existing.dev === input.dev && existing.ino === input.ino);
    if (same) {
      throw new UsageError(
        sameAsInput
          ? sameAsInput(input.file)
          : t(lang, "error.outIsInput", { file: out, input: input.file })
      );
    }
  }
  return { given: out, real, existing };
}

// Temporary files being written, removed if a signal ends the process.
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // renamed already, or never created
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Die of the signal itself, as the shell expects (exit status 128 + its number).
  process.kill(process.pid, signal);
}

function track(temp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** The test hook: announce the temporary file, then wait for the go-ahead file. */
async function pauseForTest(temp: string): Promise<void> {
  const hook = process.env.NAP1325_TEST_PAUSE_BEFORE_RENAME;
  if (!hook) return;
  await fs.writeFile(`${hook}.ready.part`, temp);
  await fs.rename(`${hook}.ready.part`, `${hook}.ready`); // whole when it appears
  while (!existsSync(hook)) await new Promise((r) => setTimeout(r, 10));
}

/** Write `data` to the target whole: a temporary file beside the real target, fsync, rename. */
async function replaceAtomically(target: OutputTarget, data: string | Uint8Array): Promise<void> {
  const { real, existing } = target;
  if (existing && !existing.isFile()) {
    // A device or a pipe (--out /dev/stdout): nothing to replace, written as a stream.
    await fs.writeFile(target.given, data);
    return;
  }
  const dir = path.dirname(real);
  const temp = path.join(
    dir,
    // (the name cut short: the temporary name must fit where the target's does)
    `.${path.basename(real).slice(0, 200)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`
  );
  track(temp);
  try {
    const handle = await fs.open(temp, "wx", existing ? existing.mode & 0o7777 : 0o666);
    try {
      await handle.writeFile(data);
      if (existing) {
        await handle.chmod(existing.mode & 0o7777); // the mode exactly, whatever the umask
        if (process.getuid?.() === 0)
          await handle.chown(existing.uid, existing.gid).catch(() => undefined);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await pauseForTest(temp);
    await fs.rename(temp, real);
    untrack(temp);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    untrack(temp);
    throw e;
  }
  // The rename itself on the disk (not every system can sync a folder).
  try {
    const d = await fs.open(dir, "r");
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    // best effort
  }
}

/**
 * Write `data` to `out`, refused (one line, nothing written) when `out` is
 * or leads to one of `inputs`. Pass no inputs to replace a file in place.
 */
export async function writeOutput(
  out: string,
  data: string | Uint8Array,
  inputs: string[],
  lang: Lang,
  sameAsInput?: (input: string) => string
): Promise<void> {
  const target = await checkOutput(out, inputs, lang, sameAsInput);
  try {
    await replaceAtomically(target, data);
  } catch (e) {
    throw new UsageError(t(lang, "error.writeFile", { file: out, reason: reason(e) }));
  }
}

/** Save a workbook to `out`, which must not be, nor lead to, one of the input files. */
export async function saveWorkbook(
  workbook: XlsxWorkbook,
  out: string,
  inputs: string[],
  lang: Lang,
  sameAsInput?: (input: string) => string
): Promise<void> {
  // Checked before the workbook is packed: a refusal costs nothing.
  await checkOutput(out, inputs, lang, sameAsInput);
  await writeOutput(out, await workbook.buffer(), inputs, lang, sameAsInput);
}
