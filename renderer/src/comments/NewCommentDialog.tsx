/** The small form a new comment is typed in, with the text it will be anchored to. */
import { useIntl } from 'react-intl';
import { SIDE_LANGUAGE } from '../../../core/sides';
import { threadQuote } from '../../../core/comments/threadEdits';
import { Dialog } from '../ui/Dialog';
import { CommentTextForm } from './CommentTextForm';
import type { PendingComment } from './useComments';

interface NewCommentDialogProps {
  pending: PendingComment;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}

export function NewCommentDialog({ pending, onSubmit, onCancel }: NewCommentDialogProps) {
  const intl = useIntl();
  return (
    <Dialog
      title={intl.formatMessage({ id: 'comments.new.title', defaultMessage: 'Comment' })}
      onClose={onCancel}
      testId="comment-dialog"
    >
      <blockquote className="comment-quote" lang={SIDE_LANGUAGE[pending.side]} translate="no">
        {threadQuote(pending.quote)}
      </blockquote>
      <CommentTextForm
        label={intl.formatMessage({ id: 'comments.new.label', defaultMessage: 'Your comment' })}
        submitLabel={intl.formatMessage({ id: 'comments.new.submit', defaultMessage: 'Comment' })}
        onSubmit={onSubmit}
        onCancel={onCancel}
        testId="comment-new"
      />
    </Dialog>
  );
}
