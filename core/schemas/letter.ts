/**
 * The stored letter file, checked field by field (types and helpers are in
 * ../letter.ts). Bump LETTER_SCHEMA_VERSION and add a migration in
 * `parseLetter` when it changes.
 */
import { z } from 'zod';
import {
  APPROVAL_STATUSES,
  draftApproval,
  LETTER_SCHEMA_VERSION,
  LETTER_STATUSES,
  LETTER_TITLE_MAX,
  type Letter,
} from '../letter';
import { editorDocSchema } from './editorDoc';
import { refuseNewerSchema } from './newerSchemaError';
import { parseOrThrow } from './parseOrThrow';
import { signatorySchema } from './signatory';
import { commentThreadSchema } from './comment';
import { THREADS_MAX } from '../comments/thread';

export const letterStatusSchema = z.enum(LETTER_STATUSES);

/** Each side of a letter is approved on its own, as CAT tools approve segments. */
export const approvalStatusSchema = z.enum(APPROVAL_STATUSES);

export const approvalSchema = z.object({
  preface: approvalStatusSchema.default('draft'),
  body: approvalStatusSchema.default('draft'),
  /** Set when the English letter changed after the Chinese preface was approved. */
  prefaceStale: z.boolean().default(false),
  /** Why a side dropped back to draft, shown to the user until they act. */
  note: z.string().max(500).default(''),
});

const isoDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected a date as YYYY-MM-DD');

const CUSTOM_FIELD_NAME = /^[a-z0-9_-]{1,40}$/;

/**
 * Values of user-defined placeholders by field name. Not z.record, which
 * assigns keys one by one and so silently drops a field named "__proto__";
 * the result has no prototype, so no name ("constructor", "toString" …) can
 * reach an inherited method.
 */
const customFieldValuesSchema = z.unknown().transform((raw, ctx) => {
  const values: Record<string, string> = Object.create(null);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    ctx.addIssue({ code: 'custom', message: 'expected the custom fields as names and texts' });
    return z.NEVER;
  }
  for (const [name, value] of Object.entries(raw)) {
    if (!CUSTOM_FIELD_NAME.test(name))
      ctx.addIssue({ code: 'custom', path: [name], message: 'expected a field name of a-z, 0-9, _ or -' });
    else if (typeof value !== 'string' || value.length > 2000)
      ctx.addIssue({ code: 'custom', path: [name], message: 'expected a text of at most 2000 characters' });
    else values[name] = value;
  }
  return values;
});

export const letterFieldsSchema = z.object({
  publication: z.string().max(200).default(''),
  publicationZh: z.string().max(100).default(''),
  articleTitle: z.string().max(500).default(''),
  articleDate: isoDate.default(''),
  articleUrl: z.string().max(2000).default(''),
  /** Where the publication takes letters to the editor. */
  lettersEmail: z.string().max(320).default(''),
  /** Values of user-defined placeholders, `{{custom.<name>}}`. */
  custom: customFieldValuesSchema.default({}),
});

export const letterSchema = z.object({
  schemaVersion: z.literal(LETTER_SCHEMA_VERSION),
  /**
   * Counts the writes of this letter: a save names the revision it was based on
   * and is refused if the stored one has moved on. Files from before revisions read as 0.
   */
  revision: z.number().int().min(0).default(0),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a letter id'),
  title: z.string().max(LETTER_TITLE_MAX),
  status: letterStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  templateId: z.string().max(200).nullable(),
  /** The publication profile the letter answers (its fields were filled from it). */
  publicationId: z.string().max(64).nullable().default(null),
  approval: approvalSchema.default(draftApproval),
  /** The date printed on the letter: set once at creation, then only by the user. */
  date: isoDate,
  place: z.string().max(200),
  fields: letterFieldsSchema,
  /** Print "Re: <article title>, <article date>" above the salutation. */
  showReference: z.boolean().default(false),
  /** May hold placeholders; empty means DEFAULT_ADDRESSEE. */
  addressee: z.string().max(500),
  salutation: z.string().max(200),
  closing: z.string().max(200),
  signatory: signatorySchema.nullable(),
  preface: editorDocSchema,
  body: editorDocSchema,
  /**
   * Comment threads on the text (../comments/thread.ts), anchored by mark nodes
   * in `preface` and `body`. Never exported; not part of a version.
   */
  comments: z.array(commentThreadSchema).max(THREADS_MAX).default([]),
  /** Set while the letter is in the trash. */
  deletedAt: z.string().optional(),
});

/**
 * Parses a stored letter, with a message that says which field is wrong; a
 * letter from a newer LetterDesk throws NewerSchemaError instead.
 */
export function parseLetter(raw: unknown): Letter {
  refuseNewerSchema(raw, LETTER_SCHEMA_VERSION);
  return parseOrThrow(letterSchema, raw);
}
