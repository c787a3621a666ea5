/**
 * What the Log view asks for and gets back: the filter, the rows, and the
 * summary a press office reports from (counts per publication and per month).
 */
import type { z } from 'zod';
import type { Wording } from '../i18n/wording';
import type { recordSendingSchema, sendingFilterSchema, sendingUpdateSchema } from '../schemas/sending';
import type { Sending } from './sending';

export type SendingFilter = z.infer<typeof sendingFilterSchema>;
export type RecordSending = z.output<typeof recordSendingSchema>;
export type SendingUpdate = z.infer<typeof sendingUpdateSchema>;

/** The summary's counts. `noReply` counts the recorded ones and the awaiting past their reply window. */
export interface LogCounts {
  sent: number;
  awaiting: number;
  published: number;
  rejected: number;
  noReply: number;
  withdrawn: number;
}
export const LOG_COUNT_KEYS = ['sent', 'awaiting', 'published', 'rejected', 'noReply', 'withdrawn'] as const;

export interface LogSummary {
  total: LogCounts;
  /** Per publication (as sent, in English), most sendings first. */
  byPublication: Array<{ publication: string; publicationZh: string; counts: LogCounts }>;
  /** Per month (YYYY-MM of `sentAt`), oldest first: the chart's x axis. */
  byMonth: Array<{ month: string; counts: LogCounts }>;
}

export interface LogList {
  /** Newest first, at most the `limit` asked for. */
  rows: Sending[];
  /** How many sendings the filter matched (the summary counts them all). */
  total: number;
  summary: LogSummary;
  /** Damaged sending files set aside while listing (the rest are listed). */
  notices: Wording[];
  /**
   * The rows' letters that are not in the library, by letter id: in the trash, or deleted for good
   * (the trash emptied). The row still reads (its title was copied when sent); absent: in the library.
   */
  letters: Record<string, LetterWhereabouts>;
}

/** Where a sending's letter is, when it is not in the library. */
export type LetterWhereabouts = 'trash' | 'deleted';

/** Why sending now would break an exclusive submission still open at another paper. */
export interface ExclusiveConflict {
  /** The open exclusive sending. */
  sending: Sending;
  /** `sameLetter`: this letter went there; `nearCopy`: another letter whose English text is mostly the same. */
  reason: 'sameLetter' | 'nearCopy';
  /** Share of the English words the two letters have in common, 0–1 (1 for the same letter). */
  similarity: number;
}

/** The CSV export: the log's rows, or the summary (per publication and per month). */
export const LOG_CSV_KINDS = ['log', 'summary'] as const;
export type LogCsvKind = (typeof LOG_CSV_KINDS)[number];
