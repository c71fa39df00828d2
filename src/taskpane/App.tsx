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
} from '@fluentui/react-components';
import { t } from '../core/i18n';
import type { Lang } from '../core/model';
import { createOrUpdate, summary, validYears, type ExcelHost, type Outcome, type PlanChoice } from './actions';

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
  const yearsOk = plan !== 'blank' || validYears({ start, end });

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    setOutcome(await createOrUpdate(host, { plan, lang, start, end }));
    setBusy(false);
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
        <div style={{ display: 'flex', gap: 8 }}>
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
      <div aria-live="polite">
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
    </main>
  );
}
