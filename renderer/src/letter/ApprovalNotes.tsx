/** Why a side dropped back to draft, and whether the preface trails the English letter. */
import { STALE_PREFACE_NOTE } from '../../../core/approval';
import type { Approval } from '../../../core/letter';

export function ApprovalNote({ note, onDismiss }: { note: string; onDismiss: () => void }) {
  if (!note) return null;
  return (
    <div className="approval-note" role="status" data-testid="approval-note" lang="en">
      <span>{note}</span>
      <button type="button" className="btn btn--small" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}

export function StalePrefaceWarning({ approval }: { approval: Approval }) {
  if (!approval.prefaceStale) return null;
  return (
    <p className="approval-stale" role="status" data-testid="preface-stale" lang="en">
      {STALE_PREFACE_NOTE} Review it, then approve it again.
    </p>
  );
}
