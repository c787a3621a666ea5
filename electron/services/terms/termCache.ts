/**
 * A cache of the termbase, `terms/list-cache.json`: every entry with its file's
 * modification time, so opening a termbase of ten thousand entries reads one
 * file and stats the rest instead of parsing each (as the letter log's cache,
 * ../log/logCache.ts). A cached entry is trusted only while its file's time is
 * unchanged. Only a cache: a damaged or newer one is ignored and rewritten.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VERSION_ID } from '../../../core/history/versionId';
import { TERM_DOMAINS, type TermEntry } from '../../../core/terms/termEntry';
import { writeFileAtomic } from '../../storage/atomicWrite';
import { yieldToEventLoop } from '../yieldToEventLoop';

export interface CachedTerm {
  entry: TermEntry;
  mtimeMs: number;
}

const CACHE_VERSION = 1;

const isText = (value: unknown): value is string => typeof value === 'string';
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

/**
 * A cached entry's shape. Lighter than the entry's schema (which every entry's
 * file passed when it was read, before it was cached): checking ten thousand
 * entries with zod took 0.7 s of a fresh app's first list. Anything else is
 * read again from its file.
 */
function isCachedTerm(value: unknown): value is CachedTerm {
  const cached = value as { entry?: Record<string, unknown>; mtimeMs?: unknown } | null;
  const entry = cached?.entry;
  return (
    typeof cached?.mtimeMs === 'number' &&
    !!entry &&
    isText(entry.id) &&
    VERSION_ID.test(entry.id) &&
    typeof entry.revision === 'number' &&
    isTexts(entry.zh) &&
    isTexts(entry.en) &&
    isTexts(entry.forbidden) &&
    isText(entry.note) &&
    isText(entry.source) &&
    (TERM_DOMAINS as readonly unknown[]).includes(entry.domain) &&
    isText(entry.changedBy) &&
    isText(entry.changedAt) &&
    Object.keys(entry).length === 10
  );
}

const cacheFile = (dir: string) => join(dir, 'list-cache.json');

export async function readTermCache(dir: string): Promise<Map<string, CachedTerm>> {
  try {
    const cache = JSON.parse(await readFile(cacheFile(dir), 'utf8')) as {
      schemaVersion?: unknown;
      entries?: unknown;
    };
    if (cache.schemaVersion !== CACHE_VERSION || !Array.isArray(cache.entries)) return new Map();
    const entries = (cache.entries as unknown[]).filter(isCachedTerm);
    return new Map(entries.map((cached) => [cached.entry.id, cached]));
  } catch {
    return new Map(); // none yet, damaged or newer: the files themselves are read
  }
}

/** Entries made JSON between pauses: the whole cache at once (4 MB for 10,000) held the thread for 50 ms and more. */
const WRITE_SLICE = 1000;

export async function writeTermCache(dir: string, entries: CachedTerm[]): Promise<void> {
  // What JSON.stringify({ schemaVersion, entries }) writes, made a slice at a time.
  const slices: string[] = [];
  for (let start = 0; start < entries.length; start += WRITE_SLICE) {
    slices.push(
      entries
        .slice(start, start + WRITE_SLICE)
        .map((entry) => JSON.stringify(entry))
        .join(','),
    );
    await yieldToEventLoop();
  }
  await writeFileAtomic(cacheFile(dir), `{"schemaVersion":${CACHE_VERSION},"entries":[${slices.join(',')}]}`);
}
