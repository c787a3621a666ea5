/**
 * A cache of one folder's version records, `<history folder>/list-cache.json`,
 * so opening a long history reads one file instead of a thousand. Records are
 * immutable and their ids unique, so the cache is easy to trust: a cached
 * record whose file is still listed is that record. Ids listed but not cached
 * are read from their files (and the cache rewritten); cached ids no longer
 * listed are dropped. Only a cache: a damaged or newer one is ignored and
 * rewritten, and nothing is lost without it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { VersionSummary } from '../../../core/history/version';
import { versionRecordSchema } from '../../../core/schemas/version';
import { writeFileAtomic } from '../../storage/atomicWrite';

const CACHE_VERSION = 1;
const cacheSchema = z.object({
  schemaVersion: z.literal(CACHE_VERSION),
  versions: z.array(versionRecordSchema.omit({ schemaVersion: true })),
});

const cacheFile = (dir: string) => join(dir, 'list-cache.json');

export async function readListCache(dir: string): Promise<Map<string, VersionSummary>> {
  try {
    const cache = cacheSchema.parse(JSON.parse(await readFile(cacheFile(dir), 'utf8')));
    return new Map(cache.versions.map((version) => [version.id, version]));
  } catch {
    return new Map(); // none yet, damaged or newer: the records themselves are read
  }
}

export async function writeListCache(dir: string, versions: VersionSummary[]): Promise<void> {
  await writeFileAtomic(cacheFile(dir), JSON.stringify({ schemaVersion: CACHE_VERSION, versions }));
}
