/**
 * The letter log: each time a letter went to a paper (a sending), and what came
 * of it (its outcome). A sending points at the exact version sent (a frozen
 * version in the letter's history, core/history), so "what did we send to the
 * FT on 3 May" always has one answer, whatever the letter became afterwards.
 *
 * Stored one file per sending (`log/<id>.json`), each with its own revision,
 * written atomically and revision-checked like every stored item, so a later
 * team library can replicate them one by one.
 */

/** What came of a sending. `awaiting` until the officer records otherwise. */
export const OUTCOME_KINDS = ['awaiting', 'published', 'rejected', 'noReply', 'withdrawn'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** How much of the letter the paper printed. */
export const PUBLISHED_EXTENTS = ['full', 'part'] as const;
export type PublishedExtent = (typeof PUBLISHED_EXTENTS)[number];

export type Outcome =
  | { kind: 'awaiting' }
  | {
      kind: 'published';
      /** YYYY-MM-DD, the day it ran. */
      date: string;
      /** The headline the paper gave the letter. */
      headline: string;
      /** Where it ran online; '' when in print only. */
      url: string;
      extent: PublishedExtent;
      /** What the paper printed, pasted by the officer, compared with what was sent. */
      publishedText: string;
    }
  | { kind: 'rejected'; date: string; note: string }
  | { kind: 'noReply'; note: string }
  | { kind: 'withdrawn'; date: string; note: string };

/** How the letter left: the hand-off that prompted the sending, or recorded by hand. */
export const SENDING_CHANNELS = ['email', 'docx', 'pdf', 'other'] as const;
export type SendingChannel = (typeof SENDING_CHANNELS)[number];

export interface Sending {
  /** Sortable by time, unique across machines (core/history/versionId.ts's form). */
  id: string;
  /** The stored item's revision (core/schemas/revision.ts). */
  revision: number;
  letterId: string;
  /** The frozen version that was sent. */
  versionId: string;
  /** The letter's title when it was sent, so the log still reads when the letter is renamed or trashed. */
  title: string;
  /** The publication profile, when the letter had one; its names as they were when sent. */
  publicationId: string | null;
  publication: string;
  publicationZh: string;
  /** The address it went to (the letters email, or a name). */
  to: string;
  /** ISO time it was sent. */
  sentAt: string;
  channel: SendingChannel;
  /** The paper asked for exclusivity when this was sent (from its profile). */
  exclusive: boolean;
  /** YYYY-MM-DD after which no answer is expected (the profile's reply window), or null. */
  answerBy: string | null;
  outcome: Outcome;
  /** ISO time the outcome was last recorded. */
  outcomeAt: string | null;
  /** The Chinese note for the home website and headquarters, drafted from the outcome and edited. */
  noteZh: string;
}
