/**
 * Tells the letter that its text changed, so the autosave can schedule a
 * save. Only real content changes count: selection moves, placeholder
 * refreshes and updates that mark nodes dirty without changing them (see
 * contentChanged) do not. The work here compares the few nodes an update
 * touched, never the whole document, so typing (and IME composition) stays
 * fast.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { contentChanged } from '../contentChanged';
import { COMMENT_MARK_TAG, PLACEHOLDER_SYNC_TAG } from '../updateTags';

export function DocumentChangePlugin({ onChange }: { onChange: () => void }): null {
  const [editor] = useLexicalComposerContext();
  const onChangeRef = useRef(onChange);

  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags, prevEditorState, editorState }) => {
        // A comment's marks are not an edit; the comment change itself marks the letter changed.
        if (tags.has(PLACEHOLDER_SYNC_TAG) || tags.has(COMMENT_MARK_TAG)) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        const dirty = [...dirtyElements.keys(), ...dirtyLeaves];
        if (!contentChanged(editor, prevEditorState, editorState, dirty)) return;
        onChangeRef.current();
      }),
    [editor],
  );

  return null;
}
