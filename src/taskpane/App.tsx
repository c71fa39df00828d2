import { useState } from 'react';
import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  Title3,
  Link,
  Subtitle2,
} from '@fluentui/react-components';
import { t } from '../core/i18n';
import type { Lang } from '../core/model';
import {
  exportIati,
  type IatiOutcome,
  checkWorkbook,
  createOrUpdate,
  groupFindings,
  summary,
  validYears,
  type CheckOutcome,
  type ExcelHost,
  type Outcome,
  type PlanChoice,
} from './actions';
import { LIVE_API, selectCell, watchSheets } from '../office/excel-adapter';
import { LiveCheck } from './actions';
import { ImportPanel } from './ImportPanel';

export interface AppProps {
  host: ExcelHost;
  /** From Office's display language. */
  initialLang: Lang;
}

export function App({ host, initialLang }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [plan, setPlan] = useState<PlanChoice>('mali');
  const [start, setStart] = useState(2024);
  const [end, setEnd] = useState(2028);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [check, setCheck] = useState<CheckOutcome | null>(null);
  const [checking, setChecking] = useState(false);
  const [iati, setIati] = useState<(IatiOutcome & { url?: string }) | null>(null);

  const runIati = async () => {
    setIati(null);
    const r = await exportIati(host, lang, new Date().toISOString().replace(/\.\d+Z$/, "Z"));
    setIati(r.ok ? { ...r, url: URL.createObjectURL(new Blob([r.xml], { type: "application/xml" })) } : r);
  };
  const yearsOk = plan !== 'blank' || validYears({ start, end });

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    setOutcome(await createOrUpdate(host, { plan, lang, start, end }));
    setBusy(false);
  };

  const runCheck = async () => {
    setChecking(true);
    setCheck(null);
    const result = await checkWorkbook(host, lang);
    setCheck(result);
    setChecking(false);
    // From now on each edit re-checks its rows (Excel 2019 and later).
    if (result.ok && host.supports(LIVE_API)) {
      const live = new LiveCheck(result.values, result.findings, lang);
      await host.run((context) =>
        watchSheets(context, live.sheets(), (sheet, address) => {
          void live.changed(host, sheet, address).then((findings) => setCheck((c) => (c?.ok ? { ...c, findings } : c)));
        }),
      );
    }
  };

  return (
    <main lang={lang} style={{ display: 'flex', flexDirection: 'column', gap: 12, padding: 12 }}>
      <Title3 as="h1">{t(lang, 'pane.title')}</Title3>
      <Text>{t(lang, 'pane.intro')}</Text>
      <Field label={t(lang, 'pane.language')}>
        <Dropdown
          value={t(lang, `pane.lang.${lang}`)}
          selectedOptions={[lang]}
          onOptionSelect={(_e, d) => setLang((d.optionValue as Lang) ?? lang)}
        >
          <Option value="fr">{t(lang, 'pane.lang.fr')}</Option>
          <Option value="en">{t(lang, 'pane.lang.en')}</Option>
        </Dropdown>
      </Field>
      <Field label={t(lang, 'pane.plan')}>
        <RadioGroup value={plan} onChange={(_e, d) => setPlan(d.value as PlanChoice)}>
          <Radio value="mali" label={t(lang, 'pane.plan.mali')} />
          <Radio value="example" label={t(lang, 'pane.plan.example')} />
          <Radio value="blank" label={t(lang, 'pane.plan.blank')} />
        </RadioGroup>
      </Field>
      {plan === 'blank' && (
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Field label={t(lang, 'pane.start')} validationMessage={yearsOk ? undefined : t(lang, 'pane.badYears')}>
            <Input type="number" value={String(start)} onChange={(_e, d) => setStart(Number(d.value))} />
          </Field>
          <Field label={t(lang, 'pane.end')}>
            <Input type="number" value={String(end)} onChange={(_e, d) => setEnd(Number(d.value))} />
          </Field>
        </div>
      )}
      <Button appearance="primary" disabled={busy || !yearsOk} onClick={() => void run()}>
        {t(lang, 'pane.create')}
      </Button>
      <Button disabled={busy || checking} onClick={() => void runCheck()}>
        {t(lang, 'pane.check')}
      </Button>
      <Button disabled={busy || checking} onClick={() => void runIati()}>
        {t(lang, "pane.iati")}
      </Button>
      <div aria-live="polite">
        {iati && (
          <MessageBar intent={iati.ok ? "success" : "error"}>
            <MessageBarBody>
              <div>{iati.ok ? t(lang, "pane.iatiReady") : iati.message}</div>
              {iati.findings.map((f) => (
                <div key={f.message}>{f.message}</div>
              ))}
              {iati.ok && iati.url && (
                <Link href={iati.url} download={iati.fileName}>
                  {t(lang, "pane.download", { file: iati.fileName })}
                </Link>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {checking && (
          <Field validationMessage={t(lang, 'pane.checking')} validationState="none">
            <ProgressBar />
          </Field>
        )}
        {check && !check.ok && (
          <MessageBar intent="error">
            <MessageBarBody>{check.message}</MessageBarBody>
          </MessageBar>
        )}
        {check?.ok && (
          <section aria-label={t(lang, 'pane.findings')}>
            <MessageBar intent={check.findings.some((f) => f.severity === 'error') ? 'warning' : 'success'}>
              <MessageBarBody>
                {check.findings.length
                  ? t(lang, 'pane.checked', {
                      errors: check.findings.filter((f) => f.severity === 'error').length,
                      warnings: check.findings.filter((f) => f.severity === 'warning').length,
                      sheet: t(lang, 'sheet.report'),
                    })
                  : t(lang, 'v.none')}
              </MessageBarBody>
            </MessageBar>
            {groupFindings(check.findings).map((g) => (
              <div key={g.sheet || '-'}>
                <Subtitle2 as="h2">{g.sheet || '—'}</Subtitle2>
                <ul style={{ paddingLeft: 16, margin: 0 }}>
                  {g.findings.map((f, i) => (
                    <li key={`${f.cell}-${f.rule}-${i}`}>
                      <Text weight={f.severity === 'error' ? 'semibold' : 'regular'}>
                        {t(lang, `severity.${f.severity}`)}
                        {f.acknowledged ? ` ${t(lang, 'v.acknowledged')}` : ''}:{' '}
                      </Text>
                      {f.cell ? (
                        <Link as="button" onClick={() => void host.run((ctx) => selectCell(ctx, f.sheet, f.cell))}>
                          {f.message}
                        </Link>
                      ) : (
                        <Text>{f.message}</Text>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        )}
        {busy && (
          <Field validationMessage={t(lang, 'pane.working')} validationState="none">
            <ProgressBar />
          </Field>
        )}
        {outcome?.ok && (
          <MessageBar intent="success">
            <MessageBarBody>
              {summary(outcome, lang).map((line) => (
                <div key={line}>{line}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome && !outcome.ok && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t(lang, 'pane.error.title')}</MessageBarTitle>
              <div>{outcome.message}</div>
              <details>
                <summary>{t(lang, 'pane.error.details', { details: '' })}</summary>
                <code>{outcome.details}</code>
              </details>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ImportPanel host={host} lang={lang} />
    </main>
  );
}
