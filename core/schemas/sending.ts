/**
 * The stored and sent forms of a sending (types in ../log/sending.ts): the
 * file `log/<id>.json`, and the parts of it the contract accepts. Strict, with
 * every length capped, so a hand-edited or damaged file is caught here and
 * set aside rather than half-read. Bump SENDING_SCHEMA_VERSION and migrate
 * here when the file changes; a newer file throws NewerSchemaError.
 */
import { z } from 'zod';
import { OUTCOME_KINDS, PUBLISHED_EXTENTS, SENDING_CHANNELS, type Sending } from '../log/sending';
import { VERSION_ID } from '../history/versionId';
import { refuseNewerSchema } from './newerSchemaError';
import { parseOrThrow } from './parseOrThrow';
import { revisionSchema } from './revision';

export const SENDING_SCHEMA_VERSION = 1;

/** Sending ids have the version ids' form: sortable by time, unique across machines. */
export const SENDING_ID = VERSION_ID;
export const sendingIdSchema = z.string().regex(SENDING_ID, 'expected a sending id');
export const letterIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a letter id');
export const versionIdSchema = z.string().regex(VERSION_ID, 'expected a version id');
export const publicationIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, 'expected a publication id');

/** A calendar day, YYYY-MM-DD, that exists (no 31 February). */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((day) => new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day, 'no such date');
/** An ISO time as Date#toISOString writes it (offsets accepted from hand-made files). */
export const timeSchema = z.iso.datetime({ offset: true });

export const LOG_LIMITS = {
  title: 1000,
  publication: 200,
  to: 320,
  headline: 500,
  url: 2000,
  publishedText: 100_000,
  note: 5000,
  noteZh: 5000,
  search: 200,
} as const;

/** The longest reply window a profile or a sending may name, in days. */
export const REPLY_WINDOW_MAX_DAYS = 365;

const note = z.string().max(LOG_LIMITS.note);

export const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('awaiting') }).strict(),
  z
    .object({
      kind: z.literal('published'),
      date: daySchema,
      headline: z.string().max(LOG_LIMITS.headline),
      url: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(LOG_LIMITS.url)]),
      extent: z.enum(PUBLISHED_EXTENTS),
      publishedText: z.string().max(LOG_LIMITS.publishedText),
    })
    .strict(),
  z.object({ kind: z.literal('rejected'), date: daySchema, note }).strict(),
  z.object({ kind: z.literal('noReply'), note }).strict(),
  z.object({ kind: z.literal('withdrawn'), date: daySchema, note }).strict(),
]);

export const sendingSchema = z
  .object({
    id: sendingIdSchema,
    revision: revisionSchema,
    letterId: letterIdSchema,
    versionId: versionIdSchema,
    title: z.string().max(LOG_LIMITS.title),
    publicationId: publicationIdSchema.nullable(),
    publication: z.string().max(LOG_LIMITS.publication),
    publicationZh: z.string().max(LOG_LIMITS.publication),
    to: z.string().max(LOG_LIMITS.to),
    sentAt: timeSchema,
    channel: z.enum(SENDING_CHANNELS),
    exclusive: z.boolean(),
    answerBy: daySchema.nullable(),
    outcome: outcomeSchema,
    outcomeAt: timeSchema.nullable(),
    noteZh: z.string().max(LOG_LIMITS.noteZh),
  })
  .strict();

const sendingFileSchema = sendingSchema.extend({ schemaVersion: z.literal(SENDING_SCHEMA_VERSION) }).strict();

/** A sending's stored file, checked; `schemaVersion` dropped. */
export function parseSendingFile(raw: unknown): Sending {
  refuseNewerSchema(raw, SENDING_SCHEMA_VERSION);
  const { schemaVersion: _schemaVersion, ...sending } = parseOrThrow(sendingFileSchema, raw, 'sending field');
  return sending;
}

/** The stored file's form of a sending. */
export const sendingFile = (sending: Sending) => ({ schemaVersion: SENDING_SCHEMA_VERSION, ...sending });

/** Which sendings the Log shows: every part optional, all that are given must hold. */
export const sendingFilterSchema = z
  .object({
    outcomes: z.array(z.enum(OUTCOME_KINDS)).max(OUTCOME_KINDS.length).optional(),
    /** Only the awaiting sendings whose reply window has passed. */
    overdue: z.boolean().optional(),
    /** The publication as the log names it: its name in English as sent. */
    publication: z.string().max(LOG_LIMITS.publication).optional(),
    /** Sent on or after this day (YYYY-MM-DD, in the office's time zone: the day part of `sentAt`). */
    from: daySchema.optional(),
    /** Sent on or before this day. */
    to: daySchema.optional(),
    /** Words to find in the title, the publication (either language) or the headline. */
    text: z.string().max(LOG_LIMITS.search).optional(),
    letterId: letterIdSchema.optional(),
  })
  .strict();

/** What "Mark as sent…" (or the prompt after a hand-off) records. */
export const recordSendingSchema = z
  .object({
    letterId: letterIdSchema,
    /** The handout version that left; null for "Mark as sent…", which keeps a frozen version first. */
    versionId: versionIdSchema.nullable(),
    /** The profile it went to; null for a paper without one, named by `publication`. */
    publicationId: publicationIdSchema.nullable(),
    publication: z.string().max(LOG_LIMITS.publication).default(''),
    publicationZh: z.string().max(LOG_LIMITS.publication).default(''),
    to: z.string().max(LOG_LIMITS.to),
    sentAt: timeSchema,
    channel: z.enum(SENDING_CHANNELS),
    /**
     * The terms of this sending. Omitted: the stored profile's (none without a profile). Given: what
     * the officer chose in the dialog for this sending, which may differ from the profile's.
     */
    exclusive: z.boolean().optional(),
    /** Days to wait for an answer; null for none. Omitted: the stored profile's reply window. */
    replyWindowDays: z.number().int().min(1).max(REPLY_WINDOW_MAX_DAYS).nullable().optional(),
  })
  .strict()
  // A paper without a profile is known only by the name given: it must have one.
  .refine((sending) => sending.publicationId !== null || sending.publication.trim() !== '', {
    message: 'name the publication',
    path: ['publication'],
  });

/** Corrections to a sending: where and when it went, its note. */
export const sendingUpdateSchema = z
  .object({
    publication: z.string().max(LOG_LIMITS.publication),
    publicationZh: z.string().max(LOG_LIMITS.publication),
    to: z.string().max(LOG_LIMITS.to),
    sentAt: timeSchema,
    exclusive: z.boolean(),
    answerBy: daySchema.nullable(),
    noteZh: z.string().max(LOG_LIMITS.noteZh),
  })
  .partial()
  .strict();
