/**
 * Whether an editor update changed the document the letter stores, as
 * opposed to only touching it. Lexical marks nodes dirty without changing
 * them, e.g. every text node when a plugin registers a transform, so "some
 * node is dirty" is not "the user edited": opening a letter would save it,
 * bump its revision (a conflict in any other window that has it open) and send
 * an approved side back to draft.
 *
 * Only the dirty nodes are compared, before and after: Lexical keeps every
 * other node as the very same object, so they cannot differ. A keystroke
 * dirties a few nodes, so this costs next to nothing while typing, unlike
 * serializing the whole document on every update.
 */
import { $getNodeByKey, $isElementNode, type EditorState, type LexicalEditor } from 'lexical';
import { $isPlaceholderNode } from '../../../core/editor/nodes/PlaceholderNode';

/** What one node puts in the stored document, besides its children's own content; null if absent. */
function $storedShape(key: string): string | null {
  const node = $getNodeByKey(key);
  if (!node) return null;
  const json: Record<string, unknown> = { ...node.exportJSON() };
  // A chip's text is its field's current value, refreshed whenever the details change and resolved
  // afresh by every export: a refresh is not an edit (see PlaceholderSyncPlugin).
  if ($isPlaceholderNode(node)) delete json.text;
  return JSON.stringify([json, $isElementNode(node) ? node.getChildrenKeys() : null]);
}

export function contentChanged(
  editor: LexicalEditor,
  prev: EditorState,
  next: EditorState,
  dirtyKeys: Iterable<string>,
): boolean {
  const keys = [...dirtyKeys];
  const before = prev.read(() => keys.map($storedShape), { editor });
  const after = next.read(() => keys.map($storedShape), { editor });
  return keys.some((_, index) => before[index] !== after[index]);
}
