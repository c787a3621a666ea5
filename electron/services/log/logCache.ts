/**
 * A cache of the log, `log/list-cache.json`: every sending with its file's
 * modification time, so opening a log of ten thousand sendings reads one file
 * and stats the rest instead of parsing each. A cached sending is trusted
 * only while its file's time is unchanged (sendings, unlike versions, are
 * edited). Only a cache: a damaged or newer one is ignored and rewritten.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Sending } from '../../../core/log/sending';
import { sendingSchema } from '../../../core/schemas/sending';
import { writeFileAtomic } from '../../storage/atomicWrite';

export interface CachedSending {
  sending: Sending;
  mtimeMs: number;
}

const CACHE_VERSION = 1;
const cacheSchema = z.object({
  schemaVersion: z.literal(CACHE_VERSION),
  sendings: z.array(z.object({ sending: sendingSchema, mtimeMs: z.number() })),
});

const cacheFile = (dir: string) => join(dir, 'list-cache.json');

export async function readLogCache(dir: string): Promise<Map<string, CachedSending>> {
  try {
    const cache = cacheSchema.parse(JSON.parse(await readFile(cacheFile(dir), 'utf8')));
    return new Map(cache.sendings.map((entry) => [entry.sending.id, entry]));
  } catch {
    return new Map(); // none yet, damaged or newer: the files themselves are read
  }
}

export async function writeLogCache(dir: string, sendings: CachedSending[]): Promise<void> {
  await writeFileAtomic(cacheFile(dir), JSON.stringify({ schemaVersion: CACHE_VERSION, sendings }));
}
