import { useRef, useState } from 'react';
import { Button, Field, Input, Subtitle2, Text } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import type { DryRun, ImportFile } from '../../app/consolidate';
import type { Created } from '../../app/create';
import { loaded, withActions } from '../lazy';
import type { ImportPanelProps, Result } from './types';
import { Busy, OutcomeLines } from './Outcome';




/** Read a picked file's bytes (FileReader where Blob.arrayBuffer is missing). */
function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(file);
  });
}

/** The TMU's import: pick the focal points' files, see the dry run, then confirm. */
export function ImportPanel({ lang, disabled, dryRun, confirm }: ImportPanelProps) {
  // Blank: the plan's current year, else its last (the use case reads the plan's period).
  const [year, setYear] = useState<number | undefined>(undefined);
  const [deadline, setDeadline] = useState('');
  // The focal point of one unstamped file (a copy the TMU did not prepare), as `--as` does.
  const [as, setAs] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const picker = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const [dry, setDry] = useState<DryRun | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [written, setWritten] = useState<Result<Created> | null>(null);
  // Set at once on the first click (a state would let a double click through before redrawing).
  const writing = useRef(false);
  const [importing, setImporting] = useState(false);
  const validDeadline = deadline === '' || /^\d{4}-\d{2}-\d{2}$/.test(deadline);

  const check = async () => {
    setDry(null);
    setMessage(null);
    setWritten(null);
    const picked: ImportFile[] = [];
    const named = files.length === 1 && as.trim() ? as.trim() : undefined;
    for (const f of files)
      picked.push({ name: f.name, bytes: await bytesOf(f), lastModified: new Date(f.lastModified), as: named });
    const r = await withActions(
      dryRun(picked, { year, deadline: deadline || undefined, now: new Date().toISOString(), lang }, (n, total) =>
        setProgress([n, total]),
      ),
    );
    setProgress(null);
    if (r.ok) setDry(r.value);
    else setMessage(r.message);
  };

  const write = async (dryRun: DryRun) => {
    if (writing.current) return;
    writing.current = true;
    setImporting(true);
    try {
      setWritten(await withActions(confirm(dryRun)));
    } finally {
      writing.current = false;
      setImporting(false);
    }
  };

  return (
    <section aria-label={t(lang, 'pane.import.title')} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Subtitle2 as="h2">{t(lang, 'pane.import.title')}</Subtitle2>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Field label={t(lang, 'pane.import.year')}>
          <Input
            type="number"
            value={year === undefined ? '' : String(year)}
            placeholder={t(lang, 'pane.import.yearDefault')}
            onChange={(_e, d) => setYear(d.value.trim() === '' ? undefined : Number(d.value))}
          />
        </Field>
        <Field label={t(lang, 'pane.import.deadline')} validationMessage={validDeadline ? undefined : 'YYYY-MM-DD'}>
          <Input value={deadline} onChange={(_e, d) => setDeadline(d.value)} />
        </Field>
      </div>
      {/* The browser's own file input speaks the browser's language: a button in the planner's opens it. */}
      <input
        ref={picker}
        type="file"
        multiple
        accept=".xlsx"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
      />
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button onClick={() => picker.current?.click()}>{t(lang, 'pane.import.choose')}</Button>
        <Text aria-live="polite">{t(lang, 'pane.import.chosen', { count: files.length })}</Text>
      </div>
      {files.length === 1 && (
        <Field label={t(lang, 'pane.import.as')} hint={t(lang, 'pane.import.asHint')}>
          <Input value={as} onChange={(_e, d) => setAs(d.value)} />
        </Field>
      )}
      <Button disabled={disabled || !files.length || !validDeadline || progress !== null} onClick={() => void check()}>
        {t(lang, 'pane.import.check')}
      </Button>
      <div aria-live="polite">
        {progress && <Busy label={t(lang, 'pane.import.reading', { n: progress[0] + 1, total: progress[1] })} progress={progress} />}
        {message && <OutcomeLines intent="error" lines={message} />}
        {dry && <OutcomeLines intent={dry.refused.length ? 'warning' : 'info'} lines={loaded().describeDryRun(dry, lang)} />}
        {dry && dry.incoming.length > 0 && !written && (
          <Button appearance="primary" disabled={disabled || importing} onClick={() => void write(dry)}>
            {t(lang, 'pane.import.confirm')}
          </Button>
        )}
        {importing && <Busy label={t(lang, 'pane.import.writing')} />}
        {written && (
          <OutcomeLines
            intent={written.ok ? 'success' : 'error'}
            lines={written.ok ? loaded().describeCreated(written.value, lang).join(' ') : written.message}
          />
        )}
      </div>
    </section>
  );
}
