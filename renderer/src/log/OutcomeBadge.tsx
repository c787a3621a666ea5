/** A sending's outcome as a badge in the log; published says whether in full or in part. */
import { useIntl } from 'react-intl';
import type { Outcome } from '../../../core/log/sending';
import { LOG_MESSAGES } from './logMessages';

export function OutcomeBadge({ outcome, overdue }: { outcome: Outcome; overdue: boolean }) {
  const intl = useIntl();
  const text = intl.formatMessage(
    {
      id: 'log.badge.text',
      defaultMessage:
        '{outcome}{extent, select, none {} other { · {extent}}}{overdue, select, yes { · past its reply window} other {}}',
    },
    {
      outcome: intl.formatMessage(LOG_MESSAGES.outcome, { kind: outcome.kind }),
      extent:
        outcome.kind === 'published'
          ? intl.formatMessage(LOG_MESSAGES.extent, { extent: outcome.extent })
          : 'none',
      overdue: overdue ? 'yes' : 'no',
    },
  );
  return (
    <span className={`badge log-badge log-badge--${outcome.kind}`} data-testid="outcome-badge">
      {text}
    </span>
  );
}
