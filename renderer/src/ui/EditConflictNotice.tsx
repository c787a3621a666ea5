/** The choice offered when a save was refused because the item was changed in another window (useEditConflict). */
import type { EditConflict } from './useEditConflict';

const CHOICES = [
  {
    choose: 'takeTheirs',
    label: 'Reload theirs',
    className: 'btn btn--small',
    testId: 'edit-conflict-theirs',
  },
  {
    choose: 'saveMine',
    label: 'Save mine anyway',
    className: 'btn btn--small btn--primary',
    testId: 'edit-conflict-mine',
  },
] as const;

export function EditConflictNotice({ conflict }: { conflict: EditConflict | null }) {
  if (!conflict) return null;
  return (
    <div className="edit-conflict" role="alert" data-testid="edit-conflict">
      <p className="edit-conflict__text">{conflict.message} Your version is still in the form.</p>
      <div className="edit-conflict__actions">
        {CHOICES.map(({ choose, label, className, testId }) => (
          <button
            key={choose}
            type="button"
            className={className}
            disabled={conflict.busy}
            onClick={conflict[choose]}
            data-testid={testId}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
