import { Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import type { PlanChoice } from '../../app/create';
import type { PlanPickerProps } from './types';

/** The language of the workbook and of the pane, and the plan to write. */
export function PlanPicker(p: PlanPickerProps) {
  const { lang } = p;
  return (
    <>
      <Field label={t(lang, 'pane.language')}>
        {/* The browser's own list (Fluent's Select): the Dropdown's popup code was 36 KB gzipped of the first screen. */}
        <Select value={lang} onChange={(_e, d) => p.onLang(d.value === 'fr' ? 'fr' : 'en')}>
          <option value="fr">{t(lang, 'pane.lang.fr')}</option>
          <option value="en">{t(lang, 'pane.lang.en')}</option>
        </Select>
      </Field>
      <Field label={t(lang, 'pane.plan')}>
        <RadioGroup value={p.plan} onChange={(_e, d) => p.onPlan(d.value as PlanChoice)}>
          <Radio value="mali" label={t(lang, 'pane.plan.mali')} />
          <Radio value="example" label={t(lang, 'pane.plan.example')} />
          <Radio value="blank" label={t(lang, 'pane.plan.blank')} />
        </RadioGroup>
      </Field>
      {p.plan === 'blank' && (
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Field label={t(lang, 'pane.start')} validationMessage={p.yearsOk ? undefined : t(lang, 'pane.badYears')}>
            <Input type="number" value={String(p.start)} onChange={(_e, d) => p.onStart(Number(d.value))} />
          </Field>
          <Field label={t(lang, 'pane.end')}>
            <Input type="number" value={String(p.end)} onChange={(_e, d) => p.onEnd(Number(d.value))} />
          </Field>
        </div>
      )}
    </>
  );
}
