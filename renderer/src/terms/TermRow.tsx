/** One termbase entry in Settings: its terms in both languages, what it is, where from, who changed it. */
import { FormattedMessage, useIntl } from 'react-intl';
import type { TermEntry } from '../../../core/terms/termEntry';
import { formatFullDate } from '../ui/formatWhen';
import { PencilIcon, TrashIcon } from '../ui/icons';
import { DOMAIN_LABELS } from './termDomains';

interface TermRowProps {
  entry: TermEntry;
  onEdit: () => void;
  onRemove: () => void;
}

export function TermRow({ entry, onEdit, onRemove }: TermRowProps) {
  const intl = useIntl();
  const name = entry.zh[0] ?? '';
  const when = formatFullDate(entry.changedAt, intl);
  return (
    <li className="card-row term-row" data-testid="term-item" data-term-id={entry.id}>
      <div className="card-row__text">
        <span className="card-row__title" translate="no">
          <span lang="zh-CN">{entry.zh.join(' / ')}</span>
          <span className="term-row__en" lang="en">
            {entry.en.join(' / ')}
          </span>
          <span className="badge">{intl.formatMessage(DOMAIN_LABELS[entry.domain])}</span>
        </span>
        {entry.forbidden.length > 0 && (
          <span className="card-row__meta term-row__forbidden">
            <FormattedMessage
              id="terms.row.forbidden"
              defaultMessage="Forbidden: {variants}"
              values={{
                variants: (
                  <span lang="en" translate="no">
                    {entry.forbidden.join(' / ')}
                  </span>
                ),
              }}
            />
          </span>
        )}
        {entry.note && (
          <span className="card-row__meta term-row__note" translate="no">
            {entry.note}
          </span>
        )}
        {entry.source && (
          <span className="card-row__meta">
            <FormattedMessage
              id="terms.row.source"
              defaultMessage="Source: {source}"
              values={{ source: <span translate="no">{entry.source}</span> }}
            />
          </span>
        )}
        <span className="card-row__meta">
          {entry.changedBy ? (
            <FormattedMessage
              id="terms.row.changedBy"
              defaultMessage="Changed by {name} on {date}"
              values={{ name: <span translate="no">{entry.changedBy}</span>, date: when }}
            />
          ) : (
            <FormattedMessage
              id="terms.row.changedOn"
              defaultMessage="Changed on {date}"
              values={{ date: when }}
            />
          )}
        </span>
      </div>
      <div className="card-row__actions">
        <button
          type="button"
          className="icon-btn"
          aria-label={intl.formatMessage(
            { id: 'terms.row.editNamed', defaultMessage: 'Edit {term}' },
            { term: name },
          )}
          title={intl.formatMessage({ id: 'terms.row.edit', defaultMessage: 'Edit' })}
          onClick={onEdit}
          data-testid="term-edit"
        >
          <PencilIcon />
        </button>
        <button
          type="button"
          className="icon-btn icon-btn--danger"
          aria-label={intl.formatMessage(
            { id: 'terms.row.deleteNamed', defaultMessage: 'Delete {term}' },
            { term: name },
          )}
          title={intl.formatMessage({ id: 'terms.row.delete', defaultMessage: 'Delete' })}
          onClick={onRemove}
          data-testid="term-delete"
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  );
}
