/** One comment in a thread: who, when, what; its author may edit or delete it. */
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Comment } from '../../../core/comments/thread';
import { formatFullDate, formatWhen } from '../ui/formatWhen';
import { CommentTextForm } from './CommentTextForm';

interface CommentItemProps {
  comment: Comment;
  /** Written by the person at this desk (the same author name). */
  own: boolean;
  now: Date;
  onEdit: (text: string) => void;
  onDelete: () => void;
}

export function CommentItem({ comment, own, now, onEdit, onDelete }: CommentItemProps) {
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  return (
    <li className="comment" data-testid="comment">
      <div className="comment__meta">
        {comment.author ? (
          <span className="comment__author" translate="no">
            {comment.author}
          </span>
        ) : (
          <span className="comment__author">
            <FormattedMessage id="comments.author.you" defaultMessage="You" />
          </span>
        )}
        <time
          className="comment__time"
          dateTime={comment.createdAt}
          title={formatFullDate(comment.createdAt, intl)}
        >
          {formatWhen(comment.createdAt, now, intl)}
        </time>
        {comment.editedAt && (
          <span className="comment__edited" title={formatFullDate(comment.editedAt, intl)}>
            <FormattedMessage id="comments.comment.edited" defaultMessage="(edited)" />
          </span>
        )}
      </div>
      {editing ? (
        <CommentTextForm
          label={intl.formatMessage({ id: 'comments.edit.label', defaultMessage: 'Edit your comment' })}
          submitLabel={intl.formatMessage({ id: 'comments.edit.save', defaultMessage: 'Save' })}
          initialText={comment.text}
          onSubmit={(text) => {
            onEdit(text);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
          testId="comment-edit"
          takeFocus
        />
      ) : (
        <p className="comment__text" translate="no" data-testid="comment-text">
          {comment.text}
        </p>
      )}
      {own && !editing && (
        <div className="comment__actions">
          <button type="button" className="btn btn--link" onClick={() => setEditing(true)}>
            <FormattedMessage id="comments.comment.edit" defaultMessage="Edit" />
          </button>
          <button type="button" className="btn btn--link" onClick={onDelete}>
            <FormattedMessage id="comments.comment.delete" defaultMessage="Delete" />
          </button>
        </div>
      )}
    </li>
  );
}
