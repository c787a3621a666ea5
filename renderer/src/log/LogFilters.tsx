/** The Log view's filters: outcome, publication, period, and words to find. */
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import type { LogSummary, SendingFilter } from '../../../core/log/logList';
import { OUTCOME_KINDS, type OutcomeKind } from '../../../core/log/sending';
import { Field } from '../ui/Field';
import { TextField } from '../ui/TextField';
import { LOG_MESSAGES } from './logMessages';

interface LogFiltersProps {
  filter: SendingFilter;
  onChange: (filter: SendingFilter) => void;
  /** The publications the log names, for the publication filter. */
  publications: Array<Pick<LogSummary['byPublication'][number], 'publication' | 'publicationZh'>>;
  /** Changed to put the focus in the search field (the filters were cleared from a button now gone). */
  focusSearch?: number;
}

/** A filter without its empty parts, which the contract would read as "match ''". */
function cleaned(filter: SendingFilter): SendingFilter {
  return Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value !== '' && value !== undefined && value !== false),
  ) as SendingFilter;
}

export function LogFilters({ filter, onChange, publications, focusSearch }: LogFiltersProps) {
  const intl = useIntl();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusSearch) root.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }, [focusSearch]);
  const chinese = intl.locale.startsWith('zh');
  const set = (changes: Partial<SendingFilter>) => onChange(cleaned({ ...filter, ...changes }));
  const outcome = filter.overdue ? 'overdue' : (filter.outcomes?.[0] ?? '');
  return (
    <div
      ref={root}
      className="log-filters"
      role="search"
      aria-label={intl.formatMessage({ id: 'log.filters.label', defaultMessage: 'Filter the log' })}
    >
      <TextField
        label={intl.formatMessage({ id: 'log.filters.search', defaultMessage: 'Search' })}
        type="search"
        value={filter.text ?? ''}
        onChange={(text) => set({ text })}
        placeholder={intl.formatMessage({
          id: 'log.filters.searchHint',
          defaultMessage: 'Title, publication or headline',
        })}
        testId="log-search"
      />
      <Field label={intl.formatMessage({ id: 'log.filters.outcome', defaultMessage: 'Outcome' })}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={outcome}
            onChange={(event) => {
              const value = event.target.value;
              if (value === 'overdue') set({ outcomes: undefined, overdue: true });
              else set({ outcomes: value ? [value as OutcomeKind] : undefined, overdue: undefined });
            }}
            data-testid="log-filter-outcome"
          >
            <option value="">{intl.formatMessage({ id: 'log.filters.any', defaultMessage: 'Any' })}</option>
            {OUTCOME_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {intl.formatMessage(LOG_MESSAGES.outcome, { kind })}
              </option>
            ))}
            <option value="overdue">
              {intl.formatMessage({
                id: 'log.filters.overdue',
                defaultMessage: 'Awaiting, past the reply window',
              })}
            </option>
          </select>
        )}
      </Field>
      <Field label={intl.formatMessage({ id: 'log.filters.publication', defaultMessage: 'Publication' })}>
        {(id) => (
          <select
            id={id}
            className="input"
            value={filter.publication ?? ''}
            onChange={(event) => set({ publication: event.target.value })}
            data-testid="log-filter-publication"
          >
            <option value="">
              {intl.formatMessage({ id: 'log.filters.anyPaper', defaultMessage: 'Any' })}
            </option>
            {/* Named as the table and summary name them: in Chinese in the Chinese interface, when known. */}
            {publications.map(({ publication, publicationZh }) => (
              <option key={publication} value={publication} translate="no">
                {chinese && publicationZh ? publicationZh : publication}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={intl.formatMessage({ id: 'log.filters.from', defaultMessage: 'Sent from' })}
        type="date"
        value={filter.from ?? ''}
        onChange={(from) => set({ from })}
        testId="log-filter-from"
      />
      <TextField
        label={intl.formatMessage({ id: 'log.filters.to', defaultMessage: 'Sent until' })}
        type="date"
        value={filter.to ?? ''}
        onChange={(to) => set({ to })}
        testId="log-filter-to"
      />
    </div>
  );
}
