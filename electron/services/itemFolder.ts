/**
 * A folder of items, one file each (`<folder>/<id>.json`), with a list cache
 * (`<folder>/list-cache.json`) so ten thousand items open from one read: the
 * storage under the letter log (./log/logService.ts) and the termbase
 * (./terms/termService.ts). The services keep their own rules (what an item
 * is, who may change what); this keeps the files.
 *
 * One file each, rather than one list, because items are edited one at a
 * time: each write is small and atomic, each item carries its own revision, a
 * damaged file costs one item (set aside, the rest listed), and a later team
 * library can replicate them one by one.
 *
 * Every write reads the stored file first and refuses a stale revision, so
 * the in-memory list behind the disk can never cause a lost write.
 */
import { statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { wording, type MessageDescriptor, type Wording } from '../../core/i18n/wording';
import { NewerSchemaError } from '../../core/schemas/newerSchemaError';
import { writeFileAtomic } from '../storage/atomicWrite';
import { timestampForFileName } from '../storage/timestamp';
import { describeFsError, UserFacingError } from './errors';
import { KeyedQueue } from './keyedQueue';
import { yieldToEventLoop } from './yieldToEventLoop';

/** What an item needs for its file: its id (the file's name) and its revision. */
export interface StoredItem {
  id: string;
  revision: number;
}

/** The messages a folder's user sees, worded for what its items are. */
export interface ItemFolderMessages {
  notFound: MessageDescriptor;
  conflict: MessageDescriptor;
  readOnly: MessageDescriptor;
  /** {detail} {backup} */
  damagedSetAside: MessageDescriptor;
  /** {detail} {file} */
  damagedLeft: MessageDescriptor;
  /** {file} */
  newer: MessageDescriptor;
}

/**
 * The list cache, in its own file format (./log/logCache.ts,
 * ./terms/termCache.ts): `C` is a cached item with its file's time.
 */
export interface ItemCache<T, C> {
  read(dir: string): Promise<Map<string, C>>;
  write(dir: string, cached: C[]): Promise<void>;
  wrap(item: T, mtimeMs: number): C;
  unwrap(cached: C): T;
}

export interface ItemFolderOptions<T extends StoredItem, C extends { mtimeMs: number }> {
  dataDir: string;
  /** The folder under `dataDir`, also how files are named to the user (`log/<id>.json`). */
  folder: string;
  /** Which names in the folder are items' files. */
  idPattern: RegExp;
  /** The stored file's content read into an item; throws (NewerSchemaError for a newer file) if it is not one. */
  parse: (json: unknown) => T;
  /** What is written to an item's file. */
  serialise: (item: T) => unknown;
  /** What an item is called in a damaged file's detail ("the file holds sending …"). */
  noun: string;
  messages: ItemFolderMessages;
  cache: ItemCache<T, C>;
  /**
   * How far the cache may fall behind before it is rewritten when the folder
   * is first read; and, when `cacheEachChange`, every write, removal or file
   * found changed on disk rewrites it (coalesced), else only `putMany` does.
   */
  cacheStale: number;
  cacheEachChange: boolean;
  /** Items written once, when there is no folder yet (the app has never had one here). */
  seed?: () => T[];
  now: () => Date;
  readOnly?: boolean;
}

const FILE_SUFFIX = '.json';
const READ_BATCH = 64;
const STAT_SLICE = 500;
const WRITE_BATCH = 128;

export class ItemFolder<T extends StoredItem, C extends { mtimeMs: number }> {
  /** What this process knows: every listed item, with its file's modification time. */
  private known: Map<string, C> | null = null;
  private loading: Promise<Map<string, C>> | null = null;
  /** Damaged files found since the folder was last listed: the next list tells the user. */
  private notices: Wording[] = [];
  private readonly queue = new KeyedQueue();
  /** The folder's modification time when its names were last read. */
  private listedAt: number | null = null;
  private cacheDirty = false;
  private cacheWriting: Promise<void> | null = null;

  constructor(private readonly options: ItemFolderOptions<T, C>) {}

  private get dir(): string {
    return join(this.options.dataDir, this.options.folder);
  }

  private file(id: string): string {
    return join(this.dir, `${id}${FILE_SUFFIX}`);
  }

  /** The file's name as the user is told it. */
  private fileName(id: string): string {
    return `${this.options.folder}/${id}${FILE_SUFFIX}`;
  }

  /** The notices gathered since the last call (damaged or newer files), handed over once. */
  takeNotices(): Wording[] {
    const notices = this.notices;
    this.notices = [];
    return notices;
  }

  /** Every item, brought in line with the folder: files added by another process read, removed ones dropped. */
  async all(): Promise<T[]> {
    const { unwrap } = this.options.cache;
    return [...(await this.sync()).values()].map(unwrap);
  }

  async count(): Promise<number> {
    return (await this.load()).size;
  }

  async has(id: string): Promise<boolean> {
    return (await this.load()).has(id);
  }

  /** Stores a new item (its id not yet used). */
  add(item: T): Promise<T> {
    this.refuseWrites();
    return this.queue.run(item.id, () => this.write(item));
  }

  /** Read the stored item, check `revision`, write what `build` makes of it at the next revision: one at a time per item. */
  change(id: string, revision: number, build: (stored: T) => T | Promise<T>): Promise<T> {
    this.refuseWrites();
    return this.queue.run(id, async () => {
      const stored = await this.readStored(id);
      if (stored.revision !== revision)
        throw new UserFacingError('conflict', wording(this.options.messages.conflict));
      const next = await build(stored);
      return this.write({ ...next, id: stored.id, revision: stored.revision + 1 });
    });
  }

  /** Removes an item if `revision` is the stored one's: a changed item is not removed unseen. */
  remove(id: string, revision: number): Promise<{ id: string }> {
    this.refuseWrites();
    return this.queue.run(id, async () => {
      const stored = await this.readStored(id);
      if (stored.revision !== revision)
        throw new UserFacingError('conflict', wording(this.options.messages.conflict));
      try {
        await unlink(this.file(id));
      } catch (error) {
        throw this.fsError(error, id);
      }
      this.known?.delete(id);
      if (this.options.cacheEachChange) this.scheduleCacheWrite();
      return { id };
    });
  }

  /** Stores `item` as it is unless the folder holds its id already (false): nothing is overwritten. */
  addIfAbsent(item: T): Promise<boolean> {
    this.refuseWrites();
    return this.queue.run(item.id, async () => {
      if ((await this.load()).has(item.id) || (await exists(this.file(item.id)))) return false;
      await this.write(item);
      return true;
    });
  }

  /** Takes back what `addIfAbsent` stored (a rollback): gone, whatever it held. */
  async discard(id: string): Promise<void> {
    await this.queue.run(id, async () => {
      await this.forget(id);
      if (this.options.cacheEachChange) this.scheduleCacheWrite();
    });
  }

  /**
   * Adds or replaces many items at once: each stored as given, with the
   * stored revision + 1 (or 1), its own atomic write, in batches. All or
   * nothing: if one write fails, those already made are taken back (replaced
   * files written back as they were, new ones removed) and the error is thrown.
   */
  async putMany(items: readonly T[]): Promise<T[]> {
    this.refuseWrites();
    const undo: Array<() => Promise<void>> = [];
    const stored: T[] = [];
    try {
      await mkdir(this.dir, { recursive: true }).catch((error: unknown) => {
        throw this.fsError(error, items[0]?.id ?? '');
      });
      for (let start = 0; start < items.length; start += WRITE_BATCH) {
        const batch = items.slice(start, start + WRITE_BATCH);
        // Every write of the batch settles before a failure is taken back: one still running would
        // otherwise land after the undo and stay.
        const settled = await Promise.allSettled(
          batch.map((item) =>
            this.queue.run(item.id, async () => {
              const before = await this.readForUndo(item.id);
              const next = { ...item, revision: (before?.item.revision ?? 0) + 1 };
              await this.write(next, true);
              undo.push(before ? () => this.restore(before.text, before.item) : () => this.forget(item.id));
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

  refuseWrites(): void {
    if (this.options.readOnly) throw new UserFacingError('storage', wording(this.options.messages.readOnly));
  }

  // ---- Files. ----

  private async readStored(id: string): Promise<T> {
    const { messages } = this.options;
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
      return this.options.parse(JSON.parse(text));
    } catch (error) {
      const file = this.fileName(id);
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

  /** The stored file's text and item, for putting it back; null if there is none (or it cannot be read). */
  private async readForUndo(id: string): Promise<{ text: string; item: T } | null> {
    try {
      const text = await readFile(this.file(id), 'utf8');
      return { text, item: this.options.parse(JSON.parse(text)) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      if (error instanceof UserFacingError) throw error;
      // A damaged or newer file is not overwritten by an import: that is for the user to look at.
      throw this.fsError(error, id);
    }
  }

  private async restore(text: string, item: T): Promise<void> {
    await writeFileAtomic(this.file(item.id), text);
    const { mtimeMs } = await stat(this.file(item.id));
    this.known?.set(item.id, this.options.cache.wrap(item, mtimeMs));
  }

  private async forget(id: string): Promise<void> {
    await unlink(this.file(id)).catch(() => undefined);
    this.known?.delete(id);
  }

  /** `folderMade`: the caller made the folder (an import makes it once, not once per item). */
  private async write(item: T, folderMade = false): Promise<T> {
    try {
      if (!folderMade) await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.file(item.id), JSON.stringify(this.options.serialise(item), null, 2));
      const { mtimeMs } = await stat(this.file(item.id));
      (await this.load()).set(item.id, this.options.cache.wrap(item, mtimeMs));
    } catch (error) {
      throw this.fsError(error, item.id);
    }
    if (this.options.cacheEachChange) this.scheduleCacheWrite();
    return item;
  }

  private fsError(error: unknown, id: string): UserFacingError {
    if (error instanceof UserFacingError) return error;
    return describeFsError(
      error,
      { action: 'saveFile', file: this.fileName(id) },
      { where: 'dataFolder', folder: this.options.dataDir },
    );
  }

  // ---- Listing. ----

  private async sync(): Promise<Map<string, C>> {
    const known = await this.load();
    // The folder's time moves whenever a file is added, removed or replaced (every write is a rename
    // into it): unchanged, its ten thousand names need not be read again.
    const folderTime = await this.folderTime();
    if (folderTime !== null && folderTime === this.listedAt) return known;
    this.listedAt = folderTime;
    const ids = await this.listedIds();
    let changed = false;
    const unread = ids.filter((id) => !known.has(id));
    if (unread.length) {
      await this.readFiles(unread, known, new Map());
      changed = true;
    }
    if (known.size !== ids.length) {
      const listed = new Set(ids);
      for (const id of known.keys()) {
        if (!listed.has(id)) {
          known.delete(id);
          changed = true;
        }
      }
    }
    if (changed && this.options.cacheEachChange) this.scheduleCacheWrite();
    return known;
  }

  private load(): Promise<Map<string, C>> {
    if (this.known) return Promise.resolve(this.known);
    this.loading ??= (async () => {
      await this.seedOnFirstUse();
      const cached = await this.options.cache.read(this.dir);
      const known = new Map<string, C>();
      this.listedAt = await this.folderTime();
      const ids = await this.listedIds();
      await this.readFiles(ids, known, cached);
      this.known = known;
      // Rewritten only when it has fallen behind by `cacheStale`: an item changed since is one more file read at start.
      const stale = [...known.keys()].filter((id) => known.get(id) !== cached.get(id)).length;
      const { cacheStale } = this.options;
      if (stale >= cacheStale || cached.size - (known.size - stale) >= cacheStale) this.scheduleCacheWrite();
      return known;
    })().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /**
   * The seed, written once: when there is no folder, the app has never had
   * one here. The folder is made first, so a seed that cannot be read (a
   * notice from the seed's reader) is not tried again either, and an item the
   * user removed does not come back.
   */
  private async seedOnFirstUse(): Promise<void> {
    const { seed, readOnly, serialise } = this.options;
    if (!seed || readOnly || (await this.folderTime()) !== null) return;
    try {
      await mkdir(this.dir, { recursive: true });
      for (const item of seed()) {
        await writeFileAtomic(this.file(item.id), JSON.stringify(serialise(item), null, 2));
      }
    } catch (error) {
      this.notices.push(this.fsError(error, 'seed').wording);
    }
  }

  /** The folder's modification time, null when there is no folder yet. */
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
        .filter((id) => this.options.idPattern.test(id));
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
  private async readFiles(ids: string[], known: Map<string, C>, cached: Map<string, C>): Promise<void> {
    const { unwrap } = this.options.cache;
    for (let start = 0; start < ids.length; start += STAT_SLICE) {
      const toRead: string[] = [];
      // Stats of cached files one after another, in slices between which other work runs: on
      // 10,000 files this takes half the time of as many asynchronous stats through the thread pool.
      for (const id of ids.slice(start, start + STAT_SLICE)) {
        const hit = cached.get(id);
        let mtimeMs: number;
        try {
          ({ mtimeMs } = statSync(this.file(id)));
        } catch (error) {
          await this.damaged(id, error);
          continue;
        }
        if (hit && hit.mtimeMs === mtimeMs && unwrap(hit).id === id) known.set(id, hit);
        else toRead.push(id);
      }
      for (let batch = 0; batch < toRead.length; batch += READ_BATCH) {
        await Promise.all(toRead.slice(batch, batch + READ_BATCH).map((id) => this.readItemFile(id, known)));
      }
      await yieldToEventLoop();
    }
  }

  private async readItemFile(id: string, known: Map<string, C>): Promise<void> {
    const path = this.file(id);
    try {
      const { mtimeMs } = await stat(path);
      const item = this.options.parse(JSON.parse(await readFile(path, 'utf8')));
      if (item.id !== id) throw new Error(`the file holds ${this.options.noun} ${item.id}`);
      known.set(id, this.options.cache.wrap(item, mtimeMs));
    } catch (error) {
      await this.damaged(id, error);
    }
  }

  private async damaged(id: string, error: unknown): Promise<void> {
    const { messages } = this.options;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // removed since the folder was listed
    const file = this.fileName(id);
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
    const backup = `${file}.corrupt-${timestampForFileName(this.options.now())}`;
    try {
      await rename(this.file(id), join(this.options.dataDir, backup));
      this.notices.push(wording(messages.damagedSetAside, { detail, backup }));
    } catch {
      this.notices.push(wording(messages.damagedLeft, { file, detail }));
    }
  }

  /**
   * Only a cache: one write at a time, a burst of changes coalesced into the
   * next write; a failure costs only the next start some time.
   */
  private scheduleCacheWrite(): void {
    if (this.options.readOnly || !this.known) return;
    this.cacheDirty = true;
    this.cacheWriting ??= (async () => {
      while (this.cacheDirty && this.known) {
        this.cacheDirty = false;
        await this.options.cache.write(this.dir, [...this.known.values()]).catch(() => undefined);
      }
    })().finally(() => {
      this.cacheWriting = null;
    });
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
