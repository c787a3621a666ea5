/** Shown in a pane whose stored text could not be opened: nothing is overwritten. */
import { useIntl } from 'react-intl';
import type { Side } from '../../../core/sides';
import { defineMessages } from '../../../core/i18n/wording';

const MESSAGES = defineMessages({
  preface: {
    id: 'letter.loadError.preface',
    defaultMessage:
      'The Chinese preface could not be opened: {message}. It is kept unchanged on disk and this pane is read-only; the rest of the letter can still be edited and exported. Opening the letter with a newer LetterDesk may show it.',
  },
  body: {
    id: 'letter.loadError.body',
    defaultMessage:
      'The English letter could not be opened: {message}. It is kept unchanged on disk and this pane is read-only; the rest of the letter can still be edited and exported. Opening the letter with a newer LetterDesk may show it.',
  },
  template: {
    id: 'letter.loadError.template',
    defaultMessage:
      'The template could not be opened: {message}. It is kept unchanged on disk and this pane is read-only; the rest of the letter can still be edited and exported. Opening the letter with a newer LetterDesk may show it.',
  },
});

/** `what` could not be opened: one side of a letter, or a template's text. */
export function LoadErrorNote({ what, message }: { what: Side | 'template'; message: string }) {
  const intl = useIntl();
  return (
    <p className="pane__error" role="alert" lang={intl.locale}>
      {intl.formatMessage(MESSAGES[what], { message })}
    </p>
  );
}
