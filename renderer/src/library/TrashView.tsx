/** Letters moved to the trash: restore one, or empty the trash for good (after a confirmation). */
import { useState } from 'react';
import type { LetterSummary } from '../../../core/letter';
import { formatMessage } from '../../../core/messages';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatWhen } from '../ui/formatWhen';
import { RestoreIcon, TrashIcon } from '../ui/icons';

interface TrashViewProps {
  letters: LetterSummary[];
  onRestore: (letter: LetterSummary) => void;
  onEmpty: () => void;
}

export function TrashView({ letters, onRestore, onEmpty }: TrashViewProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <main className="page" data-testid="trash-view" aria-labelledby="trash-title">
      <header className="page__header">
        <div>
          <h1 id="trash-title" className="page__title">
            Trash
          </h1>
          <p className="page__lead">Letters here can be restored until the trash is emptied.</p>
        </div>
        <button
          type="button"
          className="btn btn--danger"
          disabled={letters.length === 0}
          onClick={() => setConfirming(true)}
          data-testid="empty-trash"
        >
          <TrashIcon /> Empty trash
        </button>
      </header>
      {letters.length === 0 ? (
        <p className="page__empty">The trash is empty.</p>
      ) : (
        <ul className="card-list">
          {letters.map((letter) => (
            <li key={letter.id} className="card-row" data-testid="trash-item" data-letter-id={letter.id}>
              <div className="card-row__text">
                <span className="card-row__title">{letter.title}</span>
                <span className="card-row__meta">
                  {[letter.publication, letter.deletedAt && `Moved to Trash: ${formatWhen(letter.deletedAt)}`]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </div>
              <button
                type="button"
                className="btn btn--small"
                onClick={() => onRestore(letter)}
                data-testid="trash-restore"
              >
                <RestoreIcon /> Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          title="Empty the trash?"
          message={formatMessage('trashConfirm', { count: letters.length })}
          confirmLabel="Delete permanently"
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
