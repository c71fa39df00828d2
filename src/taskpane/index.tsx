import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { langFromLocale } from '../core/i18n';
import { App } from './App';
import { officeHost } from './actions';

Office.onReady(() => {
  const root = document.getElementById('app');
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App host={officeHost()} initialLang={langFromLocale(Office.context.displayLanguage)} />
    </FluentProvider>,
  );
});
