/**
 * The log's rows, newest first: when, which letter (opens it at the version
 * sent), to which paper, the outcome, and the day after which no answer is
 * expected. "Outcome…" records what came of it.
 */
import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { LetterWhereabouts } from '../../../core/log/logList';
import type { Sending } from '../../../core/log/sending';
import { formatDay, formatFullDate } from '../ui/formatWhen';
import { OutcomeBadge } from './OutcomeBadge';
import { localDay } from './sendingTime';

interface LogTableProps {
  rows: Sending[];
  total: number;
  /** Where a row's letter is when not in the library (deleted for good, in the trash). */
  whereabouts: (letterId: string) => LetterWhereabouts | null;
  /** Sendings whose version sent could not be read when opened. */
  unreadable: ReadonlySet<string>;
  onOpen: (sending: Sending) => void;
  onOutcome: (sending: Sending) => void;
  /** Some filter is set: an empty table then offers to clear them rather than explain the log. */
  onClearFilters?: () => void;
  /** A row to put the focus in (the first one "Show more" added), then `onFocused`. */
  focusRow?: string | null;
  onFocused?: () => void;
}

export function LogTable({
  rows,
  total,
  whereabouts,
  unreadable,
  onOpen,
  onOutcome,
  onClearFilters,
  focusRow,
  onFocused,
}: LogTableProps) {
  const intl = useIntl();
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (!focusRow) return;
    const row = [...(body.current?.rows ?? [])].find((item) => item.dataset.sendingId === focusRow);
    row?.querySelector<HTMLElement>('button')?.focus();
    onFocused?.();
  }, [focusRow, onFocused]);
  const chinese = intl.locale.startsWith('zh');
  const today = localDay();
  if (!rows.length && onClearFilters)
    return (
      <div className="page__empty" data-testid="log-empty">
        <p>
          <FormattedMessage id="log.table.noneMatch" defaultMessage="No sendings match these filters." />
        </p>
        <button type="button" className="btn" onClick={onClearFilters} data-testid="log-clear-filters">
          <FormattedMessage id="log.table.clearFilters" defaultMessage="Clear filters" />
        </button>
      </div>
    );
  if (!rows.length)
    return (
      <p className="page__empty" data-testid="log-empty">
        <FormattedMessage
          id="log.table.empty"
          defaultMessage="No sendings yet. A sending is recorded with “Mark as sent…” on a letter."
        />
      </p>
    );
  return (
    <div className="log-table__wrap">
      <table className="log-table" data-testid="log-table">
        <caption className="sr-only">
          <FormattedMessage
            id="log.table.caption"
            defaultMessage="Sendings, newest first ({shown, plural, one {# shown} other {# shown}} of {total})"
            values={{ shown: rows.length, total }}
          />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="log.table.sent" defaultMessage="Sent" />
            </th>
            <th scope="col">
              <FormattedMessage id="log.table.letter" defaultMessage="Letter" />
            </th>
            <th scope="col">
              <FormattedMessage id="log.table.publication" defaultMessage="Publication" />
            </th>
            <th scope="col">
              <FormattedMessage id="log.table.outcome" defaultMessage="Outcome" />
            </th>
            <th scope="col">
              <FormattedMessage id="log.table.answerBy" defaultMessage="Answer expected by" />
            </th>
            <th scope="col">
              <span className="sr-only">
                <FormattedMessage id="log.table.actions" defaultMessage="Actions" />
              </span>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((sending) => (
            <tr key={sending.id} data-testid="log-row" data-sending-id={sending.id}>
              <td>{formatFullDate(sending.sentAt, intl)}</td>
              <td>
                <LetterCell
                  sending={sending}
                  where={whereabouts(sending.letterId)}
                  unreadable={unreadable.has(sending.id)}
                  onOpen={onOpen}
                />
              </td>
              {/* As the summary names them: a paper's Chinese name in the Chinese interface, when it has one. */}
              <td translate="no">
                {chinese && sending.publicationZh ? sending.publicationZh : sending.publication}
              </td>
              <td>
                <OutcomeBadge
                  outcome={sending.outcome}
                  overdue={
                    sending.outcome.kind === 'awaiting' &&
                    sending.answerBy !== null &&
                    sending.answerBy < today
                  }
                />
              </td>
              <td>
                {sending.answerBy
                  ? formatDay(sending.answerBy, intl)
                  : intl.formatMessage({ id: 'log.table.noAnswerBy', defaultMessage: 'None named' })}
              </td>
              <td>
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => onOutcome(sending)}
                  data-testid="log-row-outcome"
                >
                  <FormattedMessage id="log.table.recordOutcome" defaultMessage="Outcome…" />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The letter's title: a button opening it at the version sent, or, for a letter
 * deleted for good, the title alone; a tag says what stands in the way.
 */
function LetterCell({
  sending,
  where,
  unreadable,
  onOpen,
}: {
  sending: Sending;
  where: LetterWhereabouts | null;
  unreadable: boolean;
  onOpen: (sending: Sending) => void;
}) {
  const intl = useIntl();
  const tag =
    where === 'deleted' ? (
      <FormattedMessage id="log.table.letterDeleted" defaultMessage="Letter deleted" />
    ) : where === 'trash' ? (
      <FormattedMessage id="log.table.letterInTrash" defaultMessage="In the trash" />
    ) : unreadable ? (
      <FormattedMessage id="log.table.versionUnreadable" defaultMessage="Version sent cannot be opened" />
    ) : null;
  return (
    <>
      {where === 'deleted' ? (
        <span translate="no" data-testid="log-row-title">
          {sending.title}
        </span>
      ) : (
        <button
          type="button"
          className="btn btn--link"
          onClick={() => onOpen(sending)}
          title={intl.formatMessage({
            id: 'log.table.openHint',
            defaultMessage: 'Open the letter as it was sent',
          })}
          data-testid="log-row-open"
        >
          <span translate="no">{sending.title}</span>
        </button>
      )}
      {tag && (
        <span className="badge log-letter-tag" data-testid="log-row-letter">
          {tag}
        </span>
      )}
    </>
  );
}
