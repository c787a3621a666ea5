/** Letters moved to the trash: restore one, or empty the trash for good (after a confirmation). */
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { LetterSummary } from '../../../core/letter';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { RestoreIcon, TrashIcon } from '../ui/icons';
import { useWhen } from './useWhen';

/** Between a letter's publication and when it was trashed. */
const SEPARATOR = ' · ';

interface TrashViewProps {
  letters: LetterSummary[];
  onRestore: (letter: LetterSummary) => void;
  onEmpty: () => void;
}

export function TrashView({ letters, onRestore, onEmpty }: TrashViewProps) {
  const intl = useIntl();
  const format = useWhen();
  const [confirming, setConfirming] = useState(false);
  return (
    <main className="page" data-testid="trash-view" aria-labelledby="trash-title">
      <header className="page__header">
        <div>
          <h1 id="trash-title" className="page__title">
            <FormattedMessage id="library.trash.title" defaultMessage="Trash" />
          </h1>
          <p className="page__lead">
            <FormattedMessage
              id="library.trash.lead"
              defaultMessage="Letters here can be restored until the trash is emptied."
            />
          </p>
        </div>
        <button
          type="button"
          className="btn btn--danger"
          disabled={letters.length === 0}
          onClick={() => setConfirming(true)}
          data-testid="empty-trash"
        >
          <TrashIcon /> <FormattedMessage id="library.trash.empty" defaultMessage="Empty trash" />
        </button>
      </header>
      {letters.length === 0 ? (
        <p className="page__empty">
          <FormattedMessage id="library.trash.isEmpty" defaultMessage="The trash is empty." />
        </p>
      ) : (
        <ul className="card-list">
          {letters.map((letter) => (
            <li key={letter.id} className="card-row" data-testid="trash-item" data-letter-id={letter.id}>
              <div className="card-row__text">
                <span className="card-row__title" translate="no">
                  {letter.title}
                </span>
                <span className="card-row__meta">
                  {letter.publication && <span translate="no">{letter.publication}</span>}
                  {letter.publication && letter.deletedAt && SEPARATOR}
                  {letter.deletedAt &&
                    intl.formatMessage(
                      { id: 'library.trash.movedAt', defaultMessage: 'Moved to Trash: {when}' },
                      { when: format.when(letter.deletedAt) },
                    )}
                </span>
              </div>
              <button
                type="button"
                className="btn btn--small"
                onClick={() => onRestore(letter)}
                data-testid="trash-restore"
              >
                <RestoreIcon /> <FormattedMessage id="library.trash.restore" defaultMessage="Restore" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          title={intl.formatMessage({ id: 'library.trash.confirmTitle', defaultMessage: 'Empty the trash?' })}
          message={intl.formatMessage(
            {
              id: 'library.trash.confirmMessage',
              defaultMessage:
                '{count, plural, one {# letter} other {# letters}} will be deleted permanently. This cannot be undone.',
            },
            { count: letters.length },
          )}
          confirmLabel={intl.formatMessage({
            id: 'library.trash.deletePermanently',
            defaultMessage: 'Delete permanently',
          })}
          danger
          onConfirm={() => {
            setConfirming(false);
            onEmpty();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </main>
  );
}
