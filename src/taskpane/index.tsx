/** The one place the task pane meets Office: the workbook port and the display language. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { langFromLocale, loadFirstScreen } from '../core/i18n';
import type { OpenSubmission } from '../app/consolidate';
import { onOfficeReady } from '../office/ready';
import { displayLanguage } from '../office/display-language';
import { App } from './App';

/** Focal points' files are opened with exceljs, which loads with the first import only. */
const openSubmission: OpenSubmission = async (name, bytes, mtime, lang) => {
  const { loadUntrustedBytes } = await import(/* webpackChunkName: "import" */ '../xlsx/untrusted');
  return loadUntrustedBytes(name, bytes, mtime, lang, false);
};

// The first screen's messages in the pane's language (a few KB in their own
// chunk: taskpane.html starts fetching the likely one beside this file) load
// before the first screen; the whole catalogues come with the code behind the
// buttons (first click), a language's alone when the planner switches to it.
void onOfficeReady()
  .then(async () => {
    // Office's display language; outside Office (a browser), the browser's, as taskpane.html guesses.
    const lang = langFromLocale(displayLanguage() ?? navigator.language);
    await loadFirstScreen(lang);
    return lang;
  })
  .then((lang) => {
    const root = document.getElementById('app');
    if (!root) return;
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        {/* The Office.js adapter loads with the actions, on the first click. */}
        <App workbook={(actions) => actions.officePort()} openSubmission={openSubmission} initialLang={lang} />
      </FluentProvider>,
    );
  });
