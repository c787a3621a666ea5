/**
 * Comments on a letter's text: threads anchored to a stretch of one side by a
 * Lexical mark node (`@lexical/mark`, type "mark", whose `ids` name the
 * threads), with replies. They are stored with the letter and are never part
 * of what leaves LetterDesk: the DOCX, email, PDF and copies read the text
 * through the marks (core/document/readBlocks.ts keeps unknown inline
 * elements' text), and a version freezes the text without them.
 *
 * Types only; the stored form is checked by schemas/comment.ts.
 */
import type { z } from 'zod';
import type { commentSchema, commentThreadSchema } from '../schemas/comment';

export type Comment = z.infer<typeof commentSchema>;
export type CommentThread = z.infer<typeof commentThreadSchema>;

export const COMMENT_TEXT_MAX = 5000;
export const COMMENT_QUOTE_MAX = 1000;
/** Threads one letter may hold, and comments one thread may hold. */
export const THREADS_MAX = 1000;
export const COMMENTS_PER_THREAD_MAX = 200;

/** Threads still waiting for someone: what the library counts and the preflight warns about. */
export function openThreads(threads: readonly CommentThread[] | undefined): number {
  return (threads ?? []).filter((thread) => !thread.resolved).length;
}
