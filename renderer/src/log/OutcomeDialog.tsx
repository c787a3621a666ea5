/**
 * What came of a sending: awaiting (with the day after which no answer is
 * expected), published (when, under which headline, where, in full or in
 * part, and the text the paper printed), rejected, no reply or withdrawn.
 * Saving a published one drafts the Chinese note for the home website and headquarters,
 * shown next to edit, copy and keep. "Compare with what was sent" opens the
 * letter on the compare of the version sent with the published text.
 */
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { OUTCOME_KINDS, type Sending } from '../../../core/log/sending';
import { useApi } from '../app/ApiContext';
import { Dialog } from '../ui/Dialog';
import { FormActions } from '../ui/FormActions';
import { formatDay, formatFullDate } from '../ui/formatWhen';
import { useFormSubmit } from '../ui/useFormSubmit';
import { logChanged } from './logEvents';
import { LOG_MESSAGES } from './logMessages';
import { NoteStep } from './NoteStep';
import { OutcomeFields } from './OutcomeFields';
import { formOutcome, outcomeForm, type OutcomeForm } from './outcomeForm';

interface OutcomeDialogProps {
  sending: Sending;
  onClose: () => void;
  /** Opens the letter on the compare of the version sent with this published text; absent: nothing to compare with. */
  onCompare?: (sending: Sending, publishedText: string) => void;
}

export function OutcomeDialog({ sending: initial, onClose, onCompare }: OutcomeDialogProps) {
  const api = useApi();
  const intl = useIntl();
  const [sending, setSending] = useState(initial);
  const [form, setForm] = useState<OutcomeForm>(() => outcomeForm(initial.outcome));
  const [step, setStep] = useState<'outcome' | 'note'>('outcome');
  const { error, setError, busy, run } = useFormSubmit();
  const change = (changes: Partial<OutcomeForm>) => setForm((current) => ({ ...current, ...changes }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.kind !== 'awaiting' && form.kind !== 'noReply' && !form.date)
      return setError(intl.formatMessage({ id: 'log.outcome.noDate', defaultMessage: 'Enter the date.' }));
    if (form.kind === 'published' && form.url.trim() && !/^https?:\/\/\S+$/.test(form.url.trim()))
      return setError(
        intl.formatMessage({
          id: 'log.outcome.badUrl',
          defaultMessage: 'Enter the web address as https://…, or leave it empty.',
        }),
      );
    void run(async () => {
      const saved = await api.call('log.setOutcome', {
        id: sending.id,
        revision: sending.revision,
        outcome: formOutcome(form),
      });
      setSending(saved);
      logChanged();
      // Only a published letter has something to report home: the others have no note to draft.
      if (saved.outcome.kind === 'published' || saved.noteZh) setStep('note');
      else onClose();
    });
  };

  const publishedText = sending.outcome.kind === 'published' ? sending.outcome.publishedText : '';
  const title = intl.formatMessage(
    { id: 'log.outcome.title', defaultMessage: 'Outcome: {publication}, sent {when}' },
    { publication: sending.publication, when: formatFullDate(sending.sentAt, intl) },
  );
  return (
    <Dialog title={title} onClose={onClose} testId="outcome-dialog" className="dialog--wide">
      {step === 'note' ? (
        <NoteStep
          sending={sending}
          onSaved={setSending}
          onClose={onClose}
          onCompare={publishedText && onCompare ? () => onCompare(sending, publishedText) : undefined}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset className="log-kinds">
            <legend className="field__label">
              <FormattedMessage id="log.outcome.kindLabel" defaultMessage="Outcome" />
            </legend>
            {OUTCOME_KINDS.map((kind) => (
              <label key={kind} className="checkbox">
                <input
                  type="radio"
                  name="outcome-kind"
                  value={kind}
                  checked={form.kind === kind}
                  onChange={() => change({ kind })}
                  data-testid={`outcome-${kind}`}
                />
                <span>{intl.formatMessage(LOG_MESSAGES.outcome, { kind })}</span>
              </label>
            ))}
          </fieldset>
          {form.kind === 'awaiting' && (
            <p className="log-hint" data-testid="outcome-answer-by">
              {sending.answerBy ? (
                intl.formatMessage(LOG_MESSAGES.answerBy, { date: formatDay(sending.answerBy, intl) })
              ) : (
                <FormattedMessage
                  id="log.outcome.noWindow"
                  defaultMessage="This paper names no reply window."
                />
              )}
            </p>
          )}
          <OutcomeFields form={form} change={change} />
          <FormActions
            error={error}
            onCancel={onClose}
            busy={busy}
            testId="outcome-submit"
            submitLabel={<FormattedMessage id="log.outcome.save" defaultMessage="Save outcome" />}
          />
        </form>
      )}
    </Dialog>
  );
}
