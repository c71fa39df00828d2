import { useEffect, useRef, useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { t } from "../../core/i18n";
import type { FocalPoints, PreparedFile } from "../../app/prepare";
import { withActions } from "../lazy";
import type { PreparePanelProps } from "./types";
import { Busy, OutcomeLines } from './Outcome';

interface Offered {
  year: number;
  files: { file: PreparedFile; url: string }[];
}

/**
 * The TMU prepares the focal points' copies from the open national workbook
 * (issue 15 point 7), as `nap1325 prepare` does: each copy is made in memory
 * and offered as a download named as the command line names it.
 */
export function PreparePanel({ lang, disabled, load, prepare }: PreparePanelProps) {
  const [points, setPoints] = useState<FocalPoints | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  // Blank: the plan's current year, else its last (as the import defaults).
  const [year, setYear] = useState<number | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  const [offered, setOffered] = useState<Offered | null>(null);
  const [progress, setProgress] = useState<[number, number] | null>(null);
  // Set at once on the first click (a state would let a double click through before redrawing).
  const working = useRef(false);
  useEffect(() => () => offered?.files.forEach((f) => URL.revokeObjectURL?.(f.url)), [offered]);

  const list = async () => {
    setMessage(null);
    setOffered(null);
    const r = await load();
    if (r.ok) {
      setPoints(r.value);
      setChosen(new Set());
    } else {
      setPoints(null);
      setMessage(r.message);
    }
  };

  const target = year ?? points?.year;
  const yearOk =
    points !== null &&
    target !== undefined &&
    Number.isInteger(target) &&
    target >= points.period.start &&
    target <= points.period.end;

  const run = async () => {
    if (working.current || !points || !yearOk || !chosen.size) return;
    working.current = true;
    setMessage(null);
    setOffered(null);
    setProgress([0, chosen.size]);
    try {
      const codes = [...points.stakeholders, ...points.regions]
        .map((p) => p.code)
        .filter((c) => chosen.has(c));
      const r = await withActions(prepare(codes, target!, (n, total) => setProgress([n, total])));
      if (r.ok)
        setOffered({
          year: target!,
          files: r.value.map((file) => ({
            file,
            url: URL.createObjectURL(
              new Blob([file.bytes as Uint8Array<ArrayBuffer>], {
                type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              })
            ),
          })),
        });
      else setMessage(r.message);
    } finally {
      working.current = false;
      setProgress(null);
    }
  };

  const toggle = (code: string, on: boolean) =>
    setChosen((was) => {
      const next = new Set(was);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });

  const group = (label: string, xs: FocalPoints["stakeholders"]) =>
    xs.length > 0 && (
      // Not a Field: it would give each checkbox the one control id.
      <div role="group" aria-label={label} style={{ display: "flex", flexDirection: "column" }}>
        <Text weight="semibold">{label}</Text>
        {xs.map((p) => (
          <Checkbox
            key={p.code}
            label={`${p.code} — ${p.name}`}
            checked={chosen.has(p.code)}
            onChange={(_e, d) => toggle(p.code, d.checked === true)}
          />
        ))}
      </div>
    );

  const busy = progress !== null;
  return (
    <section
      aria-label={t(lang, "pane.prepare.title")}
      style={{ display: "flex", flexDirection: "column", gap: 8 }}
    >
      <Subtitle2 as="h2">{t(lang, "pane.prepare.title")}</Subtitle2>
      <Text>{t(lang, "pane.prepare.intro")}</Text>
      <Button disabled={disabled || busy} onClick={() => void list()}>
        {t(lang, "pane.prepare.load")}
      </Button>
      {points && (
        <>
          {group(t(lang, "pane.prepare.stakeholders"), points.stakeholders)}
          {group(t(lang, "pane.prepare.regions"), points.regions)}
          <Text aria-live="polite">{t(lang, "pane.prepare.chosen", { count: chosen.size })}</Text>
          <Field
            label={t(lang, "pane.prepare.year")}
            validationMessage={
              yearOk ? undefined : t(lang, "pane.prepare.yearRange", points.period)
            }
          >
            <Input
              type="number"
              value={year === undefined ? "" : String(year)}
              placeholder={String(points.year)}
              onChange={(_e, d) => setYear(d.value.trim() === "" ? undefined : Number(d.value))}
            />
          </Field>
          <Button
            appearance="primary"
            disabled={disabled || busy || !yearOk || !chosen.size}
            onClick={() => void run()}
          >
            {t(lang, "pane.prepare.apply")}
          </Button>
        </>
      )}
      <div aria-live="polite">
        {progress && (
          <Busy
            label={t(lang, "pane.prepare.making", {
              n: Math.min(progress[0] + 1, progress[1]),
              total: progress[1],
            })}
            progress={progress}
          />
        )}
        {message && <OutcomeLines intent="error" lines={message} />}
        {offered && (
          <MessageBar intent="success">
            <MessageBarBody>
              <div>
                {t(lang, "pane.prepare.done", { count: offered.files.length, year: offered.year })}
              </div>
              {offered.files.map(({ file, url }) => (
                <div key={file.file}>
                  <Link href={url} download={file.file}>
                    {t(lang, "pane.download", { file: file.file })}
                  </Link>{" "}
                  <Text>
                    ({t(lang, "pane.prepare.file", { code: file.code, copyId: file.stamp.copyId })})
                  </Text>
                </div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
