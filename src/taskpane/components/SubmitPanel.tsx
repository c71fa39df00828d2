import { useRef, useState } from 'react';
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import type { SubmitPanelProps } from './types';
import { OutcomeLines } from './Outcome';

/** A focal point submits its copy: the submitted-at stamp the TMU's import reads for timeliness. */
export function SubmitPanel({ lang, disabled, submit }: SubmitPanelProps) {
  const [result, setResult] = useState<{ ok: boolean; line: string } | null>(null);
  const writing = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const run = async () => {
    if (writing.current) return;
    writing.current = true;
    setSubmitting(true);
    setResult(null);
    try {
      const r = await submit();
      if (!r.ok) setResult({ ok: false, line: r.message });
      else {
        const { stamp, before } = r.value;
        const values = { code: stamp.focalPoint, year: stamp.year, at: stamp.submittedAt, before };
        setResult({ ok: true, line: t(lang, before ? 'pane.submit.again' : 'pane.submit.done', values) });
      }
    } finally {
      writing.current = false;
      setSubmitting(false);
    }
  };
  return (
    <section aria-label={t(lang, 'pane.submit.title')} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Subtitle2 as="h2">{t(lang, 'pane.submit.title')}</Subtitle2>
      <Text>{t(lang, 'pane.submit.intro')}</Text>
      <Button disabled={disabled || submitting} onClick={() => void run()}>
        {t(lang, 'pane.submit.apply')}
      </Button>
      <div aria-live="polite">
        {result && <OutcomeLines intent={result.ok ? 'success' : 'error'} lines={result.line} />}
      </div>
    </section>
  );
}
