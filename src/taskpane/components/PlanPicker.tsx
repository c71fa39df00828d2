import { Dropdown, Field, Input, Option, Radio, RadioGroup } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model';
import type { PlanChoice } from '../../app/create';
import type { PlanPickerProps } from './types';

/** The language of the workbook and of the pane, and the plan to write. */
export function PlanPicker(p: PlanPickerProps) {
  const { lang } = p;
  return (
    <>
      <Field label={t(lang, 'pane.language')}>
        <Dropdown
          value={t(lang, `pane.lang.${lang}`)}
          selectedOptions={[lang]}
          onOptionSelect={(_e, d) => p.onLang((d.optionValue as Lang) ?? lang)}
        >
          <Option value="fr">{t(lang, 'pane.lang.fr')}</Option>
          <Option value="en">{t(lang, 'pane.lang.en')}</Option>
        </Dropdown>
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
