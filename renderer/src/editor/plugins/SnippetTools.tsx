/**
 * "Insert snippet" and "Save selection as snippet" for one editor. Snippets
 * belong to one side, so the Chinese preface offers Chinese boilerplate only.
 */
import { $generateJSONFromSelectedNodes } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $insertNodes, $parseSerializedNode, type SerializedLexicalNode } from 'lexical';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { EditorDoc, SerializedNode } from '../../../../core/editorDoc';
import type { Side } from '../../../../core/sides';
import { snippetDoc, snippetFromSelection, snippetText, type Snippet } from '../../../../core/snippet';
import { useApi } from '../../app/ApiContext';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/errorMessage';
import { isConflict } from '../../ui/isConflict';
import { useNotify } from '../../ui/Notifications';
import { PromptDialog } from '../../ui/PromptDialog';
import { usePickerAtCursor } from '../usePickerAtCursor';
import { SnippetPicker } from './SnippetPicker';

interface SnippetToolsProps {
  side: Side;
}

const newSnippetId = () => `s-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export function SnippetTools({ side }: SnippetToolsProps) {
  const [editor] = useLexicalComposerContext();
  const intl = useIntl();
  const api = useApi();
  const notify = useNotify();
  const [editable, setEditable] = useState(() => editor.isEditable());
  const [saving, setSaving] = useState<EditorDoc | null>(null);
  const [removing, setRemoving] = useState<Snippet | null>(null);
  const picker = usePickerAtCursor<Snippet>(
    () => api.call('snippets.list', {}).then((all) => all.filter((s) => s.side === side)),
    (detail) =>
      intl.formatMessage(
        { id: 'editor.snippet.loadFailed', defaultMessage: 'The snippets could not be loaded: {detail}' },
        { detail },
      ),
  );

  useEffect(() => editor.registerEditableListener(setEditable), [editor]);

  /** Closes the dialogs and goes back to the editor, the cursor where it was before; `then` runs there. */
  const backToCursor = (then?: () => void) => picker.backToCursor(then, () => setSaving(null));

  const insert = (snippet: Snippet) =>
    backToCursor(() =>
      $insertNodes(
        snippetDoc(snippet).root.children.map((node) => $parseSerializedNode(node as SerializedLexicalNode)),
      ),
    );

  const remove = (snippet: Snippet) => {
    setRemoving(null);
    const show = (all: Snippet[]) =>
      picker.setItems((open) => (open === false ? open : all.filter((s) => s.side === side)));
    api
      .call('snippets.remove', { id: snippet.id, revision: snippet.revision })
      .then(show, (error: unknown) => {
        if (!isConflict(error)) return notify.error(errorMessage(error));
        notify.error(
          intl.formatMessage(
            {
              id: 'editor.snippet.staleDelete',
              defaultMessage:
                'The snippet “{title}” was changed in another window since this list was shown, so it was not deleted. The list now shows the latest version; Delete it again if you still want to.',
            },
            { title: snippet.title },
          ),
        );
        void api.call('snippets.list', {}).then(show, () => undefined);
      });
  };

  // The selection with its formatting, lists, links and fields, as Lexical copies it to the clipboard.
  const startSave = () => {
    picker.keepCursor();
    const doc = editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!selection || !selection.getTextContent().trim()) return null;
      return snippetFromSelection($generateJSONFromSelectedNodes<SerializedNode>(editor, selection).nodes);
    });
    if (!doc?.root.children.length) {
      notify.error(
        intl.formatMessage({
          id: 'editor.snippet.selectFirst',
          defaultMessage: 'Select the text to keep first, then choose “Save selection as snippet”.',
        }),
      );
      return;
    }
    setSaving(doc);
  };

  const save = (title: string) => {
    const content = saving;
    backToCursor();
    if (!content) return;
    api.call('snippets.save', { snippet: { id: newSnippetId(), title, side, content, revision: 0 } }).then(
      () =>
        notify.info(
          intl.formatMessage(
            { id: 'editor.snippet.saved', defaultMessage: 'Saved the snippet “{title}”.' },
            { title },
          ),
        ),
      (error: unknown) => notify.error(errorMessage(error)),
    );
  };

  return (
    <div
      className="toolbar"
      role="group"
      aria-label={
        side === 'preface'
          ? intl.formatMessage({
              id: 'editor.snippet.prefaceGroup',
              defaultMessage: 'Chinese preface snippets',
            })
          : intl.formatMessage({ id: 'editor.snippet.bodyGroup', defaultMessage: 'English letter snippets' })
      }
    >
      <button
        type="button"
        className="tool tool--text"
        title={intl.formatMessage({
          id: 'editor.snippet.insertHint',
          defaultMessage: 'Insert snippet: reusable text at the cursor',
        })}
        aria-label={intl.formatMessage({
          id: 'editor.snippet.insertLabel',
          defaultMessage: 'Insert snippet',
        })}
        disabled={!editable}
        onMouseDown={(event) => event.preventDefault()}
        onClick={picker.open}
        data-testid="snippet-insert"
      >
        <FormattedMessage id="editor.snippet.insertButton" defaultMessage="Snippet…" />
      </button>
      <button
        type="button"
        className="tool tool--text"
        // Named by its visible words (speech input says what it sees); the tooltip says more.
        title={intl.formatMessage({
          id: 'editor.snippet.saveHint',
          defaultMessage: 'Save selection as snippet, to reuse it',
        })}
        disabled={!editable}
        onMouseDown={(event) => event.preventDefault()}
        onClick={startSave}
        data-testid="snippet-save"
      >
        <FormattedMessage id="editor.snippet.saveButton" defaultMessage="Save snippet" />
      </button>
      {picker.items !== false && (
        <SnippetPicker
          snippets={picker.items}
          onPick={insert}
          onRemove={setRemoving}
          onClose={() => backToCursor()}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={intl.formatMessage({
            id: 'editor.snippet.deleteTitle',
            defaultMessage: 'Delete this snippet?',
          })}
          message={intl.formatMessage(
            {
              id: 'editor.snippet.deleteMessage',
              defaultMessage:
                '“{title}” will no longer be offered. Letters that already use its text keep it.',
            },
            { title: removing.title },
          )}
          confirmLabel={intl.formatMessage({ id: 'editor.snippet.deleteConfirm', defaultMessage: 'Delete' })}
          danger
          onConfirm={() => remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
      {saving && (
        <PromptDialog
          title={intl.formatMessage({
            id: 'editor.snippet.saveTitle',
            defaultMessage: 'Save selection as snippet',
          })}
          label={intl.formatMessage({ id: 'editor.snippet.titleLabel', defaultMessage: 'Snippet title' })}
          initialValue={snippetText({ content: saving }).split('\n')[0].slice(0, 40)}
          submitLabel={intl.formatMessage({
            id: 'editor.snippet.saveButton',
            defaultMessage: 'Save snippet',
          })}
          parse={(value) => {
            if (!value.trim()) {
              throw new Error(
                intl.formatMessage({
                  id: 'editor.snippet.titleMissing',
                  defaultMessage: 'Give the snippet a title so you can find it again.',
                }),
              );
            }
            return value.trim().slice(0, 200);
          }}
          onSubmit={save}
          onCancel={() => backToCursor()}
        />
      )}
    </div>
  );
}
