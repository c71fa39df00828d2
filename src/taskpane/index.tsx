/** The one place the task pane meets Office: the workbook port and the display language. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { langFromLocale } from '../core/i18n';
import type { OpenSubmission } from '../app/consolidate';
import { officeDisplayLanguage, officeHost, officeWorkbook, onOfficeReady } from '../office/excel-adapter';
import { App } from './App';

/** Focal points' files are opened with exceljs, which loads with the first import only. */
const openSubmission: OpenSubmission = async (name, bytes, mtime, lang) => {
  const { loadUntrustedBytes } = await import(/* webpackChunkName: "import" */ '../xlsx/untrusted');
  return loadUntrustedBytes(name, bytes, mtime, lang, false);
};

void onOfficeReady().then(() => {
  const root = document.getElementById('app');
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App
        workbook={officeWorkbook(officeHost())}
        openSubmission={openSubmission}
        initialLang={langFromLocale(officeDisplayLanguage())}
      />
    </FluentProvider>,
  );
});
