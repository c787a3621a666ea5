/**
 * Why recording this sending breaks an exclusive submission still open: each
 * open sending, to which paper and since when. Shown in the Mark as sent…
 * dialog before anything is recorded; the officer goes on or cancels.
 */
import { FormattedMessage, useIntl } from 'react-intl';
import type { ExclusiveConflict } from '../../../core/log/logList';
import { formatDay, formatFullDate } from '../ui/formatWhen';

export function ExclusiveWarning({ conflicts }: { conflicts: ExclusiveConflict[] }) {
  const intl = useIntl();
  return (
    <div className="log-warning" role="alert" data-testid="exclusive-warning">
      <p className="log-warning__title">
        <FormattedMessage
          id="log.exclusive.title"
          defaultMessage="Warning: this letter is still under an exclusive submission."
        />
      </p>
      <ul className="log-warning__list">
        {conflicts.map(({ sending, reason, similarity }) => (
          <li key={sending.id}>
            <FormattedMessage
              id="log.exclusive.item"
              defaultMessage="{reason, select, sameLetter {This letter} other {A near copy, “{title}” ({percent} the same),}} went to {publication} on {when}, exclusively{answerBy, select, none {} other {; no answer is expected before {answerBy} has passed}}."
              values={{
                reason,
                title: <span translate="no">{sending.title}</span>,
                percent: intl.formatNumber(similarity, { style: 'percent' }),
                publication: <span translate="no">{sending.publication}</span>,
                when: formatFullDate(sending.sentAt, intl),
                answerBy: sending.answerBy ? formatDay(sending.answerBy, intl) : 'none',
              }}
            />
          </li>
        ))}
      </ul>
      <p>
        <FormattedMessage
          id="log.exclusive.advice"
          defaultMessage="Withdraw it there first, or record this sending anyway."
        />
      </p>
    </div>
  );
}
