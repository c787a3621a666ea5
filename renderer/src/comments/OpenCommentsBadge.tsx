/** A speech bubble and "2" on a library row: the letter's comments nobody has resolved yet. */
import { useIntl } from 'react-intl';
import { CommentIcon } from '../ui/icons';

export function OpenCommentsBadge({ count }: { count: number | undefined }) {
  const intl = useIntl();
  if (!count) return null;
  const label = intl.formatMessage(
    {
      id: 'comments.badge.label',
      defaultMessage: '{count, plural, one {# open comment} other {# open comments}}',
    },
    { count },
  );
  return (
    <span className="badge badge--comments" title={label} data-testid="library-open-comments">
      <CommentIcon size={11} />
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
