/**
 * "Save as template…": the open letter becomes a user template. Its facts
 * (publication, article title …) turn back into fields on the server side;
 * the parts left unticked start empty in letters made from it.
 */
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../../../core/i18n/wording';
import { displayTitle, type Letter } from '../../../core/letter';
import { useApi } from '../app/ApiContext';
import { CheckboxField } from '../ui/CheckboxField';
import { Dialog } from '../ui/Dialog';
import { useNotify } from '../ui/Notifications';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { FormActions } from '../ui/FormActions';
import { useFormSubmit } from '../ui/useFormSubmit';

const keepMessages = defineMessages({
  preface: { id: 'templates.saveAs.keepPreface', defaultMessage: 'Keep the Chinese headline and preface' },
  body: { id: 'templates.saveAs.keepBody', defaultMessage: 'Keep the English letter body' },
  salutation: { id: 'templates.saveAs.keepSalutation', defaultMessage: 'Keep the salutation' },
  closing: { id: 'templates.saveAs.keepClosing', defaultMessage: 'Keep the closing' },
});

const PARTS = [
  { key: 'preface', text: keepMessages.preface },
  { key: 'body', text: keepMessages.body },
  { key: 'salutation', text: keepMessages.salutation },
  { key: 'closing', text: keepMessages.closing },
] as const;
type Keep = Record<(typeof PARTS)[number]['key'], boolean>;

interface SaveAsTemplateDialogProps {
  letter: Letter;
  /** Saves the letter first, so the template is made from what is on screen. */
  flush: () => Promise<void>;
  onClose: () => void;
}

export function SaveAsTemplateDialog({ letter, flush, onClose }: SaveAsTemplateDialogProps) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const [name, setName] = useState(displayTitle(letter));
  const [description, setDescription] = useState('');
  const [keep, setKeep] = useState<Keep>({ preface: true, body: true, salutation: true, closing: true });
  const { error, busy, run } = useFormSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      await flush();
      const template = await api.call('templates.saveFromLetter', {
        letterId: letter.id,
        name,
        description,
        keep,
      });
      onClose();
      notify.info(
        intl.formatMessage(
          {
            id: 'templates.saveAs.saved',
            defaultMessage: 'Saved the template “{name}”. New letters can start from it.',
          },
          { name: template.name },
        ),
      );
    });
  };

  return (
    <Dialog
      title={intl.formatMessage({ id: 'templates.saveAs.title', defaultMessage: 'Save as template' })}
      onClose={onClose}
      testId="save-template-dialog"
    >
      <form className="dialog__form" onSubmit={(event) => void submit(event)}>
        <TextField
          label={intl.formatMessage({ id: 'templates.saveAs.name', defaultMessage: 'Template name' })}
          value={name}
          onChange={setName}
          maxLength={200}
          required
          testId="save-template-name"
        />
        <TextAreaField
          label={intl.formatMessage({ id: 'templates.saveAs.description', defaultMessage: 'Description' })}
          value={description}
          onChange={setDescription}
          maxLength={1000}
          rows={2}
          testId="save-template-description"
        />
        <p className="field__hint">
          {intl.formatMessage({
            id: 'templates.saveAs.hint',
            defaultMessage:
              'The letter’s details in the text (publication, article title, dates, signatory) become fields that the next letter fills in. Unticked parts start empty.',
          })}
        </p>
        {PARTS.map((part) => (
          <CheckboxField
            key={part.key}
            label=""
            text={intl.formatMessage(part.text)}
            checked={keep[part.key]}
            onChange={(checked) => setKeep({ ...keep, [part.key]: checked })}
            testId={`save-template-keep-${part.key}`}
          />
        ))}
        <FormActions
          error={error}
          onCancel={onClose}
          submitLabel={intl.formatMessage({ id: 'templates.saveAs.submit', defaultMessage: 'Save template' })}
          busy={busy}
          testId="save-template-ok"
        />
      </form>
    </Dialog>
  );
}
