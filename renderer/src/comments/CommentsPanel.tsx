/**
 * The comments beside the two panes: every thread of both sides, open ones
 * first; resolved ones folded away under their count.
 */
import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { threadsInOrder } from '../../../core/comments/threadEdits';
import { CloseIcon } from '../ui/icons';
import { useNow } from '../ui/useNow';
import { ThreadCard } from './ThreadCard';
import type { Comments } from './useComments';

export function CommentsPanel({ comments }: { comments: Comments }) {
  const intl = useIntl();
  const now = useNow();
  const ordered = threadsInOrder(comments.threads);
  const open = ordered.filter((t) => !t.resolved);
  const resolved = ordered.filter((t) => t.resolved);
  const listRef = useRef<HTMLDivElement>(null);

  // The thread just opened (its text clicked, or just written) comes into view.
  const { activeId } = comments;
  useEffect(() => {
    if (!activeId) return;
    listRef.current
      ?.querySelector(`[data-thread-id="${CSS.escape(activeId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  return (
    <aside className="comments-panel" aria-labelledby="comments-panel-title" data-testid="comments-panel">
      <div className="comments-panel__header">
        <h2 id="comments-panel-title" className="comments-panel__title">
          <FormattedMessage id="comments.panel.title" defaultMessage="Comments" />
        </h2>
        <button
          type="button"
          className="icon-btn"
          aria-label={intl.formatMessage({ id: 'comments.panel.close', defaultMessage: 'Close comments' })}
          title={intl.formatMessage({ id: 'comments.panel.close', defaultMessage: 'Close comments' })}
          onClick={comments.closePanel}
        >
          <CloseIcon />
        </button>
      </div>
      <div className="comments-panel__list" ref={listRef}>
        {comments.threads.length === 0 && (
          <p className="comments-panel__empty">
            <FormattedMessage
              id="comments.panel.empty"
              defaultMessage="No comments yet. Select text in either pane and choose Comment."
            />
          </p>
        )}
        {open.map((thread) => (
          <ThreadCard key={thread.id} thread={thread} comments={comments} now={now} />
        ))}
        {resolved.length > 0 && (
          <details className="comments-panel__resolved" data-testid="comments-resolved">
            <summary>
              <FormattedMessage
                id="comments.panel.resolved"
                defaultMessage="{count, plural, one {# resolved comment} other {# resolved comments}}"
                values={{ count: resolved.length }}
              />
            </summary>
            {resolved.map((thread) => (
              <ThreadCard key={thread.id} thread={thread} comments={comments} now={now} />
            ))}
          </details>
        )}
      </div>
    </aside>
  );
}
