/**
 * The open letter's comment threads and what the user does with them. The
 * threads live in the letter's draft (`letter.comments`), so the autosave
 * stores them with the letter; their anchors live in the two editors as mark
 * nodes (editor/plugins/CommentPlugin), which report back which threads still
 * have text. A thread whose marks are all gone is "detached": kept, with its quote.
 */
import {
  $getSelection,
  $isRangeSelection,
  HISTORY_MERGE_TAG,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useIntl } from 'react-intl';
import type { CommentThread } from '../../../core/comments/thread';
import {
  addReply,
  deleteComment,
  editComment,
  newThread,
  setResolved,
} from '../../../core/comments/threadEdits';
import { SIDES, type Side } from '../../../core/sides';
import { useCommand } from '../commands/useCommand';
import { $allMarks, $anchorComment, $removeCommentMarks } from '../editor/plugins/CommentPlugin/commentMarks';
import { COMMENT_MARK_TAG } from '../editor/updateTags';
import { useNotify } from '../ui/Notifications';

/** The selection a new comment will be anchored to, held while its text is typed. */
export interface PendingComment {
  side: Side;
  quote: string;
  selection: RangeSelection;
}

interface UseCommentsOptions {
  threads: CommentThread[];
  changeComments: (change: (threads: CommentThread[]) => CommentThread[]) => void;
  editors: Record<Side, RefObject<LexicalEditor | null>>;
  /** Who is commenting (core/authorName.ts); empty shows as "You". */
  me: string;
  /** A version or a compare is shown instead of the editors: nothing to comment on or show. */
  reading: boolean;
}

/**
 * Marks come and go without an undo step of their own (merged into the last
 * one): commenting is not typing, and an undo that took only a mark away would
 * count as an edit of the text. Undoing the typing before a comment takes its
 * mark too (the thread shows as detached); Redo brings it back.
 */
const MARK_UPDATE: Parameters<LexicalEditor['update']>[1] = {
  tag: [COMMENT_MARK_TAG, HISTORY_MERGE_TAG],
  discrete: true,
};

/** Thread and comment ids: random, and of the characters the stored ids allow. */
const newId = () => crypto.randomUUID();

export function useComments({ threads, changeComments, editors, me, reading }: UseCommentsOptions) {
  const intl = useIntl();
  const notify = useNotify();
  const [panelOpen, setPanelOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingComment | null>(null);
  const [anchored, setAnchored] = useState<Record<Side, ReadonlySet<string>>>({
    preface: new Set(),
    body: new Set(),
  });
  const editorsRef = useRef(editors);
  editorsRef.current = editors;

  /** The selected text of one side, if any. */
  const selectionOf = useCallback((side: Side): PendingComment | null => {
    const editor = editorsRef.current[side].current;
    if (!editor || !editor.isEditable()) return null;
    return editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
      const quote = selection.getTextContent();
      return quote.trim() ? { side, quote, selection: selection.clone() } : null;
    });
  }, []);

  /** Opens the comment form for the selected text: of `side`, or of whichever editor has some. */
  const startComment = useCallback(
    (side?: Side) => {
      const focused = SIDES.find((s) =>
        editorsRef.current[s].current?.getRootElement()?.contains(document.activeElement),
      );
      if (reading) {
        notify.info(
          intl.formatMessage({
            id: 'comments.start.reading',
            defaultMessage: 'Go back to editing to comment on the text.',
          }),
        );
        return;
      }
      const order = side ? [side] : focused ? [focused] : SIDES;
      const found = order.map(selectionOf).find(Boolean);
      if (!found) {
        notify.info(
          intl.formatMessage({
            id: 'comments.start.noSelection',
            defaultMessage: 'Select the text you want to comment on first.',
          }),
        );
        return;
      }
      setPending(found);
    },
    [selectionOf, notify, intl, reading],
  );
  useCommand('letter.comment', () => startComment());

  const runMarks = useCallback((side: Side, edit: () => void) => {
    editorsRef.current[side].current?.update(edit, MARK_UPDATE);
  }, []);

  /** The form was sent: the selection gets its mark, the letter its thread. */
  const submitComment = useCallback(
    (text: string) => {
      if (!pending) return;
      const id = newId();
      const editor = editorsRef.current[pending.side].current;
      // The form is a modal dialog: it goes first, so the editor can take the focus back.
      flushSync(() => setPending(null));
      let anchoredNow = false;
      editor?.update(() => {
        anchoredNow = $anchorComment(pending.selection, id);
      }, MARK_UPDATE);
      if (!anchoredNow) return;
      const now = new Date().toISOString();
      changeComments((all) => [
        ...all,
        newThread({
          id,
          commentId: newId(),
          side: pending.side,
          quote: pending.quote,
          text,
          author: me,
          now,
        }),
      ]);
      setActiveId(id);
      setPanelOpen(true);
      editor?.focus();
    },
    [pending, changeComments, me],
  );

  const cancelComment = useCallback(() => {
    const side = pending?.side;
    flushSync(() => setPending(null));
    if (side) editorsRef.current[side].current?.focus();
  }, [pending]);

  const now = () => new Date().toISOString();

  const reply = useCallback(
    (threadId: string, text: string) =>
      changeComments((all) => addReply(all, threadId, { id: newId(), author: me, text }, now())),
    [changeComments, me],
  );
  const edit = useCallback(
    (threadId: string, commentId: string, text: string) =>
      changeComments((all) => editComment(all, threadId, commentId, text, now())),
    [changeComments],
  );
  const resolve = useCallback(
    (threadId: string, resolved: boolean) =>
      changeComments((all) => setResolved(all, threadId, resolved, me, now())),
    [changeComments, me],
  );
  /** Deletes a comment; the opening one takes its thread and the thread's marks with it. */
  const remove = useCallback(
    (threadId: string, commentId: string) => {
      const thread = threads.find((t) => t.id === threadId);
      if (thread?.comments[0]?.id === commentId) {
        // A pasted copy of marked text may carry the id into the other side too.
        for (const side of SIDES) runMarks(side, () => $removeCommentMarks(threadId));
      }
      changeComments((all) => deleteComment(all, threadId, commentId));
    },
    [threads, changeComments, runMarks],
  );

  /** Brings a thread's text into view and lights it up; false if it has none left. */
  const showThread = useCallback((threadId: string) => {
    setActiveId(threadId);
    for (const side of SIDES) {
      const editor = editorsRef.current[side].current;
      if (!editor) continue;
      const key = editor.getEditorState().read(() =>
        $allMarks()
          .find((m) => m.hasID(threadId))
          ?.getKey(),
      );
      const element = key ? editor.getElementByKey(key) : null;
      if (element) {
        element.scrollIntoView({ block: 'center', behavior: 'smooth' });
        return true;
      }
    }
    return false;
  }, []);

  /** Marked text was clicked: its thread opens in the panel (an open one, where threads overlap). */
  const markClicked = useCallback(
    (ids: readonly string[]) => {
      const known = threads.filter((t) => ids.includes(t.id));
      const thread = known.find((t) => !t.resolved) ?? known[0];
      if (!thread) return;
      setActiveId(thread.id);
      setPanelOpen(true);
    },
    [threads],
  );

  const marksChanged = useCallback((side: Side, ids: ReadonlySet<string>) => {
    setAnchored((prev) => ({ ...prev, [side]: ids }));
  }, []);

  const togglePanel = useCallback(() => setPanelOpen((open) => !open), []);
  const openPanel = useCallback(() => setPanelOpen(true), []);

  return useMemo(
    () => ({
      threads,
      me,
      reading,
      panelOpen,
      togglePanel,
      openPanel,
      closePanel: () => setPanelOpen(false),
      activeId,
      setActiveId,
      pending,
      startComment,
      submitComment,
      cancelComment,
      reply,
      edit,
      resolve,
      remove,
      showThread,
      markClicked,
      marksChanged,
      /** Whether the thread's text is still in the letter. */
      isAnchored: (thread: CommentThread) => SIDES.some((side) => anchored[side].has(thread.id)),
      /** Threads with no text left in either side: a paste may anchor them again. */
      detachedIds: () =>
        new Set(threads.filter((t) => !SIDES.some((side) => anchored[side].has(t.id))).map((t) => t.id)),
    }),
    [
      threads,
      me,
      reading,
      panelOpen,
      togglePanel,
      openPanel,
      activeId,
      pending,
      startComment,
      submitComment,
      cancelComment,
      reply,
      edit,
      resolve,
      remove,
      showThread,
      markClicked,
      marksChanged,
      anchored,
    ],
  );
}

export type Comments = ReturnType<typeof useComments>;
