/**
 * tblNapMeta (very hidden sheet _NAP): the template version stamp, the plan's
 * identity and, in a focal point's copy only, the copy's stamp (copy id,
 * focal point, reporting year, when prepared and when submitted). A workbook
 * without the copy's keys reads as before: they are optional.
 */
import type { CopyStamp } from "../model";
import type { CellValue } from "../template/types";
import { column, type TableDef } from "./column";

/**
 * Raised when the structure of the template changes; old workbooks are upgraded
 * (src/app/upgrade.ts), a newer one is refused by every reader (readStamp).
 * 1: the first releases; 2: tblValues, tblChanges, the stakeholders' IATI
 * reference, the SDG mapping's status columns, the copies' stamp.
 */
export const TEMPLATE_VERSION = 2;

export const META_KEYS = [
  "templateVersion",
  "lang",
  "planId",
  "title",
  "country",
  "countryCode",
  "periodStart",
  "periodEnd",
  "languages",
  "currency",
  "source",
  "example",
  "levelScale",
  // Languages in which the plan's sentences are a working translation ("fr"), kept across a rewrite.
  "workingTranslation",
] as const;

/** The copy's stamp: written only in a focal point's copy (prepare), the last when it submits. */
export const STAMP_KEYS = [
  "copyId",
  "focalPoint",
  // Regional plans: "region" when the focal point is a region of tblRegions, else "stakeholder".
  "focalPointKind",
  "reportingYear",
  "preparedAt",
  "submittedAt",
] as const;

const stampText = (v: CellValue | undefined): string | undefined =>
  typeof v === "string" && v.trim() ? v.trim() : undefined;

/**
 * The copy's stamp as the meta table holds it, or undefined when the
 * workbook is not a prepared copy (no copy id, focal point and whole year).
 * A date that is not ISO text is left out (the import then falls back to
 * the package's own date).
 */
export function copyStampOf(m: Record<string, CellValue>): CopyStamp | undefined {
  const copyId = stampText(m.copyId);
  const focalPoint = stampText(m.focalPoint);
  const y = m.reportingYear;
  const year =
    typeof y === "number" ? y : typeof y === "string" && /^\s*\d{4}\s*$/.test(y) ? Number(y) : NaN;
  if (!copyId || !focalPoint || !Number.isInteger(year) || year < 1990 || year > 2100)
    return undefined;
  const date = (v: CellValue | undefined) => {
    const d = stampText(v);
    return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d : undefined;
  };
  const kind = stampText(m.focalPointKind);
  return {
    copyId: copyId.slice(0, 64),
    focalPoint,
    focalPointKind:
      kind === "region" ? "region" : kind === "stakeholder" ? "stakeholder" : undefined,
    year,
    preparedAt: date(m.preparedAt),
    submittedAt: date(m.submittedAt),
  };
}

export const meta: TableDef = {
  key: "meta",
  name: "tblNapMeta",
  sheet: "meta",
  growable: false,
  protect: true,
  optional: false,
  columns: () => [
    column("key", "col.key", "text", { width: 20 }),
    column("value", "col.value", "any", { width: 60 }),
  ],
  rows: (plan, lang) => {
    const values: Record<(typeof META_KEYS)[number], CellValue> = {
      templateVersion: TEMPLATE_VERSION,
      lang,
      planId: plan.id,
      title: plan.title,
      country: plan.country,
      countryCode: plan.countryCode,
      periodStart: plan.period.start,
      periodEnd: plan.period.end,
      languages: plan.languages.join(";"),
      currency: plan.currency,
      source: plan.source ?? null,
      example: plan.example,
      levelScale: JSON.stringify(plan.levelScale),
      workingTranslation: plan.workingTranslation.join(";") || null,
    };
    const stamp = plan.stamp;
    const stamped: Record<(typeof STAMP_KEYS)[number], CellValue> | undefined = stamp && {
      copyId: stamp.copyId,
      focalPoint: stamp.focalPoint,
      focalPointKind: stamp.focalPointKind ?? null,
      reportingYear: stamp.year,
      preparedAt: stamp.preparedAt ?? null,
      submittedAt: stamp.submittedAt ?? null,
    };
    return [
      ...META_KEYS.map((k) => ({ key: k, value: values[k] })),
      ...(stamped ? STAMP_KEYS.map((k) => ({ key: k, value: stamped[k] })) : []),
    ];
  },
  read: (rows, draft) => {
    for (const r of rows) {
      if (typeof r.key === "string" && !Array.isArray(r.value)) draft.meta[r.key] = r.value ?? null;
    }
  },
};
