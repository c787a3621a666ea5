/**
 * Comments in one editor: reports which threads still have marked text,
 * lights up the marks of open threads (resolved ones are left plain, the
 * thread being looked at stands out), opens a thread when its text is
 * clicked, and runs the toolbar's "Comment" (ADD_COMMENT_COMMAND). The
 * threads themselves are the letter's (comments/useComments.ts).
 */
import { $isMarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  CLICK_COMMAND,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  createCommand,
  type LexicalCommand,
  type NodeKey,
} from 'lexical';
import { useCallback, useEffect, useRef } from 'react';
import type { Side } from '../../../../../core/sides';
import { useCommentsContext } from '../../../comments/CommentsContext';
import { registerMarkTracking } from './trackMarks';

/** The toolbar's Comment button: opens the form for the selected text. */
export const ADD_COMMENT_COMMAND: LexicalCommand<void> = createCommand('ADD_COMMENT_COMMAND');

const RESOLVED_CLASS = 'ed-comment--resolved';
const ACTIVE_CLASS = 'ed-comment--active';

export function CommentPlugin({ side }: { side: Side }): null {
  const [editor] = useLexicalComposerContext();
  const comments = useCommentsContext();
  const latest = useRef(comments);
  latest.current = comments;
  const markKeys = useRef<ReadonlyMap<NodeKey, string[]>>(new Map());

  // Which marks show: a mark is plain when every thread it anchors is resolved (or gone).
  const paint = useCallback(() => {
    const current = latest.current;
    if (!current) return;
    const open = new Set(current.threads.filter((t) => !t.resolved).map((t) => t.id));
    for (const [key, ids] of markKeys.current) {
      const element = editor.getElementByKey(key);
      if (!element) continue;
      element.classList.toggle(RESOLVED_CLASS, !ids.some((id) => open.has(id)));
      element.classList.toggle(ACTIVE_CLASS, current.activeId !== null && ids.includes(current.activeId));
    }
  }, [editor]);

  useEffect(() => {
    if (!latest.current) return;
    return mergeRegister(
      registerMarkTracking(editor, (ids, keys) => {
        markKeys.current = keys;
        latest.current?.marksChanged(side, ids);
        paint();
      }),
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const mark = event.target instanceof Element ? event.target.closest('mark') : null;
          if (!mark) return false;
          // editor.read: finding a node from its DOM element needs the editor, not only its state.
          const ids = editor.read(() => {
            const node = $getNearestNodeFromDOMNode(mark);
            return $isMarkNode(node) ? node.getIDs() : [];
          });
          latest.current?.markClicked(ids);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        ADD_COMMENT_COMMAND,
        () => {
          latest.current?.startComment(side);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor, side, paint]);

  const threads = comments?.threads;
  const activeId = comments?.activeId;
  useEffect(paint, [paint, threads, activeId]);

  return null;
}
