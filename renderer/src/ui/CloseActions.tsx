import type { ReactNode } from 'react';

interface CloseActionsProps {
  onClose: () => void;
  /** "Close" or "OK", in the dialog's own words. */
  label: ReactNode;
  testId: string;
}

/** The end of a dialog that only reports (a summary, a list of problems): one button, which closes it. */
export function CloseActions({ onClose, label, testId }: CloseActionsProps) {
  return (
    <div className="dialog__actions">
      <button type="button" className="btn btn--primary" onClick={onClose} data-testid={testId}>
        {label}
      </button>
    </div>
  );
}
