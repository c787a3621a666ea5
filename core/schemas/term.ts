/**
 * A termbase entry (types in ../terms/termEntry.ts) as stored and as the
 * contract accepts it. Strict, every length capped: a hand-edited or damaged
 * entry is caught here and set aside rather than half-read.
 */
import { z } from 'zod';
import { VERSION_ID } from '../history/versionId';
import { TERM_DOMAINS, TERM_LIMITS, type TermEntry } from '../terms/termEntry';
import { refuseNewerSchema } from './newerSchemaError';
import { parseOrThrow } from './parseOrThrow';
import { revisionSchema } from './revision';

export const termIdSchema = z.string().regex(VERSION_ID, 'expected a term id');

const term = z.string().trim().min(1, 'must not be empty').max(TERM_LIMITS.term);
const terms = z.array(term).max(TERM_LIMITS.perLanguage);

/** What the user edits (Settings ▸ Termbase): at least one Chinese and one approved English term. */
export const termFieldsSchema = z
  .object({
    zh: terms.min(1, 'give the Chinese term'),
    en: terms.min(1, 'give the approved English term'),
    forbidden: terms.default([]),
    note: z.string().max(TERM_LIMITS.note).default(''),
    source: z.string().max(TERM_LIMITS.source).default(''),
    domain: z.enum(TERM_DOMAINS).default('other'),
  })
  .strict();

export const termEntrySchema = termFieldsSchema
  .extend({
    id: termIdSchema,
    revision: revisionSchema,
    changedBy: z.string().max(TERM_LIMITS.changedBy),
    changedAt: z.iso.datetime({ offset: true }),
  })
  .strict();

export const TERM_SCHEMA_VERSION = 1;

const termFileSchema = termEntrySchema.extend({ schemaVersion: z.literal(TERM_SCHEMA_VERSION) }).strict();

/** An entry's stored file (`terms/<id>.json`), checked; `schemaVersion` dropped. */
export function parseTermFile(raw: unknown): TermEntry {
  refuseNewerSchema(raw, TERM_SCHEMA_VERSION);
  const { schemaVersion: _schemaVersion, ...entry } = parseOrThrow(termFileSchema, raw, 'term field');
  return entry;
}

/** The stored file's form of an entry. */
export const termFile = (entry: TermEntry) => ({ schemaVersion: TERM_SCHEMA_VERSION, ...entry });
