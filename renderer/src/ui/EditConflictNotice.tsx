/** The choice offered when a save was refused because the item was changed in another window (useEditConflict). */
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../../../core/i18n/wording';
import type { EditConflict } from './useEditConflict';

const LABELS = defineMessages({
  takeTheirs: { id: 'ui.editConflict.takeTheirs', defaultMessage: 'Reload theirs' },
  saveMine: { id: 'ui.editConflict.saveMine', defaultMessage: 'Save mine anyway' },
});

const CHOICES = [
  { choose: 'takeTheirs', className: 'btn btn--small', testId: 'edit-conflict-theirs' },
  { choose: 'saveMine', className: 'btn btn--small btn--primary', testId: 'edit-conflict-mine' },
] as const;

export function EditConflictNotice({ conflict }: { conflict: EditConflict | null }) {
  const intl = useIntl();
  if (!conflict) return null;
  return (
    <div className="edit-conflict" role="alert" data-testid="edit-conflict">
      <p className="edit-conflict__text">
        <FormattedMessage
          id="ui.editConflict.message"
          defaultMessage="{message} Your version is still in the form."
          values={{ message: conflict.message }}
        />
      </p>
      <div className="edit-conflict__actions">
        {CHOICES.map(({ choose, className, testId }) => (
          <button
            key={choose}
            type="button"
            className={className}
            disabled={conflict.busy}
            onClick={conflict[choose]}
            data-testid={testId}
          >
            {intl.formatMessage(LABELS[choose])}
          </button>
        ))}
      </div>
    </div>
  );
}
