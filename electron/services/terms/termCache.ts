/**
 * A cache of the termbase, `terms/list-cache.json`: every entry with its file's
 * modification time, so opening a termbase of ten thousand entries reads one
 * file and stats the rest instead of parsing each (as the letter log's cache,
 * ../log/logCache.ts). A cached entry is trusted only while its file's time is
 * unchanged. Only a cache: a damaged or newer one is ignored and rewritten.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { TermEntry } from '../../../core/terms/termEntry';
import { termEntrySchema } from '../../../core/schemas/term';
import { writeFileAtomic } from '../../storage/atomicWrite';

export interface CachedTerm {
  entry: TermEntry;
  mtimeMs: number;
}

const CACHE_VERSION = 1;
const cacheSchema = z.object({
  schemaVersion: z.literal(CACHE_VERSION),
  entries: z.array(z.object({ entry: termEntrySchema, mtimeMs: z.number() })),
});

const cacheFile = (dir: string) => join(dir, 'list-cache.json');

export async function readTermCache(dir: string): Promise<Map<string, CachedTerm>> {
  try {
    const cache = cacheSchema.parse(JSON.parse(await readFile(cacheFile(dir), 'utf8')));
    return new Map(cache.entries.map((cached) => [cached.entry.id, cached]));
  } catch {
    return new Map(); // none yet, damaged or newer: the files themselves are read
  }
}

export async function writeTermCache(dir: string, entries: CachedTerm[]): Promise<void> {
  await writeFileAtomic(cacheFile(dir), JSON.stringify({ schemaVersion: CACHE_VERSION, entries }));
}
