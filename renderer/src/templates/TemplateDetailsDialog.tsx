/** Renames a user template and edits its description. */
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { TemplateSummary } from '../../../core/template';
import { useApi } from '../app/ApiContext';
import { Dialog } from '../ui/Dialog';
import { EditConflictNotice } from '../ui/EditConflictNotice';
import { errorMessage } from '../ui/errorMessage';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { FormActions } from '../ui/FormActions';
import { useEditConflict } from '../ui/useEditConflict';
import { useLatest } from '../ui/useLatest';

interface TemplateDetailsDialogProps {
  template: TemplateSummary;
  /** `revision`: the one the edit was based on. */
  onSave: (name: string, description: string, revision: number) => Promise<void>;
  onCancel: () => void;
}

export function TemplateDetailsDialog({ template, onSave, onCancel }: TemplateDetailsDialogProps) {
  const intl = useIntl();
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description);
  const [error, setError] = useState<string | null>(null);
  const api = useApi();
  const latest = useLatest({ name, description });
  const { guard, conflict } = useEditConflict({
    loadTheirs: () => api.call('templates.get', { id: template.id }),
    takeTheirs: (theirs) => {
      setName(theirs.name);
      setDescription(theirs.description);
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await guard((revision = template.revision) =>
        onSave(latest.current.name, latest.current.description, revision),
      );
    } catch (failure) {
      // Worded in the interface language (a service error arrives as a message id).
      setError(errorMessage(failure));
    }
  };

  return (
    <Dialog
      title={intl.formatMessage({
        id: 'templates.details.title',
        defaultMessage: 'Template name and description',
      })}
      onClose={onCancel}
      testId="template-details-dialog"
    >
      <form className="dialog__form" onSubmit={(event) => void submit(event)}>
        <TextField
          label={intl.formatMessage({ id: 'templates.details.name', defaultMessage: 'Name' })}
          value={name}
          onChange={setName}
          maxLength={200}
          required
          testId="template-details-name"
        />
        <TextAreaField
          label={intl.formatMessage({ id: 'templates.details.description', defaultMessage: 'Description' })}
          value={description}
          onChange={setDescription}
          maxLength={1000}
          rows={3}
          testId="template-details-description"
        />
        <EditConflictNotice conflict={conflict} />
        <FormActions
          error={error}
          onCancel={onCancel}
          submitLabel={intl.formatMessage({ id: 'templates.details.save', defaultMessage: 'Save' })}
          testId="template-details-ok"
        />
      </form>
    </Dialog>
  );
}
