/** Draft / Reviewed / Approved for one side of the letter, in its pane header. */
import { useIntl } from 'react-intl';
import { APPROVAL_STATUSES, type ApprovalStatus } from '../../../core/letter';
import type { Side } from '../../../core/sides';
import { APPROVAL_MESSAGES } from './sideMessages';

interface ApprovalControlProps {
  side: Side;
  value: ApprovalStatus;
  onChange: (status: ApprovalStatus) => void;
}

export function ApprovalControl({ side, value, onChange }: ApprovalControlProps) {
  const intl = useIntl();
  return (
    <div
      className="segmented segmented--small"
      role="group"
      aria-label={
        side === 'preface'
          ? intl.formatMessage({
              id: 'letter.approval.groupPreface',
              defaultMessage: 'Chinese preface approval',
            })
          : intl.formatMessage({ id: 'letter.approval.groupBody', defaultMessage: 'English letter approval' })
      }
      // Interface words inside a pane written in the other language.
      lang={intl.locale}
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
          {intl.formatMessage(APPROVAL_MESSAGES[status])}
        </button>
      ))}
    </div>
  );
}
