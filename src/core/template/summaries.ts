/**
 * Summary sheets: native Excel formulas (COUNTIFS, SUMIFS, INDEX/MATCH)
 * over the entry tables, so the numbers stay live in a workbook opened
 * without the add-in. One table per sheet; its rows (pillars,
 * stakeholders, years...) come from the plan, so a refresh (rebuilding the
 * workbook from its own tables) covers what the entry tables have grown to.
 *
 * The semantics follow the pure calculations in src/core/calc (the custom
 * functions): completion rate = completed / (planned - cancelled), postponed
 * actions count as planned and not completed; progress toward target =
 * (actual - baseline) / (target - baseline), which is direction-aware by
 * construction ((baseline - actual) / (baseline - target) for a decrease);
 * indicators to maintain are on track within MAINTAIN_TOLERANCE of target.
 */
import { t, type MessageKey } from '../i18n';
import { planYears, type Lang, type Plan } from '../model';
import { header, listLabel, tableSpecs, type TableKey } from './tables';
import { structCol, type Cell, type SheetKey, type SheetPlan } from './types';

/** An indicator to maintain is on track when within this fraction of its target. */
export const MAINTAIN_TOLERANCE = 0.05;

export const SUMMARY_SHEETS = [
  'sumPillars',
  'sumStakeholders',
  'sumFunding',
  'sumYears',
  'sumRegions',
  'sumIndicators',
  'completeness',
] as const satisfies readonly SheetKey[];
export type SummaryKey = (typeof SUMMARY_SHEETS)[number];

interface SumColumn {
  key: string;
  header: MessageKey;
  headerValues?: Record<string, string | number>;
  width: number;
  numberFormat?: string;
  /** A value for a row... */
  value?: (row: RowCtx) => Cell;
  /** ...or a formula body (without "="). */
  formula?: (row: RowCtx) => string;
}

interface RowCtx {
  /** The row's own key (pillar code, stakeholder code, year...). */
  id: string | number;
  name: string | null;
  extra: Record<string, string | number | null>;
  /** This row's cell in a column of the summary table. */
  here: (key: string) => string;
}

export interface SummarySpec {
  key: SummaryKey;
  table: string;
  title: MessageKey;
  columns: SumColumn[];
  rows: (plan: Plan) => Omit<RowCtx, 'here'>[];
  /** Rows below the table (totals, rates): a label, and a formula over each listed column's data. */
  footer?: { label: MessageKey; columns: string[]; formula: (colRef: string) => string; numberFormat?: string }[];
}

const PCT = '0.0%';
const AMOUNT = '#,##0';
const INT = '0';

/** Build the summary specs for a plan in a language. */
export function summarySpecs(plan: Plan, lang: Lang): SummarySpec[] {
  const specs = tableSpecs(planYears(plan));
  const col = (table: TableKey, key: string) => {
    const s = specs[table];
    const c = s.columns.find((x) => x.key === key);
    if (!c) throw new Error(`no column ${key} in ${table}`);
    return `${s.name}[[#Data],[${structCol(header(lang, c))}]]`;
  };
  const span = (table: TableKey, from: string, to: string) => {
    const s = specs[table];
    const h = (k: string) => structCol(header(lang, s.columns.find((x) => x.key === k)!));
    return `${s.name}[[#Data],[${h(from)}]:[${h(to)}]]`;
  };
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const status = (v: string) => q(listLabel(lang, 'status', v));
  /**
   * A list column ("A; B", "A;B" or "A, B", or one number) holds `x`: the test
   * for each row, as an array, for SUMPRODUCT. Codes hold no spaces.
   */
  const holds = (column: string, x: string) =>
    `ISNUMBER(SEARCH(";"&${x}&";",";"&SUBSTITUTE(SUBSTITUTE(${column}," ",""),",",";")&";"))`;
  const countIn = (column: string, x: string) => `SUMPRODUCT(--${holds(column, x)})`;
  const years = planYears(plan);
  const first = years[0];
  const last = years[years.length - 1];
  const indicatorPillar = new Map<string, string | null>();
  const resultPillar = new Map(plan.results.map((r) => [r.code, r.pillar]));
  const outputPillar = new Map(plan.outputs.map((o) => [o.code, resultPillar.get(o.result) ?? null]));
  for (const i of plan.indicators) {
    indicatorPillar.set(
      i.code,
      i.level === 'objective' ? i.parent : i.level === 'result' ? resultPillar.get(i.parent) ?? null : i.level === 'output' ? outputPillar.get(i.parent) ?? null : null,
    );
  }
  const onTrack = q(t(lang, 'progress.onTrack'));
  const offTrack = q(t(lang, 'progress.offTrack'));
  const noData = q(t(lang, 'progress.noData'));
  const yes = q(t(lang, 'yes'));
  const no = q(t(lang, 'no'));
  const sumOf = (c: string) => `SUM(${c})`;

  const pillars: SummarySpec = {
    key: 'sumPillars',
    table: 'tblSumPillars',
    title: 'sum.pillars.title',
    rows: (p) => p.pillars.map((x) => ({ id: x.code, name: x.name, extra: {} })),
    columns: [
      { key: 'pillar', header: 'col.pillar', width: 8, value: (r) => String(r.id) },
      { key: 'name', header: 'col.name', width: 24, value: (r) => r.name },
      { key: 'planned', header: 'sum.planned', width: 11, numberFormat: INT, formula: (r) => `COUNTIFS(${col('actions', 'pillar')},${r.here('pillar')})` },
      ...(['completed', 'in-progress', 'not-started', 'postponed', 'cancelled'] as const).map((s) => ({
        key: s,
        header: `status.${s}` as MessageKey,
        width: 11,
        numberFormat: INT,
        formula: (r: RowCtx) => `COUNTIFS(${col('actions', 'pillar')},${r.here('pillar')},${col('actions', 'status')},${status(s)})`,
      })),
      {
        key: 'rate',
        header: 'sum.completionRate',
        width: 12,
        numberFormat: PCT,
        formula: (r) =>
          `IF(${r.here('planned')}-${r.here('cancelled')}=0,"",${r.here('completed')}/(${r.here('planned')}-${r.here('cancelled')}))`,
      },
      { key: 'budget', header: 'sum.budget', width: 16, numberFormat: AMOUNT, formula: (r) => `SUMIFS(${col('budget', 'amount')},${col('budget', 'pillar')},${r.here('pillar')})` },
      {
        key: 'share',
        header: 'sum.share',
        width: 10,
        numberFormat: PCT,
        formula: (r) => `IF(SUM(${col('budget', 'amount')})=0,"",${r.here('budget')}/SUM(${col('budget', 'amount')}))`,
      },
      ...([
        ['onTrack', 'progress.onTrack', onTrack],
        ['offTrack', 'progress.offTrack', offTrack],
        ['noData', 'progress.noData', noData],
      ] as const).map(([key, h, label]) => ({
        key,
        header: h as MessageKey,
        width: 11,
        numberFormat: INT,
        formula: (r: RowCtx) => `COUNTIFS(tblSumIndicators[[#Data],[${structCol(t(lang, 'col.pillar'))}]],${r.here('pillar')},tblSumIndicators[[#Data],[${structCol(t(lang, 'col.status'))}]],${label})`,
      })),
    ],
    footer: [{ label: 'sum.total', columns: ['planned', 'completed', 'in-progress', 'not-started', 'postponed', 'cancelled', 'budget', 'onTrack', 'offTrack', 'noData'], formula: sumOf }],
  };

  const stakeholders: SummarySpec = {
    key: 'sumStakeholders',
    table: 'tblSumStakeholders',
    title: 'sum.stakeholders.title',
    rows: (p) => p.stakeholders.map((x) => ({ id: x.code, name: x.name, extra: {} })),
    columns: [
      { key: 'code', header: 'col.stakeholder', width: 13, value: (r) => String(r.id) },
      { key: 'name', header: 'col.name', width: 44, value: (r) => r.name },
      { key: 'budget', header: 'sum.budgetLed', width: 16, numberFormat: AMOUNT, formula: (r) => `SUMIFS(${col('budget', 'amount')},${col('budget', 'lead')},${r.here('code')})` },
      {
        key: 'share',
        header: 'sum.shareOfNap',
        width: 12,
        numberFormat: PCT,
        formula: (r) => `IF(SUM(${col('budget', 'amount')})=0,"",${r.here('budget')}/SUM(${col('budget', 'amount')}))`,
      },
      { key: 'led', header: 'sum.actionsLed', width: 11, numberFormat: INT, formula: (r) => `COUNTIFS(${col('actions', 'lead')},${r.here('code')})` },
      { key: 'partner', header: 'sum.actionsPartner', width: 12, numberFormat: INT, formula: (r) => countIn(col('actions', 'partners'), r.here('code')) },
    ],
    footer: [{ label: 'sum.total', columns: ['budget', 'led'], formula: sumOf }],
  };

  const funding: SummarySpec = {
    key: 'sumFunding',
    table: 'tblSumFunding',
    title: 'sum.funding.title',
    rows: (p) => p.fundingSources.map((x) => ({ id: x.code, name: x.name, extra: { type: listLabel(lang, 'fundingType', x.type) } })),
    columns: [
      { key: 'code', header: 'col.source', width: 13, value: (r) => String(r.id) },
      { key: 'name', header: 'col.name', width: 36, value: (r) => r.name },
      { key: 'type', header: 'col.type', width: 18, value: (r) => r.extra.type },
      { key: 'planned', header: 'col.amount', width: 16, numberFormat: AMOUNT, formula: (r) => `SUMIFS(${col('budget', 'amount')},${col('budget', 'source')},${r.here('code')})` },
      { key: 'secured', header: 'col.secured', width: 16, numberFormat: AMOUNT, formula: (r) => `SUMIFS(${col('budget', 'secured')},${col('budget', 'source')},${r.here('code')})` },
      { key: 'gap', header: 'sum.gap', width: 16, numberFormat: AMOUNT, formula: (r) => `${r.here('planned')}-${r.here('secured')}` },
      {
        key: 'share',
        header: 'sum.share',
        width: 10,
        numberFormat: PCT,
        formula: (r) => `IF(SUM(${col('budget', 'amount')})=0,"",${r.here('planned')}/SUM(${col('budget', 'amount')}))`,
      },
    ],
    footer: [{ label: 'sum.total', columns: ['planned', 'secured', 'gap'], formula: sumOf }],
  };

  const yearsSheet: SummarySpec = {
    key: 'sumYears',
    table: 'tblSumYears',
    title: 'sum.years.title',
    rows: () => years.map((y) => ({ id: y, name: null, extra: {} })),
    columns: [
      { key: 'year', header: 'col.year', width: 8, numberFormat: INT, value: (r) => Number(r.id) },
      { key: 'planned', header: 'col.amount', width: 16, numberFormat: AMOUNT, formula: (r) => `SUMIFS(${col('budget', 'amount')},${col('budget', 'year')},${r.here('year')})` },
      { key: 'secured', header: 'col.secured', width: 16, numberFormat: AMOUNT, formula: (r) => `SUMIFS(${col('budget', 'secured')},${col('budget', 'year')},${r.here('year')})` },
      { key: 'gap', header: 'sum.gap', width: 16, numberFormat: AMOUNT, formula: (r) => `${r.here('planned')}-${r.here('secured')}` },
      { key: 'actions', header: 'sum.actions', width: 10, numberFormat: INT, formula: (r) => countIn(col('actions', 'years'), r.here('year')) },
    ],
    footer: [{ label: 'sum.total', columns: ['planned', 'secured', 'gap'], formula: sumOf }],
  };

  const regions: SummarySpec = {
    key: 'sumRegions',
    table: 'tblSumRegions',
    title: 'sum.regions.title',
    rows: (p) => p.regions.map((x) => ({ id: x.code, name: x.name, extra: {} })),
    columns: [
      { key: 'code', header: 'col.code', width: 10, value: (r) => String(r.id) },
      { key: 'name', header: 'col.name', width: 24, value: (r) => r.name },
      { key: 'actions', header: 'sum.actions', width: 10, numberFormat: INT, formula: (r) => countIn(col('actions', 'regions'), r.here('code')) },
      {
        key: 'budget',
        header: 'sum.budgetRegion',
        width: 18,
        numberFormat: AMOUNT,
        formula: (r) =>
          `SUMPRODUCT(${col('actions', 'total')},--${holds(col('actions', 'regions'), r.here('code'))})`,
      },
    ],
  };

  const ind = (key: string) =>
    `INDEX(${col('indicators', key)},MATCH(tblSumIndicators[[#This Row],[${structCol(t(lang, 'col.indicatorCode'))}]],${col('indicators', 'code')},0))`;
  const latestChain = (prefix: string, pick: (y: number) => string) =>
    // Built from the first year outwards, so the outermost test is the latest year.
    years.reduce((acc, y) => `IF(ISNUMBER(${ind(`${prefix}:${y}`)}),${pick(y)},${acc})`, '""');
  const indicators: SummarySpec = {
    key: 'sumIndicators',
    table: 'tblSumIndicators',
    title: 'sum.indicators.title',
    rows: (p) =>
      p.indicators.map((x) => ({
        id: x.code,
        name: x.text,
        extra: { pillar: indicatorPillar.get(x.code) ?? null, direction: listLabel(lang, 'direction', x.direction), dir: x.direction },
      })),
    columns: [
      { key: 'code', header: 'col.indicatorCode', width: 12, value: (r) => String(r.id) },
      { key: 'pillar', header: 'col.pillar', width: 7, value: (r) => r.extra.pillar },
      { key: 'text', header: 'col.indicator', width: 50, value: (r) => r.name },
      { key: 'direction', header: 'col.direction', width: 10, value: (r) => r.extra.direction },
      { key: 'baseline', header: 'col.baselineValue', width: 11, formula: () => `IF(ISNUMBER(${ind('baselineValue')}),${ind('baselineValue')},"")` },
      { key: 'latestYear', header: 'sum.latestYear', width: 10, numberFormat: INT, formula: () => latestChain('actual', (y) => String(y)) },
      {
        key: 'latest',
        header: 'sum.latestActual',
        width: 11,
        formula: (r) =>
          `IF(${r.here('latestYear')}="","",INDEX(${span('indicators', `actual:${first}`, `actual:${last}`)},MATCH(${r.here('code')},${col('indicators', 'code')},0),${r.here('latestYear')}-${first - 1}))`,
      },
      {
        key: 'target',
        header: 'sum.target',
        width: 11,
        formula: () => `IF(ISNUMBER(${ind('endTarget')}),${ind('endTarget')},${latestChain('target', (y) => ind(`target:${y}`))})`,
      },
      {
        key: 'progress',
        header: 'sum.progress',
        width: 11,
        numberFormat: PCT,
        formula: (r) => {
          const [b, a, tg] = [r.here('baseline'), r.here('latest'), r.here('target')];
          const missing = `OR(NOT(ISNUMBER(${b})),NOT(ISNUMBER(${a})),NOT(ISNUMBER(${tg})))`;
          if (r.extra.dir === 'maintain') {
            return `IF(OR(NOT(ISNUMBER(${a})),NOT(ISNUMBER(${tg}))),"",IF(ABS(${a}-${tg})<=${MAINTAIN_TOLERANCE}*ABS(${tg}),1,0))`;
          }
          return `IF(${missing},"",IF(${tg}=${b},IF(${a}=${tg},1,0),(${a}-${b})/(${tg}-${b})))`;
        },
      },
      {
        key: 'status',
        header: 'col.status',
        width: 12,
        // On track when progress keeps pace with the share of the period elapsed by the latest actual.
        formula: (r) =>
          `IF(${r.here('progress')}="",${noData},IF(${r.here('progress')}>=(${r.here('latestYear')}-${first - 1})/${years.length},${onTrack},${offTrack}))`,
      },
    ],
  };

  const late = q(t(lang, 'sum.late'));
  const onTimeLabel = q(t(lang, 'sum.onTime'));
  const missing = q('—');
  const completenessSheet: SummarySpec = {
    key: 'completeness',
    table: 'tblCompleteness',
    title: 'sum.completeness.title',
    rows: (p) => p.stakeholders.filter((s) => s.committee).map((x) => ({ id: x.code, name: x.name, extra: {} })),
    columns: [
      { key: 'code', header: 'col.stakeholder', width: 13, value: (r) => String(r.id) },
      { key: 'name', header: 'col.name', width: 44, value: (r) => r.name },
      ...years.map((y) => ({
        key: `year:${y}`,
        header: 'sum.yearHeader' as MessageKey,
        headerValues: { year: y },
        width: 10,
        formula: (r: RowCtx) => {
          const base = `${col('submissions', 'focalPoint')},${r.here('code')},${col('submissions', 'year')},${y}`;
          return `IF(COUNTIFS(${base})=0,${missing},IF(COUNTIFS(${base},${col('submissions', 'onTime')},${yes})>0,${onTimeLabel},${late}))`;
        },
      })),
    ],
    footer: [
      {
        label: 'sum.reportingRate',
        columns: years.map((y) => `year:${y}`),
        formula: (c) => `IF(ROWS(${c})=0,"",1-COUNTIF(${c},${missing})/ROWS(${c}))`,
        numberFormat: PCT,
      },
      {
        label: 'sum.onTimeRate',
        columns: years.map((y) => `year:${y}`),
        formula: (c) => `IF(ROWS(${c})=0,"",COUNTIF(${c},${onTimeLabel})/ROWS(${c}))`,
        numberFormat: PCT,
      },
    ],
  };

  return [pillars, stakeholders, funding, yearsSheet, regions, indicators, completenessSheet];
}

/** The first row of a summary table's header (0-based): a title and a note come first. */
export const SUMMARY_TABLE_ROW = 3;
