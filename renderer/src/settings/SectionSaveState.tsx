/** A settings section's save state: "Saved", "Saving…", or why it is not saved. */
import type { SaveStatus } from '../letter/useAutosave';

export function SectionSaveState({ status, testId }: { status: SaveStatus; testId: string }) {
  const text =
    status.kind === 'error'
      ? `Not saved: ${status.message} LetterDesk retries every 5 seconds.`
      : status.kind === 'saved'
        ? 'Saved'
        : 'Saving…';
  return (
    <p
      className={`section-save section-save--${status.kind}`}
      data-testid={testId}
      data-state={status.kind}
      role={status.kind === 'error' ? 'alert' : 'status'}
    >
      <span className="save-status__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
