/**
 * The task pane: small components, each given its actions; this file wires
 * them to the use cases (src/app) over the workbook port it is handed.
 */
import { useMemo, useState } from 'react';
import { Text, Title3 } from '@fluentui/react-components';
import { t } from '../core/i18n';
import type { Lang } from '../core/model';
import { attempt } from '../app/errors';
import { choosePlan, createOrUpdate, validYears, type PlanChoice } from '../app/create';
import { checkWorkbook, LiveCheck } from '../app/check';
import { exportForDonors, iatiNow } from '../app/donors';
import { confirmImport, dryRunImport, submissionsFrom, type OpenSubmission } from '../app/consolidate';
import type { LiveWorkbookPort } from '../app/port';
import { PlanPicker } from './components/PlanPicker';
import { CreatePanel } from './components/CreatePanel';
import { CheckPanel } from './components/CheckPanel';
import { DonorsPanel } from './components/DonorsPanel';
import { ImportPanel } from './components/ImportPanel';
import type { CheckPanelProps } from './components/types';

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
  const [creating, setCreating] = useState(false);
  const [checking, setChecking] = useState(false);
  const yearsOk = plan !== 'blank' || validYears({ start, end });

  const actions = useMemo(
    () => ({
      create: () =>
        attempt(lang, async () => createOrUpdate(workbook, await choosePlan({ plan, lang, start, end }), lang)),
      check: () => attempt(lang, () => checkWorkbook(workbook, lang)),
      watch: (async (checked, onFindings) => {
        // Each edit re-checks its rows, where Excel can tell (Excel 2019 and later).
        if (workbook.canWatch()) await new LiveCheck(checked.values, checked.findings, lang).watch(workbook, onFindings);
      }) as CheckPanelProps['watch'],
      select: (sheet: string, cell: string) => workbook.select(sheet, cell),
      exportIati: () => attempt(lang, () => exportForDonors(workbook, { lang, now: iatiNow() })),
    }),
    [workbook, lang, plan, start, end],
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
      <CreatePanel lang={lang} disabled={!yearsOk} onBusy={setCreating} create={actions.create} />
      <CheckPanel
        lang={lang}
        disabled={creating}
        onBusy={setChecking}
        check={actions.check}
        watch={actions.watch}
        select={actions.select}
      />
      <DonorsPanel lang={lang} disabled={creating || checking} exportIati={actions.exportIati} />
      <ImportPanel
        lang={lang}
        dryRun={(files, options, onProgress) =>
          attempt(options.lang, () => dryRunImport(workbook, submissionsFrom(files, openSubmission), options, onProgress))
        }
        confirm={(dry) => attempt(dry.lang, () => confirmImport(workbook, dry))}
      />
    </main>
  );
}
