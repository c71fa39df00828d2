import { useEffect, useState } from 'react';
import { Button, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import type { IatiOutcome } from '../../app/donors';
import { loaded, withActions } from '../lazy';
import type { DonorsPanelProps, Result } from './types';



/** Export for donors: the IATI file to download, with the findings first. */
export function DonorsPanel({ lang, disabled, exportIati }: DonorsPanelProps) {
  const [outcome, setOutcome] = useState<Result<IatiOutcome> | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => () => void (url && URL.revokeObjectURL?.(url)), [url]);
  const run = async () => {
    setOutcome(null);
    setUrl(null);
    const r = await withActions(exportIati());
    if (r.ok && r.value.ok) setUrl(URL.createObjectURL(new Blob([r.value.xml], { type: 'application/xml' })));
    setOutcome(r);
  };
  const iati = outcome?.ok ? outcome.value : null;
  const message = !outcome ? '' : !outcome.ok ? outcome.message : outcome.value.ok ? t(lang, 'pane.iatiReady') : outcome.value.message;
  return (
    <>
      <Button disabled={disabled} onClick={() => void run()}>
        {t(lang, 'pane.iati')}
      </Button>
      <div aria-live="polite">
        {outcome && (
          <MessageBar intent={iati?.ok ? 'success' : 'error'}>
            <MessageBarBody>
              <div>{message}</div>
              {iati?.findings.map((f) => (
                <div key={f.message}>{loaded().describeIatiFinding(f, lang)}</div>
              ))}
              {iati?.ok && url && (
                <Link href={url} download={iati.fileName}>
                  {t(lang, 'pane.download', { file: iati.fileName })}
                </Link>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
