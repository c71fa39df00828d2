/**
 * What every CLI command shares: I/O, usage errors, option parsing and
 * checking, the language it speaks, opening workbooks. Writing is
 * src/cli/output.ts.
 */
import path from "path";
import { parseArgs, type ParseArgsConfig } from "util";
import { langFromLocale, t } from "../core/i18n";
import { PlanError, type Lang } from "../core/model";
import { readMeta, TemplateError, type ReadResult } from "../core/template/read";
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

/**
 * Refuse, before anything is read, a command line without its one file
 * (`file` names it as the usage does: "NATIONAL.xlsx") or without one of the
 * `required` options (key → how the usage names it: "--for CODE"): one
 * line naming the first missing, in `lang`.
 */
export function requireArgs<V extends object, K extends keyof V & string>(
  lang: Lang,
  positionals: string[],
  file: string,
  values: V,
  required: Record<K, string>
): asserts values is V & { [P in K]-?: NonNullable<V[P]> } {
  if (positionals.length !== 1)
    throw new UsageError(t(lang, "error.missingValue", { option: file }));
  for (const key of Object.keys(required) as K[])
    if (values[key] === undefined)
      throw new UsageError(t(lang, "error.missingValue", { option: required[key] }));
}

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

export function parse<const O extends NonNullable<ParseArgsConfig["options"]>>(
  args: string[],
  options: O,
  msg: Lang
) {
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
 * sheet or column). `lang` is the language the command speaks from then on
 * (see speak): the explicit one, else the workbook's, else `msg`.
 */
export async function openNational(
  file: string,
  msg: Lang,
  explicit?: Lang
): Promise<{ workbook: XlsxWorkbook; read: ReadResult; lang: Lang }> {
  const name = path.basename(file);
  let lang = explicit ?? msg;
  const notNational = (why: string) =>
    new UsageError(t(lang, "consolidate.notNational", { file, reason: why }));
  let workbook: XlsxWorkbook;
  try {
    workbook = await openChecked(file, lang, name);
  } catch (e) {
    throw notNational(reason(e));
  }
  lang = await speak(workbook, explicit, msg);
  try {
    return { workbook, read: await readNational(workbook, lang), lang };
  } catch (e) {
    if (e instanceof ContentAtRisk)
      throw new UsageError(t(lang, "consolidate.extraContent", { file, what: e.what }));
    // A workbook from a newer add-in: the one line that says so (upgrade).
    if (e instanceof TemplateError && e.code === "newer-template")
      throw new UsageError(`${file}: ${e.message}`);
    if (e instanceof TemplateError)
      throw notNational(`${name}: ${e.message.replace(/^workbook /, "")}`);
    if (e instanceof PlanError) throw notNational(`${name}: ${reason(e)}`);
    throw e;
  }
}

/**
 * The language of messages before any workbook is read: NAP1325_LANG, else
 * the locale (LC_ALL, then LC_MESSAGES, then LANG; an empty one is unset).
 */
export function localeLang(env: CliIO["env"]): Lang {
  const set = (v: string | undefined) => (v ? v : undefined);
  return langFromLocale(
    set(env.NAP1325_LANG) ?? set(env.LC_ALL) ?? set(env.LC_MESSAGES) ?? set(env.LANG)
  );
}

/**
 * The language the user asked for in so many words: --lang (checked: "en"
 * or "fr"), else NAP1325_LANG; undefined when only the locale speaks.
 */
export function explicitLang(option: unknown, io: CliIO, msg: Lang): Lang | undefined {
  if (option !== undefined) {
    if (option !== "en" && option !== "fr")
      throw new UsageError(t(msg, "error.badLang", { value: shown(String(option)) }));
    return option;
  }
  return io.env.NAP1325_LANG ? langFromLocale(io.env.NAP1325_LANG) : undefined;
}

/** The language a workbook records in its stamp (tblNapMeta), if it records one. */
export async function workbookLang(workbook: XlsxWorkbook): Promise<Lang | undefined> {
  const lang = readMeta(await workbook.read()).lang;
  return lang === "en" || lang === "fr" ? lang : undefined;
}

/**
 * The one language rule of the command line: --lang (or NAP1325_LANG) wins,
 * then the language of the workbook read, then the locale (`msg`).
 */
export async function speak(
  workbook: XlsxWorkbook,
  explicit: Lang | undefined,
  msg: Lang
): Promise<Lang> {
  return explicit ?? (await workbookLang(workbook)) ?? msg;
}

/** A value as a message shows it: control characters made visible, cut short. */
export function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
  return visible.length > 60 ? `${visible.slice(0, 60)}…` : visible;
}

/** A date option: YYYY-MM-DD, or the French JJ/MM/AAAA, as the ISO date; refused otherwise. */
export function dateOption(option: string, value: string, lang: Lang): string {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const french = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(v); // JJ/MM/AAAA
  const [y, mo, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : french
      ? [french[3], french[2], french[1]]
      : [];
  if (y !== undefined) {
    const [year, month, day] = [Number(y), Number(mo), Number(d)];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (
      year >= 1990 &&
      year <= 2100 &&
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day
    )
      return date.toISOString().slice(0, 10);
  }
  throw new UsageError(t(lang, "error.badDate", { option, value: shown(value) }));
}

/** --now: an ISO date and time (a date alone is midnight UTC); refused otherwise. */
export function nowOption(value: string | undefined, lang: Lang): string {
  if (value === undefined) return new Date().toISOString();
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value
  );
  let ok = false;
  try {
    ok =
      m !== null && dateOption("--now", m[1], lang) === m[1] && Number.isFinite(Date.parse(value));
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError(t(lang, "error.badNow", { value: shown(value) }));
  return value;
}

/** A year option: four digits, from `start` to `end`; refused otherwise. */
export function yearOption(
  option: string,
  value: string,
  range: { start: number; end: number },
  lang: Lang
): number {
  const year = /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(year >= range.start && year <= range.end))
    throw new UsageError(t(lang, "error.badYear", { option, value: shown(value), ...range }));
  return year;
}

/** The longest name --by takes. */
export const MAX_NAME = 200;

/** A person's name (settle --by): at most MAX_NAME characters, no control or direction characters. */
export function nameOption(option: string, value: string, lang: Lang): string {
  const name = value.trim();
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
  if (!name || [...name].length > MAX_NAME || bad.test(name))
    throw new UsageError(t(lang, "error.badName", { option, max: MAX_NAME }));
  return name;
}
