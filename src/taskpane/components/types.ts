/**
 * What each task-pane component is given: its actions, as props (a .ts
 * file, so the function types' parameter names are read as types).
 */
import type { Lang } from "../../core/model";
import type { Finding } from "../../core/validate";
import type { Checked } from "../../app/check";
import type { DryRun, ImportFile, ImportOptions } from "../../app/consolidate";
import type { Created, PlanChoice } from "../../app/create";
import type { IatiOutcome } from "../../app/donors";
import type { Failure } from "../../app/errors";
import type { ConflictView, Decision, Settled } from "../../app/settle-list";
import type { RollForward } from "../../core/consolidate/rollforward";
import type { CopyStamp } from "../../core/model";
import type { FocalPoints, PreparedFile } from "../../app/prepare";

/** A use case's result for a screen: its value, or the failure explained. */
export type Result<T> = { ok: true; value: T } | Failure;

/** The actions that share the pane's one busy lock (each reads or writes the workbook). */
export type WorkbookAction =
  "create" | "check" | "export" | "import" | "settle" | "roll-forward" | "submit" | "prepare";

export interface PlanPickerProps {
  lang: Lang;
  plan: PlanChoice;
  start: number;
  end: number;
  yearsOk: boolean;
  onLang: (lang: Lang) => void;
  onPlan: (plan: PlanChoice) => void;
  onStart: (year: number) => void;
  onEnd: (year: number) => void;
}

export interface CreatePanelProps {
  lang: Lang;
  /** Another action is running (the pane's busy lock). */
  disabled: boolean;
  /** Create the workbook, or update in place the template it holds. */
  create: () => Promise<Result<Created>>;
}

export interface CheckPanelProps {
  lang: Lang;
  /** Another action is running (the pane's busy lock). */
  disabled: boolean;
  /** The full check: findings, the report sheet, the cells marked. */
  check: () => Promise<Result<Checked>>;
  /** From then on, check each edit and hand over the findings (or what went wrong, explained). */
  watch: (
    checked: Checked,
    onFindings: (findings: Finding[]) => void,
    onError: (failure: Failure) => void
  ) => Promise<void>;
  /** Select a finding's cell in the workbook. */
  select: (sheet: string, cell: string) => Promise<void>;
}

export interface DonorsPanelProps {
  lang: Lang;
  disabled: boolean;
  /** The IATI XML of the workbook's plan, after its readiness findings. */
  exportIati: () => Promise<Result<IatiOutcome>>;
}

export interface ImportPanelProps {
  lang: Lang;
  /** Another action is running (the pane's busy lock). */
  disabled: boolean;
  /** Read the workbook and the files, merge in memory: nothing is written. */
  dryRun: (
    files: ImportFile[],
    /** Without a year, the plan's current (or last) year. */
    options: Omit<ImportOptions, "year"> & { year?: number },
    onProgress: (done: number, total: number) => void
  ) => Promise<Result<DryRun>>;
  /** Merge again on the workbook as it is now, and write it. */
  confirm: (dry: DryRun) => Promise<Result<Created>>;
}

export interface SettlePanelProps {
  lang: Lang;
  /** Another action is running (the pane's busy lock). */
  disabled: boolean;
  /** The conflicts still pending, as the planner reads them (nothing is written). */
  load: () => Promise<Result<{ lang: Lang; conflicts: ConflictView[] }>>;
  /** Mark the decisions chosen and settle, in one write. */
  settle: (decisions: ReadonlyMap<string, Decision>) => Promise<Result<Settled>>;
}

export interface RollForwardPanelProps {
  lang: Lang;
  disabled: boolean;
  /** The year the panel proposes (the plan's current or last year). */
  defaultFrom: number;
  /** Carry the unfinished actions of `from` and earlier into the next year. */
  rollForward: (from: number) => Promise<Result<Omit<RollForward, "plan">>>;
}

export interface SubmitPanelProps {
  lang: Lang;
  disabled: boolean;
  /** Stamp the open copy as submitted now (a workbook that is not a copy is refused). */
  submit: () => Promise<Result<{ stamp: CopyStamp; before?: string }>>;
}

export interface PreparePanelProps {
  lang: Lang;
  disabled: boolean;
  /** The open national workbook's focal points and years (a copy open is refused). */
  load: () => Promise<Result<FocalPoints>>;
  /** One copy per focal point, made in memory: the open workbook is not changed. */
  prepare: (
    codes: string[],
    year: number,
    onProgress: (done: number, total: number) => void
  ) => Promise<Result<PreparedFile[]>>;
}
