/**
 * "Custom fields" in the letter details: one input for every `{{custom.…}}`
 * field the letter's text uses (or already has a value for), editing
 * `letter.fields.custom`. The text lives in the editors, so the list follows
 * them: it is recomputed whenever a placeholder is added or removed.
 */
import type { LexicalEditor } from 'lexical';
import { memo, useEffect, useState, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { customFieldNames } from '../../../core/customFields';
import type { EditorDoc } from '../../../core/editorDoc';
import type { Letter } from '../../../core/letter';
import { customFieldValue } from '../../../core/placeholders';
import { PlaceholderNode } from '../../../core/editor/nodes/PlaceholderNode';
import { TextField } from '../ui/TextField';
import type { LetterPatch } from './useLetterDraft';

interface CustomFieldsGroupProps {
  letter: Letter;
  patch: (changes: LetterPatch) => void;
  prefaceEditor: RefObject<LexicalEditor | null>;
  bodyEditor: RefObject<LexicalEditor | null>;
}

const docOf = (editor: LexicalEditor | null, stored: EditorDoc) =>
  editor ? (editor.getEditorState().toJSON() as unknown as EditorDoc) : stored;

function useCustomFieldNames({ letter, prefaceEditor, bodyEditor }: CustomFieldsGroupProps): string[] {
  const [names, setNames] = useState(() => customFieldNames(letter));
  const { preface, body, addressee, fields } = letter;

  useEffect(() => {
    const recompute = () =>
      setNames((current) => {
        const next = customFieldNames({
          preface: docOf(prefaceEditor.current, preface),
          body: docOf(bodyEditor.current, body),
          addressee,
          fields,
        });
        return next.join('\n') === current.join('\n') ? current : next;
      });
    let unregister: Array<() => void> = [];
    // The editors hand over their instances in their own effects, which run after this one.
    const timer = setTimeout(() => {
      unregister = [prefaceEditor.current, bodyEditor.current].flatMap((editor) =>
        editor ? [editor.registerMutationListener(PlaceholderNode, recompute)] : [],
      );
      recompute();
    });
    return () => {
      clearTimeout(timer);
      unregister.forEach((stop) => stop());
    };
  }, [prefaceEditor, bodyEditor, preface, body, addressee, fields]);
  return names;
}

export const CustomFieldsGroup = memo(function CustomFieldsGroup(props: CustomFieldsGroupProps) {
  const { letter, patch } = props;
  const intl = useIntl();
  const names = useCustomFieldNames(props);
  if (!names.length) return null;
  return (
    <section
      className="details details--open custom-fields"
      aria-label={intl.formatMessage({ id: 'letter.customFields.title', defaultMessage: 'Custom fields' })}
    >
      <h3 className="details__title custom-fields__title">
        <FormattedMessage id="letter.customFields.title" defaultMessage="Custom fields" />
      </h3>
      <div className="details__grid">
        {names.map((name) => (
          <TextField
            key={name}
            label={name.replace(/[-_]/g, ' ')}
            value={customFieldValue(letter.fields.custom, name)}
            onChange={(value) =>
              patch({ fields: { ...letter.fields, custom: { ...letter.fields.custom, [name]: value } } })
            }
            testId={`custom-field-${name}`}
          />
        ))}
      </div>
    </section>
  );
});
