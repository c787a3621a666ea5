import { FormattedMessage } from 'react-intl';
import type { LetterStatus } from '../../../core/letter';

export function StatusBadge({ status }: { status: LetterStatus }) {
  return (
    <span className={`badge badge--${status}`} data-testid="status-badge">
      {status === 'final' ? (
        <FormattedMessage id="library.status.final" defaultMessage="Final" />
      ) : (
        <FormattedMessage id="library.status.draft" defaultMessage="Draft" />
      )}
    </span>
  );
}
