/**
 * "Mark as sent…": records that the letter went to a paper: which one (from
 * the letter's profile, editable), the address, when (now, editable) and how.
 * Before recording it asks the log whether an exclusive submission is still
 * open elsewhere; if so it says which, and the officer records anyway or cancels.
 */
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Letter } from '../../../core/letter';
import type { ExclusiveConflict } from '../../../core/log/logList';
import { SENDING_CHANNELS, type Sending, type SendingChannel } from '../../../core/log/sending';
import type { Publication } from '../../../core/publication';
import { useApi } from '../app/ApiContext';
import { CheckboxField } from '../ui/CheckboxField';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { TextField } from '../ui/TextField';
import { useFormSubmit } from '../ui/useFormSubmit';
import { ExclusiveWarning } from './ExclusiveWarning';
import { LOG_MESSAGES } from './logMessages';
import { profileFor } from './profileFor';
import { isoFromLocalInput, localInputTime } from './sendingTime';

interface MarkAsSentDialogProps {
  letter: Letter;
  publications: Publication[];
  /** The handout version that left (the prompt after a hand-off); null keeps one of the stored letter. */
  versionId: string | null;
  channel: SendingChannel;
  onRecorded: (sending: Sending) => void;
  onCancel: () => void;
}

export function MarkAsSentDialog({
  letter,
  publications,
  versionId,
  channel: initialChannel,
  onRecorded,
  onCancel,
}: MarkAsSentDialogProps) {
  const api = useApi();
  const intl = useIntl();
  const letterProfile = publications.find((profile) => profile.id === letter.publicationId) ?? null;
  const [publication, setPublication] = useState(letterProfile?.nameEn ?? letter.fields.publication);
  const [to, setTo] = useState(letter.fields.lettersEmail || letterProfile?.lettersEmail || '');
  const [sentAt, setSentAt] = useState(() => localInputTime(new Date()));
  const [channel, setChannel] = useState<SendingChannel>(initialChannel);
  const profile = profileFor(publications, publication);
  const [exclusive, setExclusive] = useState<boolean | null>(null);
  const [windowDays, setWindowDays] = useState<string | null>(null);
  // Until the officer changes them, the terms follow the profile of the paper named.
  const shownExclusive = exclusive ?? profile?.exclusive ?? false;
  const shownWindow = windowDays ?? (profile?.replyWindowDays ? String(profile.replyWindowDays) : '');
  // The conflicts found for these answers; recording again with them shown goes on anyway.
  const [conflicts, setConflicts] = useState<ExclusiveConflict[] | null>(null);
  const { error, setError, busy, run } = useFormSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!publication.trim())
      return setError(
        intl.formatMessage({ id: 'log.markSent.noPublication', defaultMessage: 'Enter the publication.' }),
      );
    const time = isoFromLocalInput(sentAt);
    if (!time)
      return setError(
        intl.formatMessage({
          id: 'log.markSent.badTime',
          defaultMessage: 'Enter the date and time it was sent.',
        }),
      );
    const days = shownWindow.trim() ? Number(shownWindow) : null;
    if (days !== null && !(Number.isInteger(days) && days >= 1 && days <= 365))
      return setError(
        intl.formatMessage({
          id: 'log.markSent.badWindow',
          defaultMessage: 'Enter the reply window as a number of days from 1 to 365, or leave it empty.',
        }),
      );
    void run(async () => {
      const name = profile?.nameEn ?? publication.trim();
      if (!conflicts?.length) {
        const found = await api.call('log.checkExclusive', {
          letterId: letter.id,
          publicationId: profile?.id ?? null,
          publication: name,
          sentAt: time,
        });
        if (found.length) {
          setConflicts(found);
          return;
        }
      }
      const sending = await api.call('log.record', {
        sending: {
          letterId: letter.id,
          versionId,
          publicationId: profile?.id ?? null,
          publication: name,
          publicationZh: profile?.nameZh ?? '',
          to: to.trim(),
          sentAt: time,
          channel,
          // Only what the officer changed: the rest the service takes from the stored profile.
          ...(exclusive !== null && { exclusive }),
          ...(windowDays !== null && { replyWindowDays: days }),
        },
      });
      onRecorded(sending);
    });
  };

  // Another paper or time asks the log again.
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setConflicts(null);
    };

  const listId = `log-publications-${letter.id}`;
  return (
    <Dialog
      title={intl.formatMessage({ id: 'log.markSent.title', defaultMessage: 'Mark as sent' })}
      onClose={onCancel}
      testId="mark-sent-dialog"
    >
      <form onSubmit={submit} noValidate>
        <TextField
          label={intl.formatMessage({ id: 'log.markSent.publication', defaultMessage: 'Publication' })}
          value={publication}
          onChange={edited(setPublication)}
          list={listId}
          translate="no"
          required
          testId="mark-sent-publication"
        />
        <datalist id={listId}>
          {publications.map((item) => (
            <option key={item.id} value={item.nameEn} />
          ))}
        </datalist>
        <TextField
          label={intl.formatMessage({ id: 'log.markSent.to', defaultMessage: 'Sent to (address)' })}
          value={to}
          onChange={setTo}
          translate="no"
          testId="mark-sent-to"
        />
        <TextField
          label={intl.formatMessage({ id: 'log.markSent.when', defaultMessage: 'Date and time sent' })}
          type="datetime-local"
          value={sentAt}
          onChange={edited(setSentAt)}
          required
          testId="mark-sent-when"
        />
        <Field label={intl.formatMessage({ id: 'log.markSent.channel', defaultMessage: 'How it was sent' })}>
          {(id) => (
            <select
              id={id}
              className="input"
              value={channel}
              onChange={(event) => setChannel(event.target.value as SendingChannel)}
              data-testid="mark-sent-channel"
            >
              {SENDING_CHANNELS.map((item) => (
                <option key={item} value={item}>
                  {intl.formatMessage(LOG_MESSAGES.channel, { channel: item })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <CheckboxField
          label={intl.formatMessage({ id: 'log.markSent.exclusiveLabel', defaultMessage: 'Exclusive' })}
          text={intl.formatMessage({
            id: 'log.markSent.exclusiveText',
            defaultMessage: 'The paper asks that the letter go to it alone',
          })}
          checked={shownExclusive}
          onChange={setExclusive}
          testId="mark-sent-exclusive"
        />
        <TextField
          label={intl.formatMessage({
            id: 'log.markSent.window',
            defaultMessage: 'Reply window (days; empty for none)',
          })}
          type="number"
          min={1}
          max={365}
          value={shownWindow}
          onChange={setWindowDays}
          testId="mark-sent-window"
        />
        {conflicts && conflicts.length > 0 && <ExclusiveWarning conflicts={conflicts} />}
        <FormActions
          error={error}
          onCancel={onCancel}
          busy={busy}
          testId="mark-sent-submit"
          submitLabel={
            conflicts?.length ? (
              <FormattedMessage id="log.markSent.anyway" defaultMessage="Record anyway" />
            ) : (
              <FormattedMessage id="log.markSent.submit" defaultMessage="Mark as sent" />
            )
          }
        />
      </form>
    </Dialog>
  );
}
