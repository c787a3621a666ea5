/**
 * Where a comment's text is typed: a new comment, a reply, or an edit of
 * one's own. The text is the user's, never translated; too long or empty is
 * said under the field and the text kept. Ctrl/Cmd+Enter sends.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { COMMENT_TEXT_MAX } from '../../../core/comments/thread';
import { commentTextProblem } from '../../../core/comments/threadEdits';

interface CommentTextFormProps {
  label: string;
  submitLabel: string;
  initialText?: string;
  onSubmit: (text: string) => void;
  /** Absent for the reply box, which stays open under its thread. */
  onCancel?: () => void;
  testId: string;
  /** Puts the cursor in the field at once: the user just chose Edit. */
  takeFocus?: boolean;
}

export function CommentTextForm({
  label,
  submitLabel,
  initialText = '',
  onSubmit,
  onCancel,
  testId,
  takeFocus,
}: CommentTextFormProps) {
  const intl = useIntl();
  const id = useId();
  const [text, setText] = useState(initialText);
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (takeFocus) textRef.current?.focus();
  }, [takeFocus]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const problem = commentTextProblem(text);
    if (problem === 'empty') {
      setError(intl.formatMessage({ id: 'comments.form.empty', defaultMessage: 'Type the comment first.' }));
      return;
    }
    if (problem === 'tooLong') {
      setError(
        intl.formatMessage(
          {
            id: 'comments.form.tooLong',
            defaultMessage:
              'A comment can be at most {max, number} characters long; this one has {length, number}. Shorten it, or split it into replies.',
          },
          { max: COMMENT_TEXT_MAX, length: text.trim().length },
        ),
      );
      return;
    }
    onSubmit(text);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className="comment-form" onSubmit={submit} data-testid={testId}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <textarea
        id={id}
        className="input input--multiline comment-form__text"
        value={text}
        placeholder={label}
        translate="no"
        rows={onCancel ? 3 : 2}
        ref={textRef}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="comment-form__actions">
        {onCancel && (
          <button type="button" className="btn btn--small" onClick={onCancel}>
            {intl.formatMessage({ id: 'comments.form.cancel', defaultMessage: 'Cancel' })}
          </button>
        )}
        <button type="submit" className="btn btn--small btn--primary" data-testid={`${testId}-submit`}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
