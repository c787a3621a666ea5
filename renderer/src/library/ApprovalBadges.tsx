/** "中 ✓" / "EN ✓": which sides of a letter were reviewed or approved, at a glance. */
import { useIntl } from 'react-intl';
import { defineMessages } from '../../../core/i18n/wording';
import type { LetterSummary } from '../../../core/letter';

const MARK = { draft: '', reviewed: '•', approved: '✓' } as const;

const messages = defineMessages({
  prefaceShort: { id: 'library.approval.prefaceShort', defaultMessage: '中' },
  bodyShort: { id: 'library.approval.bodyShort', defaultMessage: 'EN' },
  prefaceReviewed: { id: 'library.approval.prefaceReviewed', defaultMessage: 'Chinese preface: Reviewed' },
  prefaceApproved: { id: 'library.approval.prefaceApproved', defaultMessage: 'Chinese preface: Approved' },
  bodyReviewed: { id: 'library.approval.bodyReviewed', defaultMessage: 'English letter: Reviewed' },
  bodyApproved: { id: 'library.approval.bodyApproved', defaultMessage: 'English letter: Approved' },
});

export function ApprovalBadges({ approval }: { approval: LetterSummary['approval'] }) {
  const intl = useIntl();
  if (!approval) return null;
  const sides = [
    {
      key: 'preface',
      short: messages.prefaceShort,
      status: approval.preface,
      name: { reviewed: messages.prefaceReviewed, approved: messages.prefaceApproved },
    },
    {
      key: 'body',
      short: messages.bodyShort,
      status: approval.body,
      name: { reviewed: messages.bodyReviewed, approved: messages.bodyApproved },
    },
  ];
  return sides.map((side) => {
    if (side.status === 'draft') return null;
    const name = intl.formatMessage(side.name[side.status]);
    return (
      <span
        key={side.key}
        className={`badge badge--approval badge--${side.status}`}
        title={name}
        aria-label={name}
        data-testid={`library-approval-${side.key}`}
      >
        {intl.formatMessage(side.short)} {MARK[side.status]}
      </span>
    );
  });
}
