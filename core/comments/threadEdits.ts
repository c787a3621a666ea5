/**
 * The changes a person makes to comment threads, as pure functions from one
 * list of threads to the next: the page keeps the list in the letter's draft
 * (so autosave stores it with the letter's revision check), and tests run
 * these without a page. Each returns the list unchanged when the thread or
 * comment it names is not there (another window may have deleted it).
 */
import type { Side } from '../sides';
import { COMMENT_QUOTE_MAX, COMMENT_TEXT_MAX, type Comment, type CommentThread } from './thread';

/** Why a comment's text cannot be kept as typed, or null when it can. */
export type CommentTextProblem = 'empty' | 'tooLong' | null;

export function commentTextProblem(text: string): CommentTextProblem {
  const trimmed = text.trim();
  if (!trimmed) return 'empty';
  return trimmed.length > COMMENT_TEXT_MAX ? 'tooLong' : null;
}

/** The quote a thread keeps of its text: on one line, cut to the stored limit. */
export function threadQuote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > COMMENT_QUOTE_MAX ? `${line.slice(0, COMMENT_QUOTE_MAX - 1)}…` : line;
}

export interface NewThread {
  id: string;
  commentId: string;
  side: Side;
  quote: string;
  text: string;
  author: string;
  now: string;
}

export function newThread({ id, commentId, side, quote, text, author, now }: NewThread): CommentThread {
  return {
    id,
    side,
    quote: threadQuote(quote),
    createdAt: now,
    resolved: false,
    comments: [{ id: commentId, author, createdAt: now, text: text.trim() }],
  };
}

function changeThread(
  threads: readonly CommentThread[],
  threadId: string,
  change: (thread: CommentThread) => CommentThread,
): CommentThread[] {
  return threads.map((thread) => (thread.id === threadId ? change(thread) : thread));
}

export function addReply(
  threads: readonly CommentThread[],
  threadId: string,
  reply: Pick<Comment, 'id' | 'author' | 'text'>,
  now: string,
): CommentThread[] {
  return changeThread(threads, threadId, (thread) => ({
    ...thread,
    comments: [...thread.comments, { ...reply, text: reply.text.trim(), createdAt: now }],
  }));
}

export function editComment(
  threads: readonly CommentThread[],
  threadId: string,
  commentId: string,
  text: string,
  now: string,
): CommentThread[] {
  return changeThread(threads, threadId, (thread) => ({
    ...thread,
    comments: thread.comments.map((comment) =>
      comment.id === commentId ? { ...comment, text: text.trim(), editedAt: now } : comment,
    ),
  }));
}

/**
 * Deletes one comment. The first comment is what the thread is about, so
 * deleting it deletes the whole thread (the page then unwraps its marks).
 */
export function deleteComment(
  threads: readonly CommentThread[],
  threadId: string,
  commentId: string,
): CommentThread[] {
  const thread = threads.find((t) => t.id === threadId);
  if (!thread) return [...threads];
  if (thread.comments[0]?.id === commentId) return deleteThread(threads, threadId);
  return changeThread(threads, threadId, (t) => ({
    ...t,
    comments: t.comments.filter((comment) => comment.id !== commentId),
  }));
}

export function deleteThread(threads: readonly CommentThread[], threadId: string): CommentThread[] {
  return threads.filter((thread) => thread.id !== threadId);
}

export function setResolved(
  threads: readonly CommentThread[],
  threadId: string,
  resolved: boolean,
  by: string,
  now: string,
): CommentThread[] {
  return changeThread(threads, threadId, (thread) => {
    const { resolvedAt: _at, resolvedBy: _by, ...rest } = thread;
    return resolved ? { ...rest, resolved, resolvedAt: now, resolvedBy: by } : { ...rest, resolved };
  });
}

/** Open threads first, each group oldest first: the order the comments panel lists them in. */
export function threadsInOrder(threads: readonly CommentThread[]): CommentThread[] {
  const byTime = (a: CommentThread, b: CommentThread) => a.createdAt.localeCompare(b.createdAt);
  return [
    ...threads.filter((t) => !t.resolved).sort(byTime),
    ...threads.filter((t) => t.resolved).sort(byTime),
  ];
}
