/** tblNapMeta (very hidden sheet _NAP): the template version stamp and the plan's identity. */
import type { CellValue } from "../template/types";
import { column, type TableDef } from "./column";

/** Raised when the structure of the template changes; old workbooks are upgraded in place. */
export const TEMPLATE_VERSION = 1;

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
    return META_KEYS.map((k) => ({ key: k, value: values[k] }));
  },
  read: (rows, draft) => {
    for (const r of rows) {
      if (typeof r.key === "string" && !Array.isArray(r.value)) draft.meta[r.key] = r.value ?? null;
    }
  },
};
