/** The stored form of comment threads (types and limits in ../comments/thread.ts). */
import { z } from 'zod';
import { COMMENT_QUOTE_MAX, COMMENT_TEXT_MAX, COMMENTS_PER_THREAD_MAX } from '../comments/thread';
import { SIDES } from '../sides';

/** Thread and comment ids: also the ids in the editor's mark nodes. */
export const commentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a comment id');
const time = z.string().max(40);
const author = z.string().max(200);

export const commentSchema = z.object({
  id: commentIdSchema,
  author,
  createdAt: time,
  /** Set when its author changed the text. */
  editedAt: time.optional(),
  text: z.string().trim().min(1).max(COMMENT_TEXT_MAX),
});

export const commentThreadSchema = z.object({
  /** The id in the mark node(s) that anchor it. */
  id: commentIdSchema,
  side: z.enum(SIDES),
  /** The text it was made on, as it was then: what a detached thread still shows. */
  quote: z.string().max(COMMENT_QUOTE_MAX),
  createdAt: time,
  resolved: z.boolean().default(false),
  resolvedAt: time.optional(),
  resolvedBy: author.optional(),
  /** The first is the comment that opened the thread; the rest are replies, oldest first. */
  comments: z.array(commentSchema).min(1).max(COMMENTS_PER_THREAD_MAX),
});
