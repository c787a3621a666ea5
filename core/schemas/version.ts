/**
 * The stored files of a letter's history (types in ../history/version.ts):
 * `versions/<id>.json`, a version's record, and `texts/<digest>.json`, the
 * content it points at. Bump VERSION_SCHEMA_VERSION and migrate here when
 * either changes; a file from a newer LetterDesk throws NewerSchemaError.
 */
import { z } from 'zod';
import { EXPORT_VARIANTS } from '../exportVariants';
import { APPROVAL_STATUSES, LETTER_STATUSES, type Letter } from '../letter';
import { SIDES } from '../sides';
import {
  COPY_FORMATS,
  IMPORTED_FROM_MAX,
  VERSION_KINDS,
  VERSION_NAME_MAX,
  type LetterContent,
  type VersionSummary,
} from '../history/version';
import { VERSION_ID } from '../history/versionId';
import { refuseNewerSchema } from './newerSchemaError';
import { parseOrThrow } from './parseOrThrow';
import { parseLetter } from './letter';

export const VERSION_SCHEMA_VERSION = 1;

const digest = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 digest');
const approvalStatus = z.enum(APPROVAL_STATUSES);

const handoutSchema = z.union([
  z.object({ action: z.enum(['docx', 'email', 'pdf']), variant: z.enum(EXPORT_VARIANTS) }),
  z.object({ action: z.literal('copy'), format: z.enum(COPY_FORMATS) }),
]);

export const versionRecordSchema = z.object({
  schemaVersion: z.literal(VERSION_SCHEMA_VERSION),
  id: z.string().regex(VERSION_ID, 'expected a version id'),
  letterId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a letter id'),
  createdAt: z.string().max(40),
  kind: z.enum(VERSION_KINDS),
  name: z.string().max(VERSION_NAME_MAX).optional(),
  handout: handoutSchema.optional(),
  restoredFrom: z.string().regex(VERSION_ID, 'expected a version id').optional(),
  importedFrom: z.string().max(IMPORTED_FROM_MAX).optional(),
  side: z.enum(SIDES).optional(),
  author: z.string().max(200),
  letterRevision: z.number().int().min(0),
  digest,
  title: z.string().max(1000),
  counts: z.object({ preface: z.number().int().min(0), body: z.number().int().min(0) }),
  approval: z.object({ preface: approvalStatus, body: approvalStatus }),
  status: z.enum(LETTER_STATUSES),
});

/** A version's record file, checked; `schemaVersion` dropped. */
export function parseVersionRecord(raw: unknown): VersionSummary {
  refuseNewerSchema(raw, VERSION_SCHEMA_VERSION);
  const { schemaVersion: _schemaVersion, ...summary } = parseOrThrow(versionRecordSchema, raw);
  return summary;
}

/** The record file's form of a summary. */
export const versionRecordFile = (summary: VersionSummary) => ({
  schemaVersion: VERSION_SCHEMA_VERSION,
  ...summary,
});

/** The text file's form of a version's content. */
export const versionTextFile = (content: LetterContent) => ({
  schemaVersion: VERSION_SCHEMA_VERSION,
  content,
});

/**
 * A text file, checked as the letter it was (the letter's own schema, with its
 * migrations), opened as `version` says: its revision and time, no comments.
 */
export function parseVersionText(
  raw: unknown,
  version: Pick<VersionSummary, 'letterRevision' | 'createdAt'>,
): Letter {
  refuseNewerSchema(raw, VERSION_SCHEMA_VERSION);
  const file = parseOrThrow(
    z.object({
      schemaVersion: z.literal(VERSION_SCHEMA_VERSION),
      content: z.record(z.string(), z.unknown()),
    }),
    raw,
  );
  return parseLetter({
    ...file.content,
    revision: version.letterRevision,
    updatedAt: version.createdAt,
    comments: [],
  });
}
