/** "中 ✓" / "EN ✓": which sides of a letter were reviewed or approved, at a glance. */
import { APPROVAL_LABELS } from '../../../core/approval';
import type { LetterSummary } from '../../../core/letter';
import { SIDE_NAMES } from '../../../core/sides';

const MARK = { draft: '', reviewed: '•', approved: '✓' } as const;

export function ApprovalBadges({ approval }: { approval: LetterSummary['approval'] }) {
  if (!approval) return null;
  const sides = [
    { key: 'preface', short: '中', name: SIDE_NAMES.preface, status: approval.preface },
    { key: 'body', short: 'EN', name: SIDE_NAMES.body, status: approval.body },
  ].filter((side) => side.status !== 'draft');
  return sides.map((side) => (
    <span
      key={side.key}
      className={`badge badge--approval badge--${side.status}`}
      title={`${side.name}: ${APPROVAL_LABELS[side.status]}`}
      aria-label={`${side.name}: ${APPROVAL_LABELS[side.status]}`}
      data-testid={`library-approval-${side.key}`}
    >
      {side.short} {MARK[side.status]}
    </span>
  ));
}
