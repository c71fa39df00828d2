/** The bare pane's screen: header, a short list, a text area and a button (see index.tsx). */
import { useState } from 'react';
import { Button, Field, Image, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Ribbon24Regular, LockOpen24Regular, DesignIdeas24Regular } from '@fluentui/react-icons';
import { writeToFirstCell } from './excel';

const useStyles = makeStyles({
  page: { minHeight: '100vh' },
  header: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    paddingTop: '100px',
    paddingBottom: '30px',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  heading: { fontSize: tokens.fontSizeHero900, fontWeight: tokens.fontWeightRegular },
  features: { display: 'flex', flexDirection: 'column', alignItems: 'center' },
  featuresTitle: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightRegular, paddingInline: '10px' },
  item: { display: 'flex', paddingBottom: '20px', fontSize: tokens.fontSizeBase300 },
  itemIcon: { marginRight: '10px' },
  form: { display: 'flex', flexDirection: 'column', alignItems: 'center' },
  field: { margin: '30px 20px 20px', maxWidth: '50%' },
  hint: { fontWeight: tokens.fontWeightSemibold, marginTop: '20px', marginBottom: '10px' },
});

const FEATURES = [
  { icon: <Ribbon24Regular />, text: 'Work inside your spreadsheet' },
  { icon: <LockOpen24Regular />, text: 'Reach more features' },
  { icon: <DesignIdeas24Regular />, text: 'Build and present your data' },
];

export function BarePane({ heading }: { heading: string }) {
  const s = useStyles();
  const [text, setText] = useState('Hello.');
  return (
    <div className={s.page}>
      <section className={s.header}>
        <Image width="90" height="90" src="assets/logo.png" alt={heading} />
        <h1 className={s.heading}>Welcome</h1>
      </section>
      <div className={s.features}>
        <h2 className={s.featuresTitle}>What this add-in does</h2>
        <ul>
          {FEATURES.map((f) => (
            <li key={f.text} className={s.item}>
              <i className={s.itemIcon}>{f.icon}</i>
              <span>{f.text}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className={s.form}>
        <Field className={s.field} size="large" label="Text to write into cell A1">
          <Textarea size="large" value={text} onChange={(_, d) => setText(d.value)} />
        </Field>
        <Field className={s.hint}>Then click the button.</Field>
        <Button appearance="primary" size="large" onClick={() => void writeToFirstCell(text)}>
          Write to Excel
        </Button>
      </div>
    </div>
  );
}
