/** The choice offered when a save was refused because the item was changed in another window (useEditConflict). */
import type { EditConflict } from './useEditConflict';

export function EditConflictNotice({ conflict }: { conflict: EditConflict | null }) {
  if (!conflict) return null;
  return (
    <div className="edit-conflict" role="alert" data-testid="edit-conflict">
      <p className="edit-conflict__text">{conflict.message} Your version is still in the form.</p>
      <div className="edit-conflict__actions">
        <button
          type="button"
          className="btn btn--small"
          disabled={conflict.busy}
          onClick={conflict.takeTheirs}
          data-testid="edit-conflict-theirs"
        >
          Reload theirs
        </button>
        <button
          type="button"
          className="btn btn--small btn--primary"
          disabled={conflict.busy}
          onClick={conflict.saveMine}
          data-testid="edit-conflict-mine"
        >
          Save mine anyway
        </button>
      </div>
    </div>
  );
}
