/**
 * The editor side of comments: a thread is anchored by `@lexical/mark`'s
 * MarkNode around its text, whose ids name the threads (one mark may carry
 * several where comments overlap). As in Lexical's playground CommentPlugin,
 * a selection is wrapped with `$wrapSelectionInMarkNode`, and a deleted
 * thread's id is taken off its marks, unwrapping those left with none.
 * `$`-functions: run them inside `editor.update` or `editor.read`.
 */
import { $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, type MarkNode } from '@lexical/mark';
import { $dfs } from '@lexical/utils';
import { $isRangeSelection, type BaseSelection } from 'lexical';

/** Wraps the selected text in a mark for `threadId`; false when there is no text selected. */
export function $anchorComment(selection: BaseSelection | null, threadId: string): boolean {
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
  if (!selection.getTextContent().trim()) return false;
  $wrapSelectionInMarkNode(selection, selection.isBackward(), threadId);
  return true;
}

/** Every mark in the document, in reading order. */
export function $allMarks(): MarkNode[] {
  return $dfs()
    .map(({ node }) => node)
    .filter($isMarkNode);
}

/** The threads whose marks are still in the text: any other thread is detached. */
export function $anchoredThreadIds(): Set<string> {
  return new Set($allMarks().flatMap((mark) => mark.getIDs()));
}

/** Takes a thread off the text: its id leaves every mark, and marks left with no id go. */
export function $removeCommentMarks(threadId: string): void {
  for (const mark of $allMarks()) {
    if (!mark.hasID(threadId)) continue;
    mark.deleteID(threadId);
    if (mark.getIDs().length === 0) $unwrapMarkNode(mark);
  }
}

/** The text a thread's marks hold now, in reading order (a mark split in two reads as one). */
export function $markedText(threadId: string): string {
  return $allMarks()
    .filter((mark) => mark.hasID(threadId))
    .map((mark) => mark.getTextContent())
    .join('');
}
