import { Field, MessageBar, MessageBarBody, ProgressBar, Text, type MessageBarIntent } from '@fluentui/react-components';

/**
 * An action's state under its button, as every panel shows it: a busy bar
 * saying what runs (with its progress when it counts files), then the
 * outcome's lines in a message bar. One component, so the panels cannot drift.
 */
export function Busy({ label, progress }: { label: string; progress?: readonly [number, number] }) {
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar {...(progress ? { value: progress[1] ? progress[0] / progress[1] : 0 } : {})} />
    </Field>
  );
}

/** An outcome of one or more lines, each on a line of its own. */
export function OutcomeLines({ intent, lines }: { intent: MessageBarIntent; lines: readonly string[] | string }) {
  const all = typeof lines === 'string' ? [lines] : lines;
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>
        {all.map((line, i) => (
          <Text key={`${i}-${line}`} block>
            {line}
          </Text>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
