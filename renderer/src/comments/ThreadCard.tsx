/**
 * One thread in the comments panel: the text it is on (or that this text was
 * deleted), its comments, a reply box, and resolve / reopen. Clicking the
 * card shows its text in the editor.
 */
import { useState, type MouseEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CommentThread } from '../../../core/comments/thread';
import { SIDE_LANGUAGE } from '../../../core/sides';
import { SIDE_MESSAGES } from '../letter/sideMessages';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { CommentItem } from './CommentItem';
import { CommentTextForm } from './CommentTextForm';
import type { Comments } from './useComments';

interface ThreadCardProps {
  thread: CommentThread;
  comments: Comments;
  now: Date;
}

/** Clicks on the card's own controls do their own thing, not "show the text". */
const onControl = (event: MouseEvent) =>
  event.target instanceof Element && event.target.closest('button, a, textarea, input, form');

export function ThreadCard({ thread, comments, now }: ThreadCardProps) {
  const intl = useIntl();
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const anchored = comments.isAnchored(thread);
  const active = comments.activeId === thread.id;
  const show = () => comments.showThread(thread.id);
  const className = [
    'thread',
    active && 'thread--active',
    thread.resolved && 'thread--resolved',
    !anchored && 'thread--detached',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    // The quote's button is the keyboard's way to the text; clicking anywhere on the card is a shortcut.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <article
      className={className}
      aria-label={intl.formatMessage(
        { id: 'comments.thread.label', defaultMessage: 'Comment on “{quote}”' },
        { quote: thread.quote },
      )}
      data-testid="comment-thread"
      data-thread-id={thread.id}
      onClick={(event) => !onControl(event) && show()}
    >
      <div className="thread__head">
        <span className="thread__side">{intl.formatMessage(SIDE_MESSAGES[thread.side])}</span>
        {thread.resolved && (
          <span className="badge thread__badge">
            <FormattedMessage id="comments.thread.resolved" defaultMessage="Resolved" />
          </span>
        )}
        {!anchored && (
          <span
            className="badge thread__badge thread__badge--detached"
            title={intl.formatMessage({
              id: 'comments.thread.detachedTitle',
              defaultMessage: 'The text this comment was on has been deleted; it keeps the quote.',
            })}
            data-testid="thread-detached"
          >
            <FormattedMessage id="comments.thread.detached" defaultMessage="Detached: text deleted" />
          </span>
        )}
      </div>
      {anchored ? (
        <button type="button" className="comment-quote comment-quote--button" onClick={show}>
          <span lang={SIDE_LANGUAGE[thread.side]} translate="no">
            {thread.quote}
          </span>
        </button>
      ) : (
        <blockquote className="comment-quote" lang={SIDE_LANGUAGE[thread.side]} translate="no">
          {thread.quote}
        </blockquote>
      )}
      <ol className="thread__comments">
        {thread.comments.map((comment, index) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            own={comment.author === comments.me}
            now={now}
            onEdit={(text) => comments.edit(thread.id, comment.id, text)}
            onDelete={() =>
              index === 0 ? setConfirmDelete(comment.id) : comments.remove(thread.id, comment.id)
            }
          />
        ))}
      </ol>
      {!thread.resolved && (
        <CommentTextForm
          label={intl.formatMessage({ id: 'comments.reply.label', defaultMessage: 'Reply' })}
          submitLabel={intl.formatMessage({ id: 'comments.reply.submit', defaultMessage: 'Reply' })}
          onSubmit={(text) => comments.reply(thread.id, text)}
          testId="comment-reply"
        />
      )}
      <div className="thread__actions">
        <button
          type="button"
          className="btn btn--small"
          onClick={() => comments.resolve(thread.id, !thread.resolved)}
          data-testid={thread.resolved ? 'thread-reopen' : 'thread-resolve'}
        >
          {thread.resolved ? (
            <FormattedMessage id="comments.thread.reopen" defaultMessage="Reopen" />
          ) : (
            <FormattedMessage id="comments.thread.resolve" defaultMessage="Resolve" />
          )}
        </button>
      </div>
      {confirmDelete && (
        <ConfirmDialog
          title={intl.formatMessage({ id: 'comments.delete.title', defaultMessage: 'Delete this comment?' })}
          message={intl.formatMessage({
            id: 'comments.delete.message',
            defaultMessage:
              'It opened the thread, so the whole thread goes, with its replies, and its text is no longer marked. This cannot be undone.',
          })}
          confirmLabel={intl.formatMessage({
            id: 'comments.delete.confirm',
            defaultMessage: 'Delete thread',
          })}
          danger
          onConfirm={() => {
            comments.remove(thread.id, confirmDelete);
            setConfirmDelete(null);
          }}
          onCancel={() => setConfirmDelete(null)}
        />
      )}
    </article>
  );
}
