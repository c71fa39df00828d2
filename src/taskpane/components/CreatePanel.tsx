import { useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import type { Created } from '../../app/create';
import { loaded, withActions } from '../lazy';
import { Failed } from './Failed';
import type { CreatePanelProps, Result } from './types';



/** One button that creates the workbook or updates it in place, and what came of it. */
export function CreatePanel({ lang, disabled, create }: CreatePanelProps) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Result<Created> | null>(null);
  const run = async () => {
    setBusy(true);
    setOutcome(null);
    const r = await withActions(create());
    setOutcome(r);
    setBusy(false);
  };
  return (
    <>
      <Button appearance="primary" disabled={busy || disabled} onClick={() => void run()}>
        {t(lang, 'pane.create')}
      </Button>
      <div aria-live="polite">
        {busy && (
          <Field validationMessage={t(lang, 'pane.working')} validationState="none">
            <ProgressBar />
          </Field>
        )}
        {outcome?.ok && (
          <MessageBar intent="success">
            <MessageBarBody>
              {loaded().describeCreated(outcome.value, lang).map((line) => (
                <div key={line}>{line}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome && !outcome.ok && <Failed failure={outcome} lang={lang} title />}
      </div>
    </>
  );
}
