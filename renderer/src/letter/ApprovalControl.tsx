/** Draft / Reviewed / Approved for one side of the letter, in its pane header. */
import { APPROVAL_LABELS } from '../../../core/approval';
import { APPROVAL_STATUSES, type ApprovalStatus } from '../../../core/letter';
import { SIDE_NAMES, type Side } from '../../../core/sides';

interface ApprovalControlProps {
  side: Side;
  value: ApprovalStatus;
  onChange: (status: ApprovalStatus) => void;
}

export function ApprovalControl({ side, value, onChange }: ApprovalControlProps) {
  return (
    <div
      className="segmented segmented--small"
      role="group"
      aria-label={`${SIDE_NAMES[side]} approval`}
      lang="en"
    >
      {APPROVAL_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className={`segmented__item segmented__item--${status}`}
          aria-pressed={value === status}
          onClick={() => onChange(status)}
          data-testid={`approval-${side}-${status}`}
        >
          {APPROVAL_LABELS[status]}
        </button>
      ))}
    </div>
  );
}
