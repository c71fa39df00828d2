/**
 * The task pane: small components, each given its actions; this file wires
 * them to the use cases (src/app) over the workbook port it is handed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Text, Title3 } from '@fluentui/react-components';
import { hasCatalogue, loadCatalogue, t } from '../core/i18n';
import type { Lang } from '../core/model';
import type { PlanChoice } from '../app/create';
import { validYears } from '../app/years';
import type { CheckWatcher } from '../app/check';
import type { OpenSubmission } from '../app/consolidate';
import type { Decision } from '../app/settle-list';
import type { LiveWorkbookPort } from '../app/port';
import { loadActions, type ActionBody, type Loaded, type PortFrom } from './lazy';
import { PlanPicker } from './components/PlanPicker';
import { CreatePanel } from './components/CreatePanel';
import { CheckPanel } from './components/CheckPanel';
import { DonorsPanel } from './components/DonorsPanel';
import { ImportPanel } from './components/ImportPanel';
import { SettlePanel } from './components/SettlePanel';
import { RollForwardPanel } from './components/RollForwardPanel';
import { SubmitPanel } from './components/SubmitPanel';
import { PreparePanel } from './components/PreparePanel';
import type { NewCopyTarget } from '../app/prepare';
import type { CheckPanelProps, PreparePanelProps, Result, WorkbookAction } from './components/types';

export interface AppProps {
  /**
   * The open workbook (Office.js in Excel, a double in tests), or how to get
   * it on the first action (the Office.js adapter loads with the actions).
   */
  workbook: LiveWorkbookPort | PortFrom;
  /** How a focal point's file is opened (untrusted bytes; loaded on demand). */
  openSubmission: OpenSubmission;
  /** From Office's display language. */
  initialLang: Lang;
  /** Where a focal point's copy is made (in memory, exceljs: loaded with the first Prepare). */
  newCopy?: NewCopyTarget;
}

/** The copies are written with exceljs, which loads with the first import or prepare only. */
const copyInMemory: NewCopyTarget = async (national) =>
  (await import(/* webpackChunkName: "import" */ '../xlsx/copy')).copyInMemory(national);

export function App({ workbook, openSubmission, initialLang, newCopy = copyInMemory }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [plan, setPlan] = useState<PlanChoice>('mali');
  const [start, setStart] = useState(2024);
  const [end, setEnd] = useState(2028);
  const yearsOk = plan !== 'blank' || validYears({ start, end });

  // The other language's whole catalogue loads the first time the planner
  // picks it (the pane starts with its own first screen's texts only; the
  // whole catalogues also come with the code behind the buttons); the last pick wins.
  const asked = useRef<Lang>(initialLang);
  const chooseLang = useCallback((l: Lang) => {
    asked.current = l;
    if (hasCatalogue(l)) return setLang(l);
    loadCatalogue(l).then(
      () => {
        if (asked.current === l) setLang(l);
      },
      () => undefined, // not fetched (the connection dropped): the pane stays in its language
    );
  }, []);

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
  // The code behind the buttons (with the Office.js adapter) loads on the
  // first action, inside the busy lock, so the button shows it is working.
  // One change watcher for the pane's life; the pane's own writes are not edits to check.
  const load = useMemo(() => {
    let port: LiveWorkbookPort | undefined;
    let watcher: CheckWatcher | undefined;
    return async (): Promise<Loaded> => {
      const m = await loadActions();
      port ??= typeof workbook === 'function' ? workbook(m) : workbook;
      watcher ??= new m.CheckWatcher(port, () => lock.current !== null);
      return { m, wb: port, watcher };
    };
  }, [workbook]);
  const act = useCallback(
    <T,>(action: WorkbookAction, l: Lang, body: ActionBody<T>): Promise<Result<T>> =>
      exclusive(action, async () => {
        let a: Loaded;
        try {
          a = await load();
        } catch (e) {
          // The actions' code could not be fetched (the connection dropped): nothing was done.
          return { ok: false, code: 'unknown', message: t(l, 'pane.error.unknown'), details: String(e) };
        }
        return a.m.attempt(l, () => body(a));
      }),
    [exclusive, load],
  );

  const actions = useMemo(
    () => ({
      create: () =>
        act('create', lang, async ({ m, wb }) => m.createOrUpdate(wb, await m.choosePlan({ plan, lang, start, end }), lang)),
      check: () => act('check', lang, ({ m, wb }) => m.checkWorkbook(wb, lang)),
      // Each edit re-checks its rows, where Excel can tell (Excel 2019 and later).
      watch: (async (checked, onFindings, onError) => {
        const { m, watcher } = await load();
        return watcher.start(checked, lang, onFindings, (e) => onError(m.explain(e, lang)));
      }) as CheckPanelProps['watch'],
      select: async (sheet: string, cell: string) => (await load()).wb.select(sheet, cell),
      exportIati: () => act('export', lang, ({ m, wb }) => m.exportForDonors(wb, { lang, now: m.iatiNow() })),
      pending: () => act('settle', lang, ({ m, wb }) => m.pendingConflicts(wb, lang)),
      settle: (decisions: ReadonlyMap<string, Decision>) =>
        act('settle', lang, ({ m, wb }) => m.settleWith(wb, decisions, { now: new Date().toISOString(), lang })),
      submit: () => act('submit', lang, ({ m, wb }) => m.submitCopy(wb, { now: new Date().toISOString(), lang })),
      focalPoints: () => act('prepare', lang, ({ m, wb }) => m.focalPointsOf(wb, lang)),
      prepare: ((codes, year, onProgress) =>
        act('prepare', lang, ({ m, wb }) =>
          m.prepareCopies(wb, codes, { year, now: new Date().toISOString(), lang }, newCopy, onProgress),
        )) as PreparePanelProps['prepare'],
      rollForward: (from: number) => act('roll-forward', lang, ({ m, wb }) => m.rollPlanForward(wb, { from, lang })),
    }),
    [act, load, lang, plan, start, end, newCopy],
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
        onLang={chooseLang}
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
      <PreparePanel lang={lang} disabled={busy !== null} load={actions.focalPoints} prepare={actions.prepare} />
      <ImportPanel
        lang={lang}
        disabled={busy !== null}
        dryRun={(files, options, onProgress) =>
          act('import', options.lang, ({ m, wb }) =>
            m.dryRunImport(wb, m.submissionsFrom(files, openSubmission), options, onProgress),
          )
        }
        confirm={(dry) => act('import', dry.lang, ({ m, wb }) => m.confirmImport(wb, dry))}
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
