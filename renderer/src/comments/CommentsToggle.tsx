/** The letter's top-bar button that shows or hides the comments panel, with the open count. */
import { FormattedMessage, useIntl } from 'react-intl';
import { openThreads } from '../../../core/comments/thread';
import { useCommentsContext } from './CommentsContext';

export function CommentsToggle() {
  const intl = useIntl();
  const comments = useCommentsContext();
  if (!comments) return null;
  const open = openThreads(comments.threads);
  return (
    <button
      type="button"
      className="btn"
      onClick={comments.togglePanel}
      // The panel sits beside the editors, which a shown version or compare replaces.
      disabled={comments.reading}
      aria-expanded={comments.panelOpen && !comments.reading}
      data-testid="comments-toggle"
    >
      <FormattedMessage id="letter.topBar.comments" defaultMessage="Comments" />
      {open > 0 && (
        <>
          <span className="count-badge" aria-hidden="true">
            {open}
          </span>
          <span className="sr-only">
            {intl.formatMessage(
              {
                id: 'comments.toggle.open',
                defaultMessage: '({count, plural, one {# open comment} other {# open comments}})',
              },
              { count: open },
            )}
          </span>
        </>
      )}
    </button>
  );
}
