import type { LetterStatus } from '../../../core/letter';

export function StatusBadge({ status }: { status: LetterStatus }) {
  return (
    <span className={`badge badge--${status}`} data-testid="status-badge">
      {status === 'final' ? 'Final' : 'Draft'}
    </span>
  );
}
