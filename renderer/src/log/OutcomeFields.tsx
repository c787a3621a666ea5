/** The outcome dialog's fields for the kind chosen: published's details, or a date and a note. */
import { useIntl } from 'react-intl';
import { PUBLISHED_EXTENTS } from '../../../core/log/sending';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { LOG_MESSAGES } from './logMessages';
import type { OutcomeForm } from './outcomeForm';

interface OutcomeFieldsProps {
  form: OutcomeForm;
  change: (changes: Partial<OutcomeForm>) => void;
}

export function OutcomeFields({ form, change }: OutcomeFieldsProps) {
  const intl = useIntl();
  const date =
    form.kind !== 'awaiting' && form.kind !== 'noReply' ? (
      <TextField
        label={intl.formatMessage(
          {
            id: 'log.outcome.dateLabel',
            defaultMessage:
              '{kind, select, published {Date published} rejected {Date rejected} other {Date withdrawn}}',
          },
          { kind: form.kind },
        )}
        type="date"
        value={form.date}
        onChange={(value) => change({ date: value })}
        required
        testId="outcome-date"
      />
    ) : null;
  if (form.kind === 'awaiting') return null;
  if (form.kind !== 'published')
    return (
      <>
        {date}
        <TextAreaField
          label={intl.formatMessage({ id: 'log.outcome.note', defaultMessage: 'Note' })}
          value={form.note}
          onChange={(value) => change({ note: value })}
          rows={3}
          testId="outcome-note"
        />
      </>
    );
  return (
    <>
      {date}
      <TextField
        label={intl.formatMessage({ id: 'log.outcome.headline', defaultMessage: 'Headline the paper gave' })}
        value={form.headline}
        onChange={(value) => change({ headline: value })}
        translate="no"
        testId="outcome-headline"
      />
      <TextField
        label={intl.formatMessage({
          id: 'log.outcome.url',
          defaultMessage: 'Web address (empty if in print only)',
        })}
        type="url"
        value={form.url}
        onChange={(value) => change({ url: value })}
        translate="no"
        testId="outcome-url"
      />
      <fieldset className="log-kinds">
        <legend className="field__label">
          {intl.formatMessage({ id: 'log.outcome.extentLabel', defaultMessage: 'How much was printed' })}
        </legend>
        {PUBLISHED_EXTENTS.map((extent) => (
          <label key={extent} className="checkbox">
            <input
              type="radio"
              name="outcome-extent"
              value={extent}
              checked={form.extent === extent}
              onChange={() => change({ extent })}
              data-testid={`outcome-extent-${extent}`}
            />
            <span>{intl.formatMessage(LOG_MESSAGES.extent, { extent })}</span>
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={intl.formatMessage({
          id: 'log.outcome.publishedText',
          defaultMessage: 'Published text (paste what the paper printed, to compare with what was sent)',
        })}
        value={form.publishedText}
        onChange={(value) => change({ publishedText: value })}
        rows={6}
        translate="no"
        testId="outcome-published-text"
      />
    </>
  );
}
