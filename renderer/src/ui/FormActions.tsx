import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

interface FormActionsProps {
  /** Shown above the buttons, read out at once. */
  error?: string | null;
  errorId?: string;
  onCancel: () => void;
  submitLabel: ReactNode;
  busy?: boolean;
  testId: string;
}

/** The end of every form and dialog: its error, then Cancel and the submit button. */
export function FormActions({ error, errorId, onCancel, submitLabel, busy, testId }: FormActionsProps) {
  return (
    <>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onCancel}>
          <FormattedMessage id="ui.form.cancel" defaultMessage="Cancel" />
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid={testId}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
