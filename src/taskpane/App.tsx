/**
 * The task pane: small components, each given its actions; this file wires
 * them to the use cases (src/app) over the workbook port it is handed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Text, Title3 } from '@fluentui/react-components';
import { t } from '../core/i18n';
import type { Lang } from '../core/model';
import { attempt, explain } from '../app/errors';
import { choosePlan, createOrUpdate, validYears, type PlanChoice } from '../app/create';
import { checkWorkbook, CheckWatcher } from '../app/check';
import { exportForDonors, iatiNow } from '../app/donors';
import { confirmImport, dryRunImport, rollPlanForward, submissionsFrom, type OpenSubmission } from '../app/consolidate';
import { pendingConflicts, settleWith } from '../app/settle-list';
import { submitCopy } from '../app/prepare';
import type { LiveWorkbookPort } from '../app/port';
import { PlanPicker } from './components/PlanPicker';
import { CreatePanel } from './components/CreatePanel';
import { CheckPanel } from './components/CheckPanel';
import { DonorsPanel } from './components/DonorsPanel';
import { ImportPanel } from './components/ImportPanel';
import { SettlePanel } from './components/SettlePanel';
import { RollForwardPanel } from './components/RollForwardPanel';
import { SubmitPanel } from './components/SubmitPanel';
import type { CheckPanelProps, Result, WorkbookAction } from './components/types';

export interface AppProps {
  /** The open workbook (Office.js in Excel, a double in tests). */
  workbook: LiveWorkbookPort;
  /** How a focal point's file is opened (untrusted bytes; loaded on demand). */
  openSubmission: OpenSubmission;
  /** From Office's display language. */
  initialLang: Lang;
}

export function App({ workbook, openSubmission, initialLang }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [plan, setPlan] = useState<PlanChoice>('mali');
  const [start, setStart] = useState(2024);
  const [end, setEnd] = useState(2028);
  const yearsOk = plan !== 'blank' || validYears({ start, end });

  // The page's language is the pane's (screen readers pronounce by it).
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // One busy lock across every action on the workbook: a second is refused
  // while one runs (the ref holds at once; the state redraws the buttons).
  const lock = useRef<WorkbookAction | null>(null);
  const [busy, setBusy] = useState<WorkbookAction | null>(null);
  const exclusive = useCallback(
    async <T,>(action: WorkbookAction, f: () => Promise<Result<T>>): Promise<Result<T>> => {
      if (lock.current)
        return { ok: false, code: 'busy', message: t(lang, 'pane.busy'), details: `${action} while ${lock.current}` };
      lock.current = action;
      setBusy(action);
      try {
        return await f();
      } finally {
        lock.current = null;
        setBusy(null);
      }
    },
    [lang],
  );
  // One change watcher for the pane's life; the pane's own writes are not edits to check.
  const watcher = useMemo(() => new CheckWatcher(workbook, () => lock.current !== null), [workbook]);

  const actions = useMemo(
    () => ({
      create: () =>
        exclusive('create', () =>
          attempt(lang, async () => createOrUpdate(workbook, await choosePlan({ plan, lang, start, end }), lang)),
        ),
      check: () => exclusive('check', () => attempt(lang, () => checkWorkbook(workbook, lang))),
      // Each edit re-checks its rows, where Excel can tell (Excel 2019 and later).
      watch: ((checked, onFindings, onError) =>
        watcher.start(checked, lang, onFindings, (e) => onError(explain(e, lang)))) as CheckPanelProps['watch'],
      select: (sheet: string, cell: string) => workbook.select(sheet, cell),
      exportIati: () => exclusive('export', () => attempt(lang, () => exportForDonors(workbook, { lang, now: iatiNow() }))),
      pending: () => exclusive('settle', () => attempt(lang, () => pendingConflicts(workbook, lang))),
      settle: (decisions: Parameters<typeof settleWith>[1]) =>
        exclusive('settle', () => attempt(lang, () => settleWith(workbook, decisions, { now: new Date().toISOString(), lang }))),
      submit: () =>
        exclusive('submit', () => attempt(lang, () => submitCopy(workbook, { now: new Date().toISOString(), lang }))),
      rollForward: (from: number) =>
        exclusive('roll-forward', () =>
          attempt(lang, () => rollPlanForward(workbook, { from, lang })),
        ),
    }),
    [workbook, watcher, exclusive, lang, plan, start, end],
  );

  return (
    <main lang={lang} style={{ display: 'flex', flexDirection: 'column', gap: 12, padding: 12 }}>
      <Title3 as="h1">{t(lang, 'pane.title')}</Title3>
      <Text>{t(lang, 'pane.intro')}</Text>
      <PlanPicker
        lang={lang}
        plan={plan}
        start={start}
        end={end}
        yearsOk={yearsOk}
        onLang={setLang}
        onPlan={setPlan}
        onStart={setStart}
        onEnd={setEnd}
      />
      <CreatePanel lang={lang} disabled={!yearsOk || busy !== null} create={actions.create} />
      <CheckPanel
        lang={lang}
        disabled={busy !== null}
        check={actions.check}
        watch={actions.watch}
        select={actions.select}
      />
      <DonorsPanel lang={lang} disabled={busy !== null} exportIati={actions.exportIati} />
      <SubmitPanel lang={lang} disabled={busy !== null} submit={actions.submit} />
      <ImportPanel
        lang={lang}
        disabled={busy !== null}
        dryRun={(files, options, onProgress) =>
          exclusive('import', () =>
            attempt(options.lang, () => dryRunImport(workbook, submissionsFrom(files, openSubmission), options, onProgress)),
          )
        }
        confirm={(dry) => exclusive('import', () => attempt(dry.lang, () => confirmImport(workbook, dry)))}
      />
      <SettlePanel lang={lang} disabled={busy !== null} load={actions.pending} settle={actions.settle} />
      <RollForwardPanel
        lang={lang}
        disabled={busy !== null}
        defaultFrom={new Date().getFullYear() - 1}
        rollForward={actions.rollForward}
      />
    </main>
  );
}
