/**
 * A picker opened from an editor's toolbar (snippets, terms): the cursor is
 * kept when it opens (the dialog takes focus), the items are loaded while it
 * shows "Loading…", and closing it puts the cursor back where it was before
 * running the insertion there (closeDialogThen: the dialog goes first).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $getSelection, $isRangeSelection, $setSelection, type BaseSelection } from 'lexical';
import { useRef, useState } from 'react';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';
import { closeDialogThen } from './closeDialogThen';

/** false: closed; null: open, loading; else open with these items. */
export type PickerItems<Item> = readonly Item[] | null | false;

export function usePickerAtCursor<Item>(
  load: () => Promise<readonly Item[]>,
  loadFailed: (detail: string) => string,
) {
  const [editor] = useLexicalComposerContext();
  const notify = useNotify();
  const [items, setItems] = useState<PickerItems<Item>>(false);
  // The dialogs take focus; the cursor (or selection) to come back to is kept here.
  const cursor = useRef<BaseSelection | null>(null);

  const keepCursor = () => {
    cursor.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
  };

  const open = () => {
    keepCursor();
    setItems(null);
    load().then(
      // Closed while loading: stays closed.
      (loaded) => setItems((shown) => (shown === false ? shown : loaded)),
      (error: unknown) => {
        setItems(false);
        notify.error(loadFailed(errorMessage(error)));
      },
    );
  };

  /** Closes the picker (and `closeOthers`' dialogs), the cursor where it was before; `then` runs there. */
  const backToCursor = (then?: () => void, closeOthers?: () => void) =>
    closeDialogThen(
      editor,
      () => {
        setItems(false);
        closeOthers?.();
      },
      () => {
        const saved = cursor.current;
        if ($isRangeSelection(saved)) $setSelection(saved.clone());
        else $getRoot().selectEnd();
        then?.();
      },
    );

  return { items, setItems, open, keepCursor, backToCursor };
}
