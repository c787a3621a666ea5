/** Draft / Reviewed / Approved for one side of the letter, in its pane header. */
import { APPROVAL_LABELS, type ApprovalSide } from '../../../core/approval';
import { APPROVAL_STATUSES, type ApprovalStatus } from '../../../core/letter';

interface ApprovalControlProps {
  side: ApprovalSide;
  value: ApprovalStatus;
  onChange: (status: ApprovalStatus) => void;
}

const TEST_PREFIX: Record<ApprovalSide, string> = { preface: 'approval-zh', body: 'approval-en' };
const GROUP_LABEL: Record<ApprovalSide, string> = {
  preface: 'Chinese preface approval',
  body: 'English letter approval',
};

export function ApprovalControl({ side, value, onChange }: ApprovalControlProps) {
  return (
    <div className="segmented segmented--small" role="group" aria-label={GROUP_LABEL[side]} lang="en">
      {APPROVAL_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className={`segmented__item segmented__item--${status}`}
          aria-pressed={value === status}
          onClick={() => onChange(status)}
          data-testid={`${TEST_PREFIX[side]}-${status}`}
        >
          {APPROVAL_LABELS[status]}
        </button>
      ))}
    </div>
  );
}
