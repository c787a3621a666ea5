/**
 * The save state in the top bar: "Saving…" or "Saved". When a save fails, or
 * is refused as a conflict, the bar shows "Not saved" and a banner below it
 * says why, in full, until a later save succeeds (the `save-status` test id
 * moves to the banner).
 */
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { SaveStatus } from './useAutosave';

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

export function SaveStatusIndicator({ status }: { status: SaveStatus }) {
  const isError = status.kind === 'error' || status.kind === 'conflict';
  return (
    <div
      className={`save-status save-status--${status.kind}`}
      data-testid={isError ? undefined : 'save-status'}
      data-state={status.kind}
      role="status"
      aria-live="polite"
    >
      <span className="save-status__dot" aria-hidden="true" />
      <span className="save-status__text">
        {isError ? (
          <FormattedMessage id="letter.save.notSaved" defaultMessage="Not saved" />
        ) : status.kind === 'saved' ? (
          <FormattedMessage id="letter.save.saved" defaultMessage="Saved" />
        ) : (
          <FormattedMessage id="letter.save.saving" defaultMessage="Saving…" />
        )}
      </span>
    </div>
  );
}

/** Autosave is paused until the user chooses which version to keep; the button reopens the choice. */
export function ConflictBanner({ onResolve }: { onResolve: () => void }) {
  return (
    <div className="save-error" role="alert" data-testid="save-status" data-state="conflict">
      <span className="save-error__text">
        <FormattedMessage
          id="letter.save.conflictBanner"
          defaultMessage="<strong>Your latest changes are not saved.</strong> This letter was changed in another window or program. They are kept in this window until you choose which version to keep."
          values={{ strong }}
        />
      </span>
      <button type="button" className="btn btn--small" onClick={onResolve} data-testid="conflict-reopen">
        <FormattedMessage id="letter.save.choose" defaultMessage="Choose…" />
      </button>
    </div>
  );
}

export function SaveErrorBanner({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="save-error" role="alert" data-testid="save-status" data-state="error">
      <span className="save-error__text">
        <FormattedMessage
          id="letter.save.errorBanner"
          defaultMessage="<strong>Your latest changes are not saved.</strong> {message} They are kept in this window and LetterDesk retries every 5 seconds."
          values={{ strong, message }}
        />
      </span>
      <button type="button" className="btn btn--small" onClick={onRetry}>
        <FormattedMessage id="letter.save.retry" defaultMessage="Retry now" />
      </button>
    </div>
  );
}
