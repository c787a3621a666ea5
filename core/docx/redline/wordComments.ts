/**
 * The letter's open comment threads as Word comments, each anchored to the
 * text its mark holds (core/comments/: a Lexical mark node per stretch,
 * naming its threads). A thread is one Word comment; its replies are Word
 * replies to it (`parentId`, Word's threaded comments), all on the same
 * range, as Word itself writes them. Resolved threads are left out: they are
 * settled and would only crowd the margin. A thread whose text is gone (no
 * mark left in the exported parts) has nothing to anchor to and is left out.
 *
 * The range of a thread runs from the first character its marks hold to the
 * last, across paragraphs when a stretch spans them: how much marked text
 * the exported parts hold is counted first (partPieces reads as the parts
 * do), and the range ends when the runs have passed that much.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun } from 'docx';
import type { ICommentOptions, ParagraphChild } from 'docx';
import type { CommentThread } from '../../comments/thread';
import type { InlinePiece } from '../../document/blocks';
import { stripInvalidXmlChars } from '../../sanitize';
import type { CommentAnchors } from '../context';

export interface WordComments extends CommentAnchors {
  /** The comments anchored in the text so far: the Document's `comments`, once the sections are built. */
  comments(): ICommentOptions[];
}

interface Anchor {
  thread: CommentThread;
  /** Word comment ids: the thread's first comment, then its replies. */
  ids: number[];
  /** Marked text still to pass before the range ends. */
  left: number;
  started: boolean;
  ended: boolean;
}

const wordDate = (iso: string) => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time);
};

/** A comment's text as paragraphs, one per line. */
const commentParagraphs = (text: string) =>
  stripInvalidXmlChars(text)
    .split(/\r\n|\n|\r/)
    .map((line) => new Paragraph({ children: [new TextRun(line)] }));

/**
 * `threads`: the letter's threads; `pieces`: every piece the document will
 * write from the editor's text, read with marks (their order does not matter).
 */
export function wordComments(
  threads: readonly CommentThread[],
  pieces: readonly InlinePiece[],
): WordComments {
  const marked = new Map<string, number>();
  for (const piece of pieces) {
    for (const id of piece.comments ?? []) marked.set(id, (marked.get(id) ?? 0) + piece.text.length);
  }
  const anchors = new Map<string, Anchor>();
  let nextId = 0;
  for (const thread of threads) {
    const left = marked.get(thread.id) ?? 0;
    if (thread.resolved || left === 0 || anchors.has(thread.id)) continue;
    anchors.set(thread.id, {
      thread,
      ids: thread.comments.map(() => nextId++),
      left,
      started: false,
      ended: false,
    });
  }
  return {
    around(piece) {
      const before: ParagraphChild[] = [];
      const after: ParagraphChild[] = [];
      for (const id of piece.comments ?? []) {
        const anchor = anchors.get(id);
        if (!anchor || anchor.ended) continue;
        if (!anchor.started) {
          anchor.started = true;
          before.push(...anchor.ids.map((n) => new CommentRangeStart(n)));
        }
        anchor.left -= piece.text.length;
        if (anchor.left <= 0) {
          anchor.ended = true;
          after.push(...anchor.ids.map((n) => new CommentRangeEnd(n)));
          after.push(...anchor.ids.map((n) => new TextRun({ children: [new CommentReference(n)] })));
        }
      }
      return { before, after };
    },
    comments() {
      return [...anchors.values()]
        .filter((anchor) => anchor.ended)
        .flatMap(({ thread, ids }) =>
          thread.comments.map((comment, i) => ({
            id: ids[i],
            ...(i > 0 ? { parentId: ids[0] } : {}),
            author: stripInvalidXmlChars(comment.author).trim() || 'LetterDesk',
            ...(wordDate(comment.createdAt) ? { date: wordDate(comment.createdAt) } : {}),
            children: commentParagraphs(comment.text),
          })),
        );
    },
  };
}
