/**
 * After an export or an email hand-off: "Did you send it to <paper>?", asked
 * once, in a bar above the letter rather than a modal dialog, so the officer
 * can finish what they were doing and answer later, or dismiss it.
 */
import { FormattedMessage, useIntl } from 'react-intl';
import { CloseIcon } from '../ui/icons';

interface SentPromptProps {
  /** The paper the letter is addressed to; '' when it names none. */
  paper: string;
  onMarkSent: () => void;
  onDismiss: () => void;
}

export function SentPrompt({ paper, onMarkSent, onDismiss }: SentPromptProps) {
  const intl = useIntl();
  return (
    <div
      className="sent-prompt"
      role="region"
      aria-label={intl.formatMessage({ id: 'log.prompt.label', defaultMessage: 'Was it sent?' })}
      data-testid="sent-prompt"
    >
      <p className="sent-prompt__text" role="status">
        <FormattedMessage
          id="log.prompt.question"
          defaultMessage="{hasPaper, select, yes {Did you send it to {paper}?} other {Did you send it to a paper?}}"
          values={{ hasPaper: paper ? 'yes' : 'no', paper: <span translate="no">{paper}</span> }}
        />
      </p>
      <button type="button" className="btn btn--primary" onClick={onMarkSent} data-testid="sent-prompt-yes">
        <FormattedMessage id="log.prompt.markSent" defaultMessage="Mark as sent…" />
      </button>
      <button type="button" className="btn" onClick={onDismiss} data-testid="sent-prompt-no">
        <FormattedMessage id="log.prompt.notYet" defaultMessage="Not yet" />
      </button>
      <button
        type="button"
        className="notice__close"
        aria-label={intl.formatMessage({ id: 'log.prompt.dismiss', defaultMessage: 'Dismiss' })}
        onClick={onDismiss}
      >
        <CloseIcon size={14} />
      </button>
    </div>
  );
}
