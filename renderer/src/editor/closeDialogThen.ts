import type { LexicalEditor } from 'lexical';
import { flushSync } from 'react-dom';

/**
 * Closes one of an editor's dialogs, then runs `edit` in the editor and puts
 * the cursor back there. The order matters: while a modal <dialog> is open
 * everything behind it is inert, so the editor cannot take focus, and the
 * dialog hands focus back on its own when it goes, at a moment that depends on
 * timing. flushSync removes the dialog first; only then does the editor get its
 * selection and the focus, so the next key typed lands where the user expects.
 */
export function closeDialogThen(editor: LexicalEditor, close: () => void, edit?: () => void): void {
  flushSync(close);
  if (edit) editor.update(edit, { discrete: true });
  editor.focus();
}
