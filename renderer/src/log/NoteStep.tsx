/**
 * The outcome's second step: the Chinese note for the home website and
 * headquarters, drafted from the outcome, to edit, copy and keep with the sending.
 */
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Sending } from '../../../core/log/sending';
import { useApi } from '../app/ApiContext';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmit } from '../ui/useFormSubmit';
import { logChanged } from './logEvents';

interface NoteStepProps {
  sending: Sending;
  onSaved: (sending: Sending) => void;
  onClose: () => void;
  /** Present when there is a published text to compare with what was sent. */
  onCompare?: () => void;
}

export function NoteStep({ sending, onSaved, onClose, onCompare }: NoteStepProps) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const [note, setNote] = useState(sending.noteZh);
  const { error, busy, run } = useFormSubmit();

  const copy = () => {
    navigator.clipboard.writeText(note).then(
      () => notify.info(intl.formatMessage({ id: 'log.note.copied', defaultMessage: 'Copied the note.' })),
      (failure: unknown) => notify.error(errorMessage(failure)),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      if (note !== sending.noteZh) {
        onSaved(
          await api.call('log.update', {
            id: sending.id,
            revision: sending.revision,
            update: { noteZh: note },
          }),
        );
        logChanged();
      }
      onClose();
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p role="status">
        <FormattedMessage
          id="log.note.saved"
          defaultMessage="Outcome saved. The note below is drafted from it."
        />
      </p>
      <TextAreaField
        label={intl.formatMessage({
          id: 'log.note.label',
          defaultMessage: 'Note for headquarters and the home website (Chinese)',
        })}
        value={note}
        onChange={setNote}
        rows={5}
        lang="zh-CN"
        translate="no"
        testId="outcome-note-zh"
      />
      <div className="log-note__tools">
        <button type="button" className="btn" onClick={copy} data-testid="outcome-note-copy">
          <FormattedMessage id="log.note.copy" defaultMessage="Copy note" />
        </button>
        {onCompare && (
          <button type="button" className="btn" onClick={onCompare} data-testid="outcome-compare">
            <FormattedMessage id="log.note.compare" defaultMessage="Compare with what was sent" />
          </button>
        )}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onClose}>
          <FormattedMessage id="log.note.close" defaultMessage="Close" />
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid="outcome-note-save">
          <FormattedMessage id="log.note.save" defaultMessage="Save note" />
        </button>
      </div>
    </form>
  );
}
