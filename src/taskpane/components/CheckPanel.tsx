import { useState } from 'react';
import { Button, Field, Link, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Text } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import type { Checked } from '../../app/check';
import { loaded, withActions } from '../lazy';
import { Failed } from './Failed';
import type { Failure } from '../../app/errors';
import type { CheckPanelProps, Result } from './types';



/** Check the workbook, and the findings by sheet: choosing one selects its cell. */
export function CheckPanel({ lang, disabled, check, watch, select }: CheckPanelProps) {
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<Result<Checked> | null>(null);
  // A live re-check that failed (an edit Excel reports in a shape the pane cannot read...): shown, never only logged.
  const [liveError, setLiveError] = useState<Failure | null>(null);
  const run = async () => {
    setChecking(true);
    setOutcome(null);
    setLiveError(null);
    const r = await withActions(check());
    setOutcome(r);
    setChecking(false);
    if (r.ok)
      await watch(
        r.value,
        (findings) => {
          setLiveError(null);
          setOutcome((o) => (o?.ok ? { ok: true, value: { ...o.value, findings } } : o));
        },
        setLiveError,
      );
  };
  const findings = outcome?.ok ? outcome.value.findings : [];
  return (
    <>
      <Button disabled={checking || disabled} onClick={() => void run()}>
        {t(lang, 'pane.check')}
      </Button>
      <div aria-live="polite">
        {checking && (
          <Field validationMessage={t(lang, 'pane.checking')} validationState="none">
            <ProgressBar />
          </Field>
        )}
        {outcome && !outcome.ok && <Failed failure={outcome} lang={lang} />}
        {liveError && <Failed failure={liveError} lang={lang} />}
        {outcome?.ok && (
          <section aria-label={t(lang, 'pane.findings')}>
            <MessageBar intent={findings.some((f) => f.severity === 'error') ? 'warning' : 'success'}>
              <MessageBarBody>{loaded().describeCheck(findings, lang, t(lang, 'sheet.report'))}</MessageBarBody>
            </MessageBar>
            {loaded().groupFindings(findings).map((g) => (
              <div key={g.sheet || '-'}>
                <Subtitle2 as="h2">{g.sheet || '—'}</Subtitle2>
                <ul style={{ paddingLeft: 16, margin: 0 }}>
                  {g.findings.map((f, i) => (
                    <li key={`${f.cell}-${f.rule}-${i}`}>
                      <Text weight={f.severity === 'error' ? 'semibold' : 'regular'}>{loaded().severityLabel(f, lang)}: </Text>
                      {f.cell ? (
                        <Link as="button" onClick={() => void select(f.sheet, f.cell)}>
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
      </div>
    </>
  );
}
