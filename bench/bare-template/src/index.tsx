/**
 * The bare task pane the first-screen bench compares ours with: what
 * Microsoft's React task-pane template (OfficeDev/Office-Addin-TaskPane-React)
 * puts on its first screen, written here with the same libraries: React 18
 * and Fluent UI v9 (FluentProvider, a header with an image and a title, a
 * short list with three Fluent icons, a text area and one button that
 * writes to Excel), rendered once Office is ready.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { BarePane } from './BarePane';

void Office.onReady().then(() => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <BarePane heading="Sample add-in" />
    </FluentProvider>,
  );
});
