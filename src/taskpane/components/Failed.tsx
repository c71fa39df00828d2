import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model';
import type { Failure } from '../../app/errors';

/** A failure in the planner's language, with the application's own text as details. */
export function Failed({ failure, lang, title }: { failure: Failure; lang: Lang; title?: boolean }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {title && <MessageBarTitle>{t(lang, 'pane.error.title')}</MessageBarTitle>}
        <div>{failure.message}</div>
        {failure.details && (
          <details>
            <summary>{t(lang, 'pane.error.details', { details: '' })}</summary>
            <code>{failure.details}</code>
          </details>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
