/**
 * "Insert field": a searchable list of the letter's fields, plus "Custom
 * field…" for one the user names. The choice becomes a PlaceholderNode at the
 * cursor, which then shows the field's value (or "[label]" while it is empty).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $getSelection, $isRangeSelection, $isElementNode } from 'lexical';
import { useId, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { customFieldKey } from '../../../../core/customFields';
import { PLACEHOLDER_FIELDS } from '../../../../core/placeholders';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { closeDialogThen } from '../closeDialogThen';
import { $createPlaceholderNode } from '../../../../core/editor/nodes/PlaceholderNode';

/** The field as a template writes it, the same in every language. */
const placeholderSyntax = (key: string) => `{{${key}}}`;

export function InsertFieldDialog({ onClose }: { onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState('');
  const [custom, setCustom] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const intl = useIntl();
  const q = query.trim().toLowerCase();
  const fields = PLACEHOLDER_FIELDS.filter(
    (field) => !q || field.label.toLowerCase().includes(q) || field.key.includes(q),
  );

  const insert = (key: string) =>
    closeDialogThen(editor, onClose, () => {
      const node = $createPlaceholderNode(key);
      const selection = $getSelection();
      // The dialog took focus; Lexical kept the last selection. Without one, the field goes at the end.
      if ($isRangeSelection(selection)) selection.insertNodes([node]);
      else {
        const last = $getRoot().getLastChild();
        if ($isElementNode(last)) last.append(node);
        node.selectNext();
      }
    });

  const submitCustom = (event: FormEvent) => {
    event.preventDefault();
    try {
      insert(customFieldKey(custom ?? ''));
    } catch (refused) {
      setError(errorMessage(refused));
    }
  };

  const cancel = () => closeDialogThen(editor, onClose);

  if (custom !== null) {
    return (
      <Dialog
        title={intl.formatMessage({ id: 'editor.field.customTitle', defaultMessage: 'Custom field' })}
        onClose={cancel}
        testId="custom-field-dialog"
      >
        <form onSubmit={submitCustom} className="dialog__form">
          <label htmlFor={id} className="field__label">
            <FormattedMessage id="editor.field.name" defaultMessage="Field name" />
          </label>
          <input
            id={id}
            className="input"
            value={custom}
            placeholder={intl.formatMessage({
              id: 'editor.field.nameExample',
              defaultMessage: 'e.g. embargo time',
            })}
            onChange={(event) => {
              setCustom(event.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint`}
            data-testid="custom-field-name"
          />
          <p
            id={`${id}-hint`}
            className={error ? 'field__error' : 'field__hint'}
            role={error ? 'alert' : undefined}
          >
            {error ??
              intl.formatMessage({
                id: 'editor.field.customHint',
                defaultMessage: 'Its value is typed under “Custom fields” in the letter details.',
              })}
          </p>
          <div className="dialog__actions">
            <button type="button" className="btn" onClick={cancel}>
              <FormattedMessage id="editor.field.cancel" defaultMessage="Cancel" />
            </button>
            <button type="submit" className="btn btn--primary" data-testid="custom-field-ok">
              <FormattedMessage id="editor.field.insert" defaultMessage="Insert" />
            </button>
          </div>
        </form>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={intl.formatMessage({ id: 'editor.field.title', defaultMessage: 'Insert field' })}
      onClose={cancel}
      testId="insert-field-dialog"
    >
      <div className="dialog__form">
        <label htmlFor={id} className="field__label">
          <FormattedMessage id="editor.field.search" defaultMessage="Search fields" />
        </label>
        <input
          id={id}
          className="input"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && fields.length) {
              event.preventDefault();
              insert(fields[0].key);
            }
          }}
          data-testid="insert-field-search"
        />
        <ul
          className="field-list"
          aria-label={intl.formatMessage({ id: 'editor.field.list', defaultMessage: 'Fields' })}
        >
          {fields.map((field) => (
            <li key={field.key}>
              <button
                type="button"
                className="field-list__item"
                onClick={() => insert(field.key)}
                data-testid={`insert-field-${field.key}`}
              >
                {/* Named as it prints while empty, in the language of the side it is for. */}
                <span translate="no">{field.label}</span>
                <code className="field-list__key" translate="no">
                  {placeholderSyntax(field.key)}
                </code>
              </button>
            </li>
          ))}
          {!fields.length && (
            <li className="field-list__none">
              <FormattedMessage
                id="editor.field.noMatch"
                defaultMessage="No field matches “{query}”."
                values={{ query: <span translate="no">{query}</span> }}
              />
            </li>
          )}
        </ul>
        <div className="dialog__actions">
          <button
            type="button"
            className="btn"
            onClick={() => setCustom(query)}
            data-testid="insert-custom-field"
          >
            <FormattedMessage id="editor.field.custom" defaultMessage="Custom field…" />
          </button>
          <button type="button" className="btn" onClick={cancel}>
            <FormattedMessage id="editor.field.cancel" defaultMessage="Cancel" />
          </button>
        </div>
      </div>
    </Dialog>
  );
}
