/** A settings section's save state: "Saved", "Saving…", or why it is not saved. */
import type { SaveStatus } from '../letter/useAutosave';
import type { EditConflict } from '../ui/useEditConflict';

interface SectionSaveStateProps {
  status: SaveStatus;
  /** A refused save waits for the user's choice (shown beside the section), not for a retry. */
  conflict?: EditConflict | null;
  testId: string;
}

export function SectionSaveState({ status, conflict, testId }: SectionSaveStateProps) {
  const text =
    status.kind === 'conflict' || (status.kind === 'error' && conflict)
      ? 'Not saved: changed in another window'
      : status.kind === 'error'
        ? `Not saved: ${status.message} LetterDesk retries every 5 seconds.`
        : status.kind === 'saved'
          ? 'Saved'
          : 'Saving…';
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
