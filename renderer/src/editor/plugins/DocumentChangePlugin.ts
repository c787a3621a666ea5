/**
 * Tells the letter that its text changed, so the autosave can schedule a
 * save. Only real content changes count: selection moves and placeholder
 * refreshes do not. The work here is a flag and a timer, never a
 * serialization, so typing (and IME composition) stays fast.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { PLACEHOLDER_SYNC_TAG } from '../updateTags';

export function DocumentChangePlugin({ onChange }: { onChange: () => void }): null {
  const [editor] = useLexicalComposerContext();
  const onChangeRef = useRef(onChange);

  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        if (tags.has(PLACEHOLDER_SYNC_TAG)) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        onChangeRef.current();
      }),
    [editor],
  );

  return null;
}
