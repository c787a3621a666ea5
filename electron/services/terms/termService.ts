/**
 * The office termbase's store: `terms/<entryId>.json`, one file per entry,
 * with `terms/list-cache.json` (./termCache.ts) so ten thousand entries open
 * from one read.
 *
 * One file each, as the letter log (../log/logService.ts), rather than one
 * list under a store key (../revisionedList.ts), because a termbase grows to
 * ten thousand entries and more (2 MB as one list) and is edited one entry at
 * a time: saving an entry writes that entry's file, not the whole list; each
 * entry carries its own revision; a damaged file costs one entry (set aside,
 * the rest listed); and a later team library can replicate entries one by one.
 *
 * Every write reads the stored file first and refuses a stale revision, so
 * the in-memory list behind the disk can never cause a lost write.
 *
 * The starter set (templates/seed/terms.json) is written on first use, when
 * there is no `terms` folder yet: after that the folder exists, so an entry
 * the user removed does not come back.
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { nextVersionTime, versionId as makeId, VERSION_ID } from '../../../core/history/versionId';
import { defineMessages, wording, type Wording } from '../../../core/i18n/wording';
import { NewerSchemaError } from '../../../core/schemas/newerSchemaError';
import { parseTermFile, termFieldsSchema, termFile } from '../../../core/schemas/term';
import type { TermDomain, TermEntry, TermFields, TermPage } from '../../../core/terms/termEntry';
import { TERM_LIMITS } from '../../../core/terms/termEntry';
import { searchTerms } from '../../../core/terms/termSearch';
import { writeFileAtomic } from '../../storage/atomicWrite';
import { timestampForFileName } from '../../storage/timestamp';
import { describeFsError, UserFacingError } from '../errors';
import { KeyedQueue } from '../keyedQueue';
import { yieldToEventLoop } from '../yieldToEventLoop';
import { readTermCache, writeTermCache, type CachedTerm } from './termCache';

const messages = defineMessages({
  notFound: {
    id: 'terms.error.notFound',
    defaultMessage: 'This entry is no longer in the termbase. It may have been removed in another window.',
  },
  conflict: {
    id: 'terms.error.conflict',
    defaultMessage:
      'This entry was changed in another window since you opened it. Nothing was overwritten: look at it again and repeat your change.',
  },
  invalid: {
    id: 'terms.error.invalid',
    defaultMessage: 'The entry could not be saved: {detail}.',
  },
  full: {
    id: 'terms.error.full',
    defaultMessage:
      'The termbase holds {max, number} entries, as many as LetterDesk keeps. Remove entries you no longer use and try again.',
  },
  readOnly: {
    id: 'terms.error.readOnly',
    defaultMessage: 'The termbase cannot be changed here: the library is open read-only.',
  },
  damagedSetAside: {
    id: 'terms.notice.damagedSetAside',
    defaultMessage:
      'An entry in the termbase could not be read ({detail}). The file was set aside as {backup}; the rest of the termbase is listed.',
  },
  damagedLeft: {
    id: 'terms.notice.damagedLeft',
    defaultMessage: 'An entry in the termbase could not be read ({detail}): {file}. It was left as it is.',
  },
  newer: {
    id: 'terms.notice.newer',
    defaultMessage:
      'An entry in the termbase was made by a newer version of LetterDesk and is not listed: {file}. Update LetterDesk to see it.',
  },
});

export interface TermServiceOptions {
  dataDir: string;
  /** Who is at this desk ("Your name", else the default signatory's; '' if neither): an entry's `changedBy`. */
  author: () => string;
  /** The starter set, written on first use. Read only then. */
  seed: () => TermEntry[];
  now?: () => Date;
  readOnly?: boolean;
}

/** An entry for `putMany`: stored as given, whatever is stored under its id (an import the user chose). */
export type PutTerm = TermEntry;

const FILE_SUFFIX = '.json';
const READ_BATCH = 64;
const STAT_SLICE = 500;
const WRITE_BATCH = 128;
/**
 * How far the cache may fall behind before it is rewritten (at start, or after
 * an import). A save writes only its entry's file, never the 2 MB cache of a
 * 10,000-entry termbase: the next start reads that one file instead.
 */
const CACHE_STALE = 50;

export class TermService {
  private known: Map<string, CachedTerm> | null = null;
  private loading: Promise<Map<string, CachedTerm>> | null = null;
  private notices: Wording[] = [];
  private readonly queue = new KeyedQueue();
  private listedAt: number | null = null;
  private cacheDirty = false;
  private cacheWriting: Promise<void> | null = null;
  /** The last id made here: the next one sorts after it (see nextVersionTime). */
  private lastId: string | null = null;

  constructor(private readonly options: TermServiceOptions) {}

  private get dir(): string {
    return join(this.options.dataDir, 'terms');
  }

  private file(id: string): string {
    return join(this.dir, `${id}${FILE_SUFFIX}`);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  // ---- The contract's calls. ----

  /** Settings' page: the entries matching `query` and `domain`, newest change first, `limit` from `offset`. */
  async list(query: string, domain: TermDomain | null, offset: number, limit: number): Promise<TermPage> {
    const found = searchTerms(await this.all(), query, domain);
    const notices = this.notices;
    this.notices = [];
    return { entries: found.slice(offset, offset + limit), total: found.length, notices };
  }

  /** Every entry, in no order: the page's matcher, the preflight, an export. */
  async all(): Promise<TermEntry[]> {
    return [...(await this.sync()).values()].map((cached) => cached.entry);
  }

  /** Adds (`id` null) or replaces an entry, if `revision` is the stored one's; the entry as stored. */
  async save(id: string | null, revision: number, input: TermFields): Promise<TermEntry> {
    this.refuseWrites();
    const fields = this.checked(input);
    const changed = {
      changedBy: this.options.author().trim().slice(0, 200),
      changedAt: this.now().toISOString(),
    };
    if (id === null) {
      if ((await this.load()).size >= TERM_LIMITS.entries)
        throw new UserFacingError('invalid-input', wording(messages.full, { max: TERM_LIMITS.entries }));
      const entry: TermEntry = { id: this.newId(), revision: 1, ...fields, ...changed };
      return this.queue.run(entry.id, () => this.write(entry));
    }
    return this.queue.run(id, async () => {
      const stored = await this.readStored(id);
      if (stored.revision !== revision) throw new UserFacingError('conflict', wording(messages.conflict));
      return this.write({ ...stored, ...fields, ...changed, revision: stored.revision + 1 });
    });
  }

  /** Removes an entry if `revision` is the stored one's: a changed entry is not removed unseen. */
  async remove(id: string, revision: number): Promise<{ id: string }> {
    this.refuseWrites();
    return this.queue.run(id, async () => {
      const stored = await this.readStored(id);
      if (stored.revision !== revision) throw new UserFacingError('conflict', wording(messages.conflict));
      try {
        await unlink(this.file(id));
      } catch (error) {
        throw this.fsError(error, id);
      }
      this.known?.delete(id);
      return { id };
    });
  }

  /**
   * Adds or replaces many entries at once (an import, after the user chose
   * what to do with clashes): each stored as given, with the stored revision
   * + 1 (or 1), its own atomic write, in batches. All or nothing: if one write
   * fails, those already made are taken back (replaced files written back as
   * they were, new ones removed) and the error is thrown.
   */
  async putMany(entries: readonly PutTerm[]): Promise<TermEntry[]> {
    this.refuseWrites();
    const known = await this.load();
    const added = entries.filter((entry) => !known.has(entry.id)).length;
    if (known.size + added > TERM_LIMITS.entries)
      throw new UserFacingError('invalid-input', wording(messages.full, { max: TERM_LIMITS.entries }));
    const undo: Array<() => Promise<void>> = [];
    const stored: TermEntry[] = [];
    try {
      await mkdir(this.dir, { recursive: true }).catch((error: unknown) => {
        throw this.fsError(error, entries[0]?.id ?? '');
      });
      for (let start = 0; start < entries.length; start += WRITE_BATCH) {
        const batch = entries.slice(start, start + WRITE_BATCH);
        // Every write of the batch settles before a failure is taken back: one still running would
        // otherwise land after the undo and stay.
        const settled = await Promise.allSettled(
          batch.map((entry) =>
            this.queue.run(entry.id, async () => {
              const before = await this.readForUndo(entry.id);
              const next = { ...entry, revision: (before?.entry.revision ?? 0) + 1 };
              await this.write(next, true);
              undo.push(before ? () => this.restore(before.text, before.entry) : () => this.forget(entry.id));
              stored.push(next);
            }),
          ),
        );
        const failed = settled.find((result) => result.status === 'rejected');
        if (failed) throw failed.reason;
        await yieldToEventLoop();
      }
    } catch (error) {
      // Newest first; each step is attempted, so one that fails does not keep the rest from running.
      for (const step of undo.reverse()) await step().catch(() => undefined);
      throw error;
    }
    this.scheduleCacheWrite();
    return stored;
  }

  /** Waits for the pending cache write (tests, the bench, shutting down). */
  async flush(): Promise<void> {
    while (this.cacheWriting) await this.cacheWriting;
  }

  // ---- Storage. ----

  private checked(input: TermFields): TermFields {
    const result = termFieldsSchema.safeParse(input);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    throw new UserFacingError(
      'invalid-input',
      wording(messages.invalid, { detail: `${issue.path.join('.') || 'entry'}: ${issue.message}` }),
    );
  }

  private newId(): string {
    const id = makeId(nextVersionTime(this.now(), this.lastId), randomBytes(4).toString('hex'));
    this.lastId = id;
    return id;
  }

  private async readStored(id: string): Promise<TermEntry> {
    let text: string;
    try {
      text = await readFile(this.file(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.known?.delete(id);
        throw new UserFacingError('not-found', wording(messages.notFound));
      }
      throw this.fsError(error, id);
    }
    // A damaged or newer file is refused here, and set aside (or left, if newer) by the next app run's list.
    try {
      return parseTermFile(JSON.parse(text));
    } catch (error) {
      const file = `terms/${id}${FILE_SUFFIX}`;
      if (error instanceof NewerSchemaError)
        throw new UserFacingError('storage', wording(messages.newer, { file }));
      throw new UserFacingError(
        'storage',
        wording(messages.damagedLeft, {
          file,
          detail: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }

  /** The stored file's text and entry, for putting it back; null if there is none (or it cannot be read). */
  private async readForUndo(id: string): Promise<{ text: string; entry: TermEntry } | null> {
    try {
      const text = await readFile(this.file(id), 'utf8');
      return { text, entry: parseTermFile(JSON.parse(text)) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      if (error instanceof UserFacingError) throw error;
      // A damaged or newer file is not overwritten by an import: that is for the user to look at.
      throw this.fsError(error, id);
    }
  }

  private async restore(text: string, entry: TermEntry): Promise<void> {
    await writeFileAtomic(this.file(entry.id), text);
    const { mtimeMs } = await stat(this.file(entry.id));
    this.known?.set(entry.id, { entry, mtimeMs });
  }

  private async forget(id: string): Promise<void> {
    await unlink(this.file(id)).catch(() => undefined);
    this.known?.delete(id);
  }

  /** `folderMade`: the caller made the folder (an import makes it once, not once per entry). */
  private async write(entry: TermEntry, folderMade = false): Promise<TermEntry> {
    try {
      if (!folderMade) await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.file(entry.id), JSON.stringify(termFile(entry), null, 2));
      const { mtimeMs } = await stat(this.file(entry.id));
      (await this.load()).set(entry.id, { entry, mtimeMs });
    } catch (error) {
      throw this.fsError(error, entry.id);
    }
    return entry;
  }

  private fsError(error: unknown, id: string): UserFacingError {
    if (error instanceof UserFacingError) return error;
    return describeFsError(
      error,
      { action: 'saveFile', file: `terms/${id}${FILE_SUFFIX}` },
      { where: 'dataFolder', folder: this.options.dataDir },
    );
  }

  private refuseWrites(): void {
    if (this.options.readOnly) throw new UserFacingError('storage', wording(messages.readOnly));
  }

  /** What is known, brought in line with the folder: files added by another process read, removed ones dropped. */
  private async sync(): Promise<Map<string, CachedTerm>> {
    const known = await this.load();
    // The folder's time moves whenever a file is added, removed or replaced (every write is a rename into it).
    const folderTime = await this.folderTime();
    if (folderTime !== null && folderTime === this.listedAt) return known;
    this.listedAt = folderTime;
    const ids = await this.listedIds();
    const unread = ids.filter((id) => !known.has(id));
    if (unread.length) await this.readFiles(unread, known, new Map());
    if (known.size !== ids.length) {
      const listed = new Set(ids);
      for (const id of known.keys()) if (!listed.has(id)) known.delete(id);
    }
    return known;
  }

  private load(): Promise<Map<string, CachedTerm>> {
    if (this.known) return Promise.resolve(this.known);
    this.loading ??= (async () => {
      await this.seedOnFirstUse();
      const cached = await readTermCache(this.dir);
      const known = new Map<string, CachedTerm>();
      this.listedAt = await this.folderTime();
      const ids = await this.listedIds();
      await this.readFiles(ids, known, cached);
      this.known = known;
      // Rewritten only when it has fallen well behind: an entry changed since is one more file read at start.
      const stale = [...known.keys()].filter((id) => known.get(id) !== cached.get(id)).length;
      if (stale >= CACHE_STALE || cached.size - (known.size - stale) >= CACHE_STALE)
        this.scheduleCacheWrite();
      return known;
    })().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /**
   * The starter set, written once: when there is no `terms` folder, the app has
   * never had a termbase here. The folder is made first, so a seed that cannot
   * be read (a notice from readSeed) is not tried again either.
   */
  private async seedOnFirstUse(): Promise<void> {
    if (this.options.readOnly || (await this.folderTime()) !== null) return;
    try {
      await mkdir(this.dir, { recursive: true });
      for (const entry of this.options.seed()) {
        await writeFileAtomic(this.file(entry.id), JSON.stringify(termFile(entry), null, 2));
      }
    } catch (error) {
      this.notices.push(this.fsError(error, 'seed').wording);
    }
  }

  private async folderTime(): Promise<number | null> {
    try {
      return (await stat(this.dir)).mtimeMs;
    } catch {
      return null;
    }
  }

  private async listedIds(): Promise<string[]> {
    try {
      return (await readdir(this.dir))
        .filter((name) => name.endsWith(FILE_SUFFIX))
        .map((name) => name.slice(0, -FILE_SUFFIX.length))
        .filter((id) => VERSION_ID.test(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw describeFsError(
        error,
        { action: 'openDataFolder' },
        { where: 'dataFolder', folder: this.options.dataDir },
      );
    }
  }

  /** Reads `ids` into `known`: from the cache where the file has not changed since, else from the file. */
  private async readFiles(
    ids: string[],
    known: Map<string, CachedTerm>,
    cached: Map<string, CachedTerm>,
  ): Promise<void> {
    for (let start = 0; start < ids.length; start += STAT_SLICE) {
      const toRead: string[] = [];
      for (const id of ids.slice(start, start + STAT_SLICE)) {
        const hit = cached.get(id);
        let mtimeMs: number;
        try {
          ({ mtimeMs } = statSync(this.file(id)));
        } catch (error) {
          await this.damaged(id, error);
          continue;
        }
        if (hit && hit.mtimeMs === mtimeMs && hit.entry.id === id) known.set(id, hit);
        else toRead.push(id);
      }
      for (let batch = 0; batch < toRead.length; batch += READ_BATCH) {
        await Promise.all(toRead.slice(batch, batch + READ_BATCH).map((id) => this.readTermFile(id, known)));
      }
      await yieldToEventLoop();
    }
  }

  private async readTermFile(id: string, known: Map<string, CachedTerm>): Promise<void> {
    const path = this.file(id);
    try {
      const { mtimeMs } = await stat(path);
      const entry = parseTermFile(JSON.parse(await readFile(path, 'utf8')));
      if (entry.id !== id) throw new Error(`the file holds entry ${entry.id}`);
      known.set(id, { entry, mtimeMs });
    } catch (error) {
      await this.damaged(id, error);
    }
  }

  private async damaged(id: string, error: unknown): Promise<void> {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // removed since the folder was listed
    const file = `terms/${id}${FILE_SUFFIX}`;
    if (error instanceof NewerSchemaError) {
      this.notices.push(wording(messages.newer, { file }));
      return;
    }
    const detail = error instanceof Error ? error.message : String(error);
    if (code || this.options.readOnly) {
      // Unreadable (permissions, I/O) rather than damaged, or not ours to move: left where it is.
      this.notices.push(wording(messages.damagedLeft, { file, detail }));
      return;
    }
    const backup = `${file}.corrupt-${timestampForFileName(this.now())}`;
    try {
      await rename(this.file(id), join(this.options.dataDir, backup));
      this.notices.push(wording(messages.damagedSetAside, { detail, backup }));
    } catch {
      this.notices.push(wording(messages.damagedLeft, { file, detail }));
    }
  }

  /** Only a cache: one write at a time, a second request coalesced into the next write. */
  private scheduleCacheWrite(): void {
    if (this.options.readOnly || !this.known) return;
    this.cacheDirty = true;
    this.cacheWriting ??= (async () => {
      while (this.cacheDirty && this.known) {
        this.cacheDirty = false;
        await writeTermCache(this.dir, [...this.known.values()]).catch(() => undefined);
      }
    })().finally(() => {
      this.cacheWriting = null;
    });
  }
}
