import { promises as fs } from "fs";
import { RollForwardRefused } from "../core/consolidate/rollforward";
import { UpgradeBlocked } from "../core/template/upgrade";
import { t } from "../core/i18n";
import { parsePlan, PlanError, type Lang, type Plan } from "../core/model";
import { withExampleOperationalPlan } from "../core/plans/example-operational-plan";
import { TemplateError } from "../core/template/read";
import { createOrUpdate, embeddedPlan, readWorkbookPlan } from "../app/create";
import { XlsxWorkbook } from "../xlsx/workbook";
import {
  explicitLang,
  localeLang,
  openWorkbook,
  parse,
  reason,
  speak,
  UsageError,
  type CliIO,
} from "./common";
import { checkOutput, saveWorkbook, writeOutput } from "./output";

export { openWorkbook, parse, reason, UsageError, type CliIO };
import { consolidateCommand, rollForwardCommand, settleCommand } from "./commands/consolidate";
import { refreshCommand } from "./commands/refresh";
import { upgradeCommand } from "./commands/upgrade";
import { prepareCommand } from "./commands/prepare";
import { submitCommand } from "./commands/submit";
import { approveCommand } from "./commands/approve";
import { validateCommand } from "./commands/validate";
import { exportIatiCommand } from "./commands/export-iati";

const HELP = `nap1325: NAP 1325 results workbooks

  nap1325 build [--plan PLAN.json] [--lang en|fr] [--example] --out FILE.xlsx
      Write the workbook template for the embedded Mali NAP 2019-2023,
      or for a plan given as JSON. --example adds the fictitious example
      operational plan (for demonstrations and tests).
  nap1325 to-json FILE.xlsx [--out PLAN.json] [--lang en|fr]
      Read a NAP workbook back into a plan (JSON).
  nap1325 export-iati FILE.xlsx --out FILE.xml [--lang en|fr]
      The plan, budgets and results as IATI 2.03 XML for donors.
  nap1325 validate FILE.xlsx [--json] [--lang en|fr] [--report OUT.xlsx]
      Check every entry; print the findings; exit 1 when there are errors.
      --report writes a copy with a report sheet and the cells marked.
  nap1325 refresh FILE.xlsx [--out OUT.xlsx] [--lang en|fr]
      Bring the summary sheets up to date with the entry tables (in place
      unless --out is given; entry cells are never changed).
  nap1325 upgrade FILE.xlsx [--out OUT.xlsx | --in-place] [--lang en|fr]
      Bring a workbook made with an older template to this one, every typed
      value carried; the copy goes next to it (NAME-v2.xlsx) unless --out
      or --in-place (which keeps the older sheets in it, hidden).
  nap1325 prepare NATIONAL.xlsx --for CODE... --out DIR [--year YEAR] [--lang en|fr]
      One stamped copy per focal point (DIR/NAP1325-CODE-YEAR.xlsx): its own
      rows open, others' indicators locked and others' actions shaded.
  nap1325 submit COPY.xlsx [--out OUT.xlsx] [--lang en|fr]
      The focal point submits its copy: the submission time is stamped in it.
  nap1325 consolidate NATIONAL.xlsx FILES... --out OUT.xlsx [--dry-run]
          [--year YEAR] [--deadline YYYY-MM-DD|DD/MM/YYYY] [--as CODE] [--lang en|fr]
      Merge focal points' copies into the national workbook: who sent each
      comes from its copy stamp (--as CODE names the focal point of a single
      unstamped file); provenance kept, disagreements listed as conflicts.
  nap1325 approve NATIONAL.xlsx --for CODE --year YEAR --out OUT.xlsx
          [--return "COMMENT" | --reopen] [--lang en|fr]
      Accept a focal point's submission for a year (its values are then
      locked against imports), return it with a comment, or reopen it.
  nap1325 settle NATIONAL.xlsx --out OUT.xlsx [--by NAME] [--lang en|fr]
      Apply the TMU's decisions on conflicts (Accept/Reject), keeping a record.
  nap1325 roll-forward NATIONAL.xlsx --from YEAR --out OUT.xlsx [--lang en|fr]
      Annual update: carry unfinished actions of YEAR into the next year.
  nap1325 help

  Messages: --lang wins, then NAP1325_LANG, then the language of the
  workbook read, then the locale (LC_ALL, LC_MESSAGES, LANG).
  No output is ever written over an input file, nor through a link onto one;
  every output is written whole (a temporary file renamed) or not at all.`;

async function loadPlanFile(file: string, msg: Lang): Promise<Plan> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (e) {
    throw new UsageError(t(msg, "error.readFile", { file, reason: reason(e) }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(t(msg, "error.notJson", { file, reason: reason(e) }));
  }
  try {
    return parsePlan(json);
  } catch (e) {
    throw new UsageError(t(msg, "error.invalidPlan", { file, reason: reason(e) }));
  }
}

async function build(args: string[], io: CliIO, locale: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      plan: { type: "string" },
      lang: { type: "string" },
      out: { type: "string", short: "o" },
      example: { type: "boolean" },
    },
    locale
  );
  let msg = locale;
  if (positionals.length)
    throw new UsageError(t(msg, "error.unknownOption", { option: positionals[0] }));
  if (!values.out) throw new UsageError(t(msg, "error.missingValue", { option: "--out" }));
  const started = Date.now();
  const explicit = values.lang === undefined ? undefined : explicitLang(values.lang, io, msg);
  if (explicit) msg = explicit;
  const out = String(values.out);
  const inputs = values.plan ? [String(values.plan)] : [];
  await checkOutput(out, inputs, msg);
  let plan = values.plan ? await loadPlanFile(String(values.plan), msg) : await embeddedPlan(false);
  if (values.example) plan = withExampleOperationalPlan(plan);
  const langArg = explicit ?? plan.languages[0];
  if (langArg !== "en" && langArg !== "fr")
    throw new UsageError(t(msg, "error.badLang", { value: langArg }));
  const lang: Lang = langArg;
  const workbook = XlsxWorkbook.empty();
  const { written } = await createOrUpdate(workbook, plan, lang);
  await saveWorkbook(workbook, out, inputs, msg);
  io.out(
    t(msg, "msg.built", {
      file: out,
      sheets: written.sheets,
      indicators: plan.indicators.length,
      actions: plan.actions.length,
      ms: Date.now() - started,
    })
  );
  return 0;
}

async function toJson(args: string[], io: CliIO, locale: Lang): Promise<number> {
  const { values, positionals } = parse(
    args,
    { out: { type: "string", short: "o" }, lang: { type: "string" } },
    locale
  );
  if (positionals.length !== 1) throw new UsageError(HELP);
  const explicit = explicitLang(values.lang, io, locale);
  const file = positionals[0];
  const out = values.out === undefined ? undefined : String(values.out);
  if (out !== undefined) await checkOutput(out, [file], explicit ?? locale);
  const wb = await openWorkbook(file, explicit ?? locale);
  const msg = await speak(wb, explicit, locale);
  let result;
  try {
    result = await readWorkbookPlan(wb, msg);
  } catch (e) {
    if (e instanceof TemplateError || e instanceof PlanError) {
      throw new UsageError(`${file}: ${e.message.replace(/^workbook: /, "")}`);
    }
    throw e;
  }
  for (const p of result.problems) io.err(p.message);
  const json = JSON.stringify(result.plan, null, 2);
  if (out !== undefined) await writeOutput(out, json + "\n", [file], msg);
  else io.out(json);
  return result.problems.length ? 1 : 0;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  // The language of messages until a command reads a workbook (see speak in common.ts).
  const msg = localeLang(io.env);
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "build":
        return await build(rest, io, msg);
      case "to-json":
        return await toJson(rest, io, msg);
      case "export-iati":
        return await exportIatiCommand(rest, io, msg);
      case "validate":
        return await validateCommand(rest, io, msg);
      case "refresh":
        return await refreshCommand(rest, io, msg);
      case "upgrade":
        return await upgradeCommand(rest, io, msg);
      case "prepare":
        return await prepareCommand(rest, io, msg);
      case "submit":
        return await submitCommand(rest, io, msg);
      case "approve":
        return await approveCommand(rest, io, msg);
      case "consolidate":
        return await consolidateCommand(rest, io, msg);
      case "settle":
        return await settleCommand(rest, io, msg);
      case "roll-forward":
        return await rollForwardCommand(rest, io, msg);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(t(msg, "error.unknownCommand", { command }));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`nap1325: ${e.message}`);
      return 2;
    }
    // A write that would change a typed cell, a roll-forward outside the period: one line, nothing written.
    if (e instanceof UpgradeBlocked) {
      const what = [
        ...e.problems.map((p) => p.message),
        ...e.addedColumns.map((c) => `${c.table}[${c.column}]`),
      ].join("; ");
      io.err(`nap1325: ${t(msg, "error.nothingWritten", { what })}`);
      return 2;
    }
    if (e instanceof RollForwardRefused) {
      io.err(`nap1325: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
