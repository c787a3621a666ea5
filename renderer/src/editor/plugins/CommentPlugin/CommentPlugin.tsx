/**
 * Comments in one editor: reports which threads still have marked text,
 * lights up the marks of open threads (resolved ones are left plain, the
 * thread being looked at stands out), opens a thread when its text is
 * clicked, runs the toolbar's "Comment" (ADD_COMMENT_COMMAND), and keeps
 * pasted copies of marked text from anchoring a thread twice. The threads
 * themselves are the letter's (comments/useComments.ts).
 */
import { $isMarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $insertDataTransferForRichText } from '@lexical/clipboard';
import {
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isRangeSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  PASTE_COMMAND,
  createCommand,
  type LexicalCommand,
  type NodeKey,
} from 'lexical';
import { useCallback, useEffect, useRef } from 'react';
import { keepMarks } from '../../../../../core/comments/withoutComments';
import type { Side } from '../../../../../core/sides';
import { useCommentsContext } from '../../../comments/CommentsContext';
import { registerMarkTracking } from './trackMarks';

/** The toolbar's Comment button: opens the form for the selected text. */
export const ADD_COMMENT_COMMAND: LexicalCommand<void> = createCommand('ADD_COMMENT_COMMAND');

const LEXICAL_MIME = 'application/x-lexical-editor';

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
      // Copied marked text keeps no mark (Word and Google Docs do not copy comments either), except
      // the mark of a thread with no text left anywhere: cut and paste moves a comment with its text.
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          const json = data?.getData(LEXICAL_MIME);
          const selection = $getSelection();
          if (!data || !json?.includes('"mark"') || !$isRangeSelection(selection)) return false;
          let payload: { nodes?: unknown };
          try {
            payload = JSON.parse(json) as { nodes?: unknown };
          } catch {
            return false;
          }
          if (!Array.isArray(payload.nodes)) return false;
          const movable = latest.current?.detachedIds() ?? new Set<string>();
          const cleaned = new DataTransfer();
          cleaned.setData(
            LEXICAL_MIME,
            JSON.stringify({ ...payload, nodes: keepMarks(payload.nodes, (id) => movable.has(id)) }),
          );
          cleaned.setData('text/plain', data.getData('text/plain'));
          event.preventDefault();
          $insertDataTransferForRichText(cleaned, selection, editor);
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
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
