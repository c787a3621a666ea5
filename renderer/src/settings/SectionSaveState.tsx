/** A settings section's save state: "Saved", "Saving…", or why it is not saved. */
import { useIntl } from 'react-intl';
import type { SaveStatus } from '../letter/useAutosave';
import type { EditConflict } from '../ui/useEditConflict';

interface SectionSaveStateProps {
  status: SaveStatus;
  /** A refused save waits for the user's choice (shown beside the section), not for a retry. */
  conflict?: EditConflict | null;
  testId: string;
}

export function SectionSaveState({ status, conflict, testId }: SectionSaveStateProps) {
  const intl = useIntl();
  const text =
    status.kind === 'conflict' || (status.kind === 'error' && conflict)
      ? intl.formatMessage({
          id: 'settings.saveState.conflict',
          defaultMessage: 'Not saved: changed in another window',
        })
      : status.kind === 'error'
        ? intl.formatMessage(
            {
              id: 'settings.saveState.error',
              defaultMessage: 'Not saved: {reason} LetterDesk retries every 5 seconds.',
            },
            { reason: status.message },
          )
        : status.kind === 'saved'
          ? intl.formatMessage({ id: 'settings.saveState.saved', defaultMessage: 'Saved' })
          : intl.formatMessage({ id: 'settings.saveState.saving', defaultMessage: 'Saving…' });
  return (
    <p
      className={`section-save section-save--${status.kind}`}
      data-testid={testId}
      data-state={status.kind}
      role={status.kind === 'error' || status.kind === 'conflict' ? 'alert' : 'status'}
    >
      <span className="save-status__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
