/**
 * Keeps every placeholder chip showing its field's current value.
 *
 * - A node transform fixes any chip that changes or appears (typing, paste,
 *   duplicate), inside the same update, so its text is never stale.
 * - When a field changes (`signature` differs) every chip is refreshed in one
 *   update tagged as a sync, which the autosave ignores.
 * - Undo/redo restore old states without running transforms, and a whole
 *   state set at once (a letter's content arriving) runs none either, so
 *   both are followed by a refresh too; a refresh that changes nothing
 *   changes no node.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ResolvedPlaceholder } from '../../../../core/placeholders';
import { $isPlaceholderNode, PlaceholderNode } from '../../../../core/editor/nodes/PlaceholderNode';
import { PLACEHOLDER_SYNC_TAG } from '../updateTags';

type Resolve = (key: string) => ResolvedPlaceholder;

function $applyResolved(node: PlaceholderNode, resolve: Resolve): void {
  const { text, filled } = resolve(node.getPlaceholderKey());
  if (node.getTextContent() === text && node.isFilled() === filled) return;
  // A caret inside the chip must stay inside its new, possibly shorter, text.
  const selection = $getSelection();
  const points = $isRangeSelection(selection) ? [selection.anchor, selection.focus] : [];
  const touching = points.filter((point) => point.key === node.getKey());
  node.setResolved(text, filled);
  for (const point of touching) point.set(point.key, point.offset > 0 ? text.length : 0, 'text');
}

function syncAll(editor: LexicalEditor, keys: Set<string>, resolve: Resolve): void {
  if (!keys.size) return;
  editor.update(
    () => {
      for (const key of keys) {
        const node = $getNodeByKey(key);
        if ($isPlaceholderNode(node)) $applyResolved(node, resolve);
      }
    },
    { tag: [HISTORY_MERGE_TAG, PLACEHOLDER_SYNC_TAG] },
  );
}

export function PlaceholderSyncPlugin({ resolve, signature }: { resolve: Resolve; signature: string }): null {
  const [editor] = useLexicalComposerContext();
  const resolveRef = useRef(resolve);
  const keysRef = useRef(new Set<string>());

  useLayoutEffect(() => {
    resolveRef.current = resolve;
  }, [resolve]);

  useEffect(() => {
    const keys = keysRef.current;
    return mergeRegister(
      editor.registerNodeTransform(PlaceholderNode, (node) => $applyResolved(node, resolveRef.current)),
      editor.registerMutationListener(
        PlaceholderNode,
        (mutations) => {
          let created = false;
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') keys.delete(key);
            else keys.add(key);
            created ||= mutation === 'created';
          }
          // Chips that arrive without a transform (the letter's content set as a whole, or there
          // before this listener) may show a field as it was: refresh them, after this update.
          if (created) queueMicrotask(() => syncAll(editor, keys, resolveRef.current));
        },
        { skipInitialization: false },
      ),
      editor.registerUpdateListener(({ tags }) => {
        if (tags.has(HISTORIC_TAG)) queueMicrotask(() => syncAll(editor, keys, resolveRef.current));
      }),
    );
  }, [editor]);

  useEffect(() => {
    syncAll(editor, keysRef.current, resolveRef.current);
  }, [editor, signature]);

  return null;
}
