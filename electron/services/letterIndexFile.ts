/**
 * The library's summary index on disk (`library-index.json`): each letter
 * file's summary with the size and modification time it had when summarised.
 * At start-up a file whose size and time still match is not read at all, so a
 * library of 10,000 letters opens in a blink instead of parsing every letter.
 *
 * It is a cache, never the truth: the letter files are. A missing, damaged or
 * outdated index costs only the time to re-read the files it no longer
 * vouches for, and it is rewritten in the background, not on every save.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type LetterSummary } from '../../core/letter';
import { approvalStatusSchema, letterStatusSchema } from '../../core/schemas/letter';
import { writeFileAtomic } from '../storage/atomicWrite';

/** 2: summaries carry `openComments`; a version-1 index dropped it, so its letters are read again. */
const INDEX_VERSION = 2;
export const INDEX_FILE_NAME = 'library-index.json';

export type Place = 'letters' | 'trash';

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface IndexedLetter extends FileStamp {
  place: Place;
  summary: LetterSummary;
}

const entrySchema = z.object({
  place: z.enum(['letters', 'trash']),
  size: z.number(),
  mtimeMs: z.number(),
  summary: z.object({
    id: z.string(),
    title: z.string(),
    publication: z.string(),
    status: letterStatusSchema,
    updatedAt: z.string(),
    approval: z.object({ preface: approvalStatusSchema, body: approvalStatusSchema }).optional(),
    openComments: z.number().int().positive().optional(),
    deletedAt: z.string().optional(),
  }),
});
const indexSchema = z.object({ version: z.literal(INDEX_VERSION), letters: z.array(entrySchema) });

export const indexFilePath = (dataDir: string) => join(dataDir, INDEX_FILE_NAME);

/** The entries of the index, keyed `<place>/<id>`; empty if there is none or it cannot be trusted. */
export async function readLetterIndex(dataDir: string): Promise<Map<string, IndexedLetter>> {
  try {
    const parsed = indexSchema.safeParse(JSON.parse(await readFile(indexFilePath(dataDir), 'utf8')));
    if (!parsed.success) return new Map();
    return new Map(parsed.data.letters.map((entry) => [indexKey(entry.place, entry.summary.id), entry]));
  } catch {
    return new Map();
  }
}

export async function writeLetterIndex(dataDir: string, letters: Iterable<IndexedLetter>): Promise<void> {
  await writeFileAtomic(
    indexFilePath(dataDir),
    JSON.stringify({ version: INDEX_VERSION, letters: [...letters] }),
  );
}

export const indexKey = (place: Place, id: string) => `${place}/${id}`;
