import { useRef, useState } from 'react';
import { Button, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import { loaded, withActions } from '../lazy';
import type { RollForwardPanelProps } from './types';
import { Busy, OutcomeLines } from './Outcome';

/** The annual update: unfinished actions carried into the next year, with what the TMU must look at. */
export function RollForwardPanel({ lang, disabled, defaultFrom, rollForward }: RollForwardPanelProps) {
  const [from, setFrom] = useState(defaultFrom);
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const writing = useRef(false);
  const [rolling, setRolling] = useState(false);
  const valid = Number.isInteger(from) && from >= 1990 && from < 2100;

  const run = async () => {
    if (writing.current) return;
    writing.current = true;
    setRolling(true);
    setResult(null);
    try {
      const r = await withActions(rollForward(from));
      if (!r.ok) setResult({ ok: false, lines: [r.message] });
      else {
        // The outcome exists, so the actions' code (with the words that describe it) is loaded.
        const said = loaded().describeRollForward(r.value, lang);
        setResult({ ok: said.toLook.length === 0, lines: [...said.done, ...said.toLook] });
      }
    } finally {
      writing.current = false;
      setRolling(false);
    }
  };

  return (
    <section aria-label={t(lang, 'pane.roll.title')} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Subtitle2 as="h2">{t(lang, 'pane.roll.title')}</Subtitle2>
      <Field label={t(lang, 'pane.roll.from')}>
        <Input type="number" value={String(from)} onChange={(_e, d) => setFrom(Number(d.value))} />
      </Field>
      <Button disabled={disabled || rolling || !valid} onClick={() => void run()}>
        {t(lang, 'pane.roll.apply', { year: valid ? from + 1 : '…' })}
      </Button>
      <div aria-live="polite">
        {rolling && <Busy label={t(lang, 'pane.roll.writing')} />}
        {result && <OutcomeLines intent={result.ok ? 'success' : 'warning'} lines={result.lines} />}
      </div>
    </section>
  );
}
