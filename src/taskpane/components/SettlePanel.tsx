import { useRef, useState } from 'react';
import { Button, Field, Radio, RadioGroup, Subtitle2, Text } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model';
import { loaded, withActions } from '../lazy';
import type { ConflictView, Decision } from '../../app/settle-list';
import type { Result, SettlePanelProps } from './types';
import { Busy, OutcomeLines } from './Outcome';

const LATER = 'later';
const REJECT = 'reject';
const show = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** What was settled and what could not be, one line each. */
function settledLines(r: Awaited<ReturnType<SettlePanelProps['settle']>>, lang: Lang): { ok: boolean; lines: string[] } {
  if (!r.ok) return { ok: false, lines: [r.message] };
  // The outcome exists, so the actions' code (with the words that describe it) is loaded.
  const { describeSettleDone, describeSettleProblems } = loaded();
  const problems = describeSettleProblems(r.value, lang);
  return {
    ok: problems.length === 0,
    lines: [
      t(lang, 'consolidate.settled', { count: r.value.settled.length, ids: r.value.settled.join(', ') || '-' }),
      ...problems,
      ...describeSettleDone(r.value, lang),
    ],
  };
}

/** The TMU settles the pending conflicts from a list: one proposal accepted, all rejected, or later. */
export function SettlePanel({ lang, disabled, load, settle }: SettlePanelProps) {
  const [list, setList] = useState<{ lang: Lang; conflicts: ConflictView[] } | null>(null);
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const writing = useRef(false);
  const [settling, setSettling] = useState(false);

  const show_ = async (keep?: { ok: boolean; lines: string[] }) => {
    const r: Result<{ lang: Lang; conflicts: ConflictView[] }> = await load();
    setChoice({});
    if (r.ok) {
      setList(r.value);
      setMessage(keep ?? null);
    } else setMessage({ ok: false, lines: [...(keep?.lines ?? []), r.message] });
  };

  const chosen = new Map<string, Decision>();
  for (const [id, c] of Object.entries(choice)) if (c !== LATER) chosen.set(id, c === REJECT ? 'reject' : { accept: c });

  const apply = async () => {
    if (writing.current || !chosen.size) return;
    writing.current = true;
    setSettling(true);
    try {
      await show_(settledLines(await withActions(settle(chosen)), lang));
    } finally {
      writing.current = false;
      setSettling(false);
    }
  };

  const wl = list?.lang ?? lang;
  return (
    <section aria-label={t(lang, 'pane.settle.title')} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Subtitle2 as="h2">{t(lang, 'pane.settle.title')}</Subtitle2>
      <Button disabled={disabled || settling} onClick={() => void show_()}>
        {t(lang, 'pane.settle.load')}
      </Button>
      {list && list.conflicts.length === 0 && <Text>{t(lang, 'pane.settle.none')}</Text>}
      {list?.conflicts.map((c) => (
        <Field
          key={c.id}
          label={t(wl, 'pane.settle.conflict', { id: c.id, table: c.table, key: c.key, column: c.column, current: show(c.current) })}
        >
          <RadioGroup value={choice[c.id] ?? LATER} onChange={(_e, d) => setChoice((x) => ({ ...x, [c.id]: d.value }))}>
            {c.proposals.map((p) => (
              <Radio key={p.source} value={p.source} label={t(lang, 'pane.settle.accept', { source: p.source, proposed: show(p.proposed) })} />
            ))}
            <Radio value={REJECT} label={t(lang, 'pane.settle.reject', { current: show(c.current) })} />
            <Radio value={LATER} label={t(lang, 'pane.settle.later')} />
          </RadioGroup>
        </Field>
      ))}
      {list && list.conflicts.length > 0 && (
        <Button appearance="primary" disabled={disabled || settling || chosen.size === 0} onClick={() => void apply()}>
          {t(lang, 'pane.settle.apply', { count: chosen.size })}
        </Button>
      )}
      <div aria-live="polite">
        {settling && <Busy label={t(lang, 'pane.settle.writing')} />}
        {message && <OutcomeLines intent={message.ok ? 'success' : 'warning'} lines={message.lines} />}
      </div>
    </section>
  );
}
