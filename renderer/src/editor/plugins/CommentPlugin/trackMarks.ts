/**
 * Keeps count of which comment threads still have marks in one editor, as
 * Lexical's playground CommentPlugin does: a mutation listener on MarkNode
 * remembers each mark's ids, so a destroyed mark (its text deleted, a
 * paragraph merged, an undo) can still say which threads it anchored. Only
 * the marks an update touched are looked at, so typing costs nothing here.
 */
import { $createMarkNode, $isMarkNode, MarkNode } from '@lexical/mark';
import { mergeRegister, registerNestedElementResolver } from '@lexical/utils';
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';

export type MarksListener = (
  threadIds: ReadonlySet<string>,
  markKeys: ReadonlyMap<NodeKey, string[]>,
) => void;

export function registerMarkTracking(editor: LexicalEditor, onChange: MarksListener): () => void {
  const idsOfMark = new Map<NodeKey, string[]>();
  const report = () => onChange(new Set([...idsOfMark.values()].flat()), idsOfMark);
  return mergeRegister(
    // A mark nested inside another (comments that overlap) is merged into one carrying both ids.
    registerNestedElementResolver<MarkNode>(
      editor,
      MarkNode,
      (from) => $createMarkNode(from.getIDs()),
      (from, to) => from.getIDs().forEach((id) => to.addID(id)),
    ),
    editor.registerMutationListener(
      MarkNode,
      (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            const node = $getNodeByKey(key);
            if (mutation === 'destroyed' || !$isMarkNode(node)) idsOfMark.delete(key);
            else idsOfMark.set(key, node.getIDs());
          }
        });
        report();
      },
      { skipInitialization: false },
    ),
  );
}
