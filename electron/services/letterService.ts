/**
 * The library of letters. Each letter is its own file (`letters/<id>.json`),
 * written atomically, so one autosave costs the size of one letter whatever
 * the library holds. Trashed letters move to `trash/<id>.json`.
 *
 * The files are the truth, and another process may write them (an archive
 * import, a sync tool): every change reads the letter from disk, checks the
 * revision the caller based it on and refuses a stale one (`conflict`), one
 * change per letter at a time in this process. The folders are watched, so
 * letters written from outside appear in the list.
 *
 * An in-memory index of summaries answers the sidebar without reading files.
 * At start-up it comes from the summary index on disk (letterIndexFile.ts) for
 * the files that have not changed since, and from the files themselves for the
 * rest, when damaged files are also moved aside. Full-text search has its own
 * index (core/search), built in the background after start-up.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  copyTitle,
  newBlankLetter,
  newestFirst,
  summarise,
  type Letter,
  type LetterFields,
  type LetterSummary,
  type LibraryCursor,
} from '../../core/letter';
import { withoutComments } from '../../core/comments/withoutComments';
import { findExcerpt } from '../../core/search/excerpt';
import { letterSearchParts, letterSearchText } from '../../core/search/letterSearchText';
import { SearchIndex } from '../../core/search/SearchIndex';
import { parseSearchQuery } from '../../core/search/searchQuery';
import type { ConflictResolution, LetterSearchResults } from '../../core/contract';
import { createLetterFromTemplate } from '../../core/template';
import type { Signatory } from '../../core/signatory';
import { writeFileAtomic } from '../storage/atomicWrite';
import { timestampForFileName } from '../storage/timestamp';
import { defineMessages, wording, type Wording } from '../../core/i18n/wording';
import { conflict, describeFsError, notFound, UserFacingError, type FsAction } from './errors';
import { watchFolder } from './folderWatcher';
import { KeyedQueue } from './keyedQueue';
import {
  indexKey,
  readLetterIndex,
  writeLetterIndex,
  type IndexedLetter,
  type Place,
} from './letterIndexFile';
import {
  copyToKeep,
  letterFileId,
  NO_STAMP,
  readLetterFile,
  sameStamp,
  stampOf,
  type FoundLetter,
  type LetterFile,
} from './letterFiles';
import type { TemplateService } from './templateService';

/** Saves come in bursts while typing; the summary index is rewritten once things are quiet. */
const INDEX_WRITE_DELAY_MS = 2000;
/** Start-up reads the window's first letter and lists; the search index can wait that long. */
const SEARCH_BUILD_DELAY_MS = 2000;
/** Letters read at once while building the search index: enough to keep the disk busy, few enough to stay responsive. */
const SEARCH_BUILD_BATCH = 16;
/** A file written from outside often comes as several events (create, write, rename): look once they stop. */
const WATCH_SETTLE_MS = 50;

const PLACES: readonly Place[] = ['letters', 'trash'];

/** When a kept copy was made, in its name: "29 Nov 2026, 23:14" in this computer's time zone. */
const messages = defineMessages({
  damagedLeft: {
    id: 'notice.letters.damagedLeft',
    defaultMessage: 'The letter file {file} is damaged ({detail}).',
  },
  damagedSetAside: {
    id: 'notice.letters.damagedSetAside',
    defaultMessage:
      'The letter file {file} was damaged ({detail}) and could not be opened. LetterDesk kept it as {backup}; the rest of the library is unaffected.',
  },
  twoCopies: {
    id: 'notice.letters.twoCopies',
    defaultMessage:
      'The letter “{title}” was in both letters/ and trash/ (two copies, e.g. from a sync). LetterDesk kept the newer one in {place}/ and set the other aside as {aside}; nothing was deleted.',
  },
  newerVersion: {
    id: 'notice.letters.newerVersion',
    defaultMessage:
      'The letter file {file} was made by a newer version of LetterDesk — update LetterDesk to open it. It was left as it is.',
  },
  unreadable: {
    id: 'error.letter.unreadable',
    defaultMessage:
      'The letter file {file} cannot be read ({detail}). LetterDesk left it as it is and will set it aside as damaged when it next starts.',
  },
  inTrash: {
    id: 'error.letter.inTrash',
    defaultMessage: 'This letter is in the trash. Restore it to go on editing.',
  },
});

const COPY_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export interface LetterServiceOptions {
  dataDir: string;
  templates: TemplateService;
  defaultSignatory: () => Signatory | null;
  notices: Wording[];
  now?: () => Date;
  /** Reads only (a command-line `list` or `export` beside a running app): no folder, index or damaged file is touched. */
  readOnly?: boolean;
}

const newId = () => randomUUID().replace(/-/g, '');

/**
 * What keeps the letters' versions (history/historyService.ts), told of each
 * write from inside the letter's queue, so versions follow the writes in
 * order. None of these may throw: a version that cannot be kept never makes
 * the save it follows fail.
 */
export interface VersionKeeper {
  /** `letter` was written where `place` says; `before` is what it replaced (null: a new letter or copy). */
  written(before: Letter | null, letter: Letter, place: Place): Promise<void>;
  /** The letter moved to the trash or back: its history goes with it. */
  moved(id: string, to: Place): Promise<void>;
  /** The letter was deleted for good (the trash emptied). */
  removed(id: string): Promise<void>;
}

/**
 * Whether two versions of a letter hold the same content: everything but when
 * and as which revision they were stored. Compared as JSON, the form they are
 * stored in, so key order and `undefined` fields (gone once written) do not count.
 */
function sameContent(a: Letter, b: Letter): boolean {
  const content = ({ updatedAt: _updatedAt, revision: _revision, ...rest }: Letter) =>
    JSON.parse(JSON.stringify(rest)) as unknown;
  return isDeepStrictEqual(content(a), content(b));
}

export class LetterService {
  private readonly index = new Map<string, IndexedLetter>();
  private readonly now: () => Date;
  /** Every read-modify-write of a letter runs in its id's queue. */
  private readonly queue = new KeyedQueue();
  /** Files from a newer LetterDesk already in the notices, so each is reported once. */
  private readonly reportedNewer = new Set<string>();
  private readonly changedOnDisk = new Map<string, ReturnType<typeof setTimeout>>();
  private unwatch: Array<() => void> = [];
  private indexDirty = false;
  private indexTimer: ReturnType<typeof setTimeout> | null = null;
  private indexWriting: Promise<void> = Promise.resolve();
  private searchIndex: SearchIndex | null = null;
  private searchBuild: Promise<SearchIndex> | null = null;
  private versions: VersionKeeper | null = null;

  private constructor(private readonly options: LetterServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  static async open(options: LetterServiceOptions): Promise<LetterService> {
    const service = new LetterService(options);
    await service.loadIndex();
    service.unwatch = PLACES.map((place) =>
      watchFolder(service.dir(place), (name) => service.changedOutside(name)),
    );
    return service;
  }

  /** Set once by createServices: the history service needs the letters, and keeps their versions. */
  keepVersionsWith(keeper: VersionKeeper): void {
    this.versions = keeper;
  }

  /** Stops watching the folders and writes the summary index if it is out of date. */
  async close(): Promise<void> {
    for (const stop of this.unwatch) stop();
    this.unwatch = [];
    for (const timer of this.changedOnDisk.values()) clearTimeout(timer);
    this.changedOnDisk.clear();
    await this.flush();
  }

  /** Where letters live; documented in README.md. */
  get lettersDir(): string {
    return join(this.options.dataDir, 'letters');
  }

  private dir(place: Place): string {
    return join(this.options.dataDir, place);
  }

  private file(place: Place, id: string): string {
    return join(this.dir(place), `${id}.json`);
  }

  private async loadIndex(): Promise<void> {
    const cached = await readLetterIndex(this.options.dataDir);
    const { readOnly } = this.options;
    for (const place of PLACES) {
      if (!readOnly) await mkdir(this.dir(place), { recursive: true });
      for (const name of await readdir(this.dir(place)).catch((error: NodeJS.ErrnoException) => {
        if (readOnly && error.code === 'ENOENT') return [];
        throw error;
      })) {
        const id = letterFileId(name);
        if (id === null) continue;
        const path = this.file(place, id);
        const known = cached.get(indexKey(place, id));
        const other = this.index.get(id);
        if (!other && known && sameStamp(known, stampOf(path))) {
          this.index.set(id, known);
          continue;
        }
        this.indexDirty = true;
        const file = await readLetterFile(path, place, id);
        if (file.kind === 'letter') {
          // The same letter in both folders (a sync, or a crash halfway through a move): keep one.
          const twin = other ? await readLetterFile(this.file(other.place, id), other.place, id) : null;
          this.remember(twin?.kind === 'letter' ? await this.keepOne(file, twin) : file);
        } else if (file.kind === 'newer') {
          this.reportNewer(place, id);
        } else if (file.kind === 'damaged' || file.kind === 'unreadable') {
          if (readOnly) {
            this.options.notices.push(
              wording(messages.damagedLeft, { file: name, detail: file.error.message }),
            );
            continue;
          }
          const backup = `${path}.corrupt-${timestampForFileName(this.now())}`;
          await rename(path, backup);
          this.options.notices.push(
            wording(messages.damagedSetAside, { file: name, detail: file.error.message, backup }),
          );
        }
      }
    }
    if (!readOnly && (this.indexDirty || cached.size !== this.index.size)) this.scheduleIndexWrite();
  }

  /**
   * The letter as it is on disk now, in whichever folder holds it; null if
   * neither does. The index is brought in line with what was found. A letter
   * from a newer LetterDesk, or a damaged file, is refused with a message and
   * left as it is (damaged files are set aside at the next start).
   */
  private async locate(id: string, action: FsAction = { action: 'openLetter' }): Promise<FoundLetter | null> {
    const files = await Promise.all(PLACES.map((place) => readLetterFile(this.file(place, id), place, id)));
    for (const [i, file] of files.entries()) {
      if (file.kind === 'unreadable') {
        throw describeFsError(file.error, action, { where: 'dataFolder', folder: this.options.dataDir });
      }
      if (file.kind === 'newer') {
        this.forget(id);
        throw new UserFacingError('storage', this.reportNewer(PLACES[i], id));
      }
      if (file.kind === 'damaged') {
        throw new UserFacingError(
          'storage',
          wording(messages.unreadable, { file: `${PLACES[i]}/${id}.json`, detail: file.error.message }),
        );
      }
    }
    const found = files.filter(
      (file): file is Extract<LetterFile, { kind: 'letter' }> => file.kind === 'letter',
    );
    if (!found.length) {
      this.forget(id);
      return null;
    }
    const kept = found.length === 2 ? await this.keepOne(found[0], found[1]) : found[0];
    this.remember(kept);
    return kept;
  }

  /** `locate`, for a letter that must exist. */
  private async stored(id: string): Promise<FoundLetter> {
    const found = await this.locate(id);
    if (!found) throw notFound({ item: 'letter' });
    return found;
  }

  /** Both copies of one letter exist: keeps the one `copyToKeep` picks where it is, sets the other aside. */
  private async keepOne(a: FoundLetter, b: FoundLetter): Promise<FoundLetter> {
    const kept = copyToKeep(a, b);
    const other = kept === a ? b : a;
    const id = kept.letter.id;
    // A read-only run (the command line beside the app) only chooses; the app sets the other copy aside.
    if (this.options.readOnly) return kept;
    const aside = `${this.file(other.place, id)}.set-aside-${timestampForFileName(this.now())}`;
    await rename(this.file(other.place, id), aside);
    this.options.notices.push(
      wording(messages.twoCopies, { title: summarise(kept.letter).title, place: kept.place, aside }),
    );
    return kept;
  }

  /** Says (once per file) that a letter file is from a newer LetterDesk; returns the message. */
  private reportNewer(place: Place, id: string): Wording {
    const message = wording(messages.newerVersion, { file: `${place}/${id}.json` });
    if (!this.reportedNewer.has(`${place}/${id}`)) this.options.notices.push(message);
    this.reportedNewer.add(`${place}/${id}`);
    return message;
  }

  private remember({ place, letter, stamp }: FoundLetter): void {
    const known = this.index.get(letter.id);
    if (known?.place === place && sameStamp(known, stamp)) return;
    this.index.set(letter.id, { summary: summarise(letter), place, ...stamp });
    this.searchIndex?.set(letter.id, letterSearchText(letter));
    this.scheduleIndexWrite();
  }

  private forget(id: string): void {
    if (!this.index.delete(id)) return;
    this.searchIndex?.remove(id);
    this.scheduleIndexWrite();
  }

  /** A watched folder saw `name` change: look at that letter again once the writes settle. */
  private changedOutside(name: string): void {
    const id = letterFileId(name);
    if (id === null) return;
    clearTimeout(this.changedOnDisk.get(id));
    const timer = setTimeout(() => {
      this.changedOnDisk.delete(id);
      void this.queue.run(id, () => this.recheck(id));
    }, WATCH_SETTLE_MS);
    timer.unref?.();
    this.changedOnDisk.set(id, timer);
  }

  private async recheck(id: string): Promise<void> {
    const known = this.index.get(id);
    // Our own write (or nothing new): the file is as we left it, and only in its place.
    const twin = known && (known.place === 'letters' ? 'trash' : 'letters');
    if (
      known &&
      twin &&
      sameStamp(known, stampOf(this.file(known.place, id))) &&
      !stampOf(this.file(twin, id))
    )
      return;
    // A damaged or newer file is reported when someone opens it (and at the next start).
    await this.locate(id).catch(() => undefined);
  }

  private scheduleIndexWrite(): void {
    if (this.options.readOnly) return;
    this.indexDirty = true;
    if (this.indexTimer) return;
    this.indexTimer = setTimeout(() => void this.flush(), INDEX_WRITE_DELAY_MS);
    // A pending rewrite of a cache must not keep a command-line run alive.
    this.indexTimer.unref?.();
  }

  /**
   * Writes the summary index now if it is out of date; the app calls this on
   * quit. A failure is not the user's concern: the index is only a cache, and
   * the next start reads the letters it cannot vouch for.
   */
  async flush(): Promise<void> {
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
    if (!this.indexDirty) return this.indexWriting;
    this.indexDirty = false;
    this.indexWriting = this.indexWriting
      .then(() => writeLetterIndex(this.options.dataDir, this.index.values()))
      .catch(() => undefined);
    return this.indexWriting;
  }

  /** Newest first. */
  list(trash = false): LetterSummary[] {
    const wanted: Place = trash ? 'trash' : 'letters';
    return [...this.index.values()]
      .filter((entry) => entry.place === wanted)
      .map((entry) => entry.summary)
      .sort(newestFirst);
  }

  /**
   * Where the library's index has the letter (kept in line with the folders; no disk read, so the log
   * can ask for a thousand rows); null: deleted for good. `placeOf` reads the disk.
   */
  indexedPlace(id: string): Place | null {
    return this.index.get(id)?.place ?? null;
  }

  /** One page of `list`: the sidebar asks for the newest first and the rest as the user scrolls. */
  page(trash: boolean, limit: number, after?: LibraryCursor): { letters: LetterSummary[]; total: number } {
    const all = this.list(trash);
    const start = after ? all.findIndex((summary) => newestFirst(summary, after) > 0) : 0;
    return { letters: start < 0 ? [] : all.slice(start, start + limit), total: all.length };
  }

  /** The letter as stored now, even if another process wrote it a moment ago. */
  async get(id: string): Promise<Letter> {
    return (await this.queue.run(id, () => this.stored(id))).letter;
  }

  async create(templateId: string | null, fields: Partial<LetterFields> = {}): Promise<Letter> {
    const base = { id: newId(), now: this.now(), signatory: this.options.defaultSignatory() };
    const letter = templateId
      ? createLetterFromTemplate(await this.options.templates.get(templateId), { ...base, fields })
      : newBlankLetter({ ...base, fields });
    const created = await this.write('letters', letter, 0);
    await this.versions?.written(null, created, 'letters');
    return created;
  }

  /**
   * A new letter made from a blank one (with the default signatory) by
   * `build`, e.g. from an imported DOCX; stored and kept as `created` like any.
   */
  async createFrom(build: (blank: Letter) => Letter): Promise<Letter> {
    const blank = newBlankLetter({
      id: newId(),
      now: this.now(),
      signatory: this.options.defaultSignatory(),
    });
    const created = await this.write('letters', { ...build(blank), id: blank.id }, 0);
    await this.versions?.written(null, created, 'letters');
    return created;
  }

  /**
   * Autosave: the renderer sends the whole letter with the revision it was
   * based on. If the stored letter has moved on since (another window or
   * program wrote it), nothing is written and the caller gets `conflict`.
   * A letter no longer on disk at all (its folder emptied, or deleted for good
   * elsewhere) is stored again as new: the window's copy is the only one left.
   * A letter that is what is stored already is not written: a revision counts
   * changes, and a new one would refuse the next save of every other window
   * that has the letter open, for nothing; its "last changed" time would lie.
   */
  async save(letter: Letter): Promise<Letter> {
    return this.queue.run(letter.id, async () => {
      const stored = await this.editable(letter);
      if (stored && sameContent(stored, letter)) return stored;
      const saved = await this.write(
        'letters',
        { ...letter, updatedAt: this.now().toISOString() },
        stored?.revision ?? 0,
      );
      await this.versions?.written(stored, saved, 'letters');
      return saved;
    });
  }

  /**
   * Replaces the stored letter (in the library, at `revision`, else
   * `conflict`) by what `build` makes of it, in the letter's queue so no save
   * interleaves; `then` runs after the write, still in the queue. A history
   * restore: `build` keeps the stored letter as a version first.
   */
  async replace(
    id: string,
    revision: number,
    build: (stored: Letter) => Promise<Letter>,
    then: (written: Letter) => Promise<void>,
  ): Promise<Letter> {
    return this.queue.run(id, async () => {
      const found = await this.stored(id);
      if (found.place === 'trash') throw new UserFacingError('not-found', wording(messages.inTrash));
      const stored = found.letter;
      if (stored.revision !== revision)
        throw conflict({ item: 'namedLetter', name: summarise(stored).title });
      const next = await build(stored);
      const written = await this.write(
        'letters',
        { ...next, id, updatedAt: this.now().toISOString() },
        stored.revision,
      );
      await then(written);
      return written;
    });
  }

  /**
   * The way out of a conflict, in one step that cannot half-happen: the
   * version not kept is stored as a copy in the library first, so nothing is
   * dropped. `theirRevision` is the stored revision the user decided about;
   * if it moved on again, this is a conflict too.
   *
   * - keep 'mine': their version becomes "<title> (their version, <time>)", then
   *   `letter` is saved on top of it; returns the saved letter.
   * - keep 'theirs': `letter` becomes "<title> (my version, <time>)"; returns theirs, to load.
   */
  async resolveConflict(
    letter: Letter,
    theirRevision: number,
    keep: 'mine' | 'theirs',
  ): Promise<ConflictResolution> {
    return this.queue.run(letter.id, async () => {
      const theirs = await this.editable({ ...letter, revision: theirRevision });
      if (!theirs) throw notFound({ item: 'letter' });
      if (keep === 'theirs') {
        const copy = await this.writeCopy(letter, `my version, ${COPY_TIME.format(this.now())}`);
        return { letter: theirs, copy: summarise(copy) };
      }
      const copy = await this.writeCopy(
        theirs,
        `their version, ${COPY_TIME.format(new Date(theirs.updatedAt))}`,
      );
      try {
        const saved = await this.write(
          'letters',
          { ...letter, updatedAt: this.now().toISOString() },
          theirs.revision,
        );
        await this.versions?.written(theirs, saved, 'letters');
        return { letter: saved, copy: summarise(copy) };
      } catch (error) {
        // All or nothing: without the save, the copy would only be clutter.
        await this.remove('letters', copy.id);
        throw error;
      }
    });
  }

  /**
   * The stored letter `letter` may replace: in the library, not trashed, at
   * the revision `letter` was based on; null if it is on disk nowhere.
   */
  private async editable(letter: Letter): Promise<Letter | null> {
    const found = await this.locate(letter.id, { action: 'saveLetter', title: summarise(letter).title });
    if (!found) return null;
    if (found.place === 'trash') {
      throw new UserFacingError('not-found', wording(messages.inTrash));
    }
    const stored = found.letter;
    if (stored.revision !== letter.revision)
      throw conflict({ item: 'namedLetter', name: summarise(stored).title });
    return stored;
  }

  async rename(id: string, title: string): Promise<Letter> {
    return this.queue.run(id, async () => {
      const { place, letter } = await this.stored(id);
      const renamed = { ...letter, title: title.trim(), updatedAt: this.now().toISOString() };
      const written = await this.write(place, renamed, letter.revision);
      await this.versions?.written(letter, written, place);
      return written;
    });
  }

  async duplicate(id: string): Promise<Letter> {
    const original = await this.get(id);
    return this.writeCopy(withoutComments(original), 'copy');
  }

  /** A new letter in the library with `letter`'s content, named "<title> (<note>)". */
  private async writeCopy(letter: Letter, note: string): Promise<Letter> {
    const stamp = this.now().toISOString();
    const { deletedAt: _deleted, ...rest } = letter;
    const copy = { ...rest, id: newId(), title: copyTitle(letter, note), status: 'draft' as const };
    const written = await this.write('letters', { ...copy, createdAt: stamp, updatedAt: stamp }, 0);
    await this.versions?.written(null, written, 'letters');
    return written;
  }

  async trash(id: string): Promise<LetterSummary> {
    return this.move(id, 'letters', 'trash');
  }

  async restore(id: string): Promise<LetterSummary> {
    return this.move(id, 'trash', 'letters');
  }

  async emptyTrash(): Promise<{ removed: number }> {
    const doomed = [...this.index].filter(([, entry]) => entry.place === 'trash').map(([id]) => id);
    let removed = 0;
    for (const id of doomed) {
      await this.queue.run(id, async () => {
        // Only what is still in the trash now: another window may have restored it meanwhile.
        if ((await this.locate(id).catch(() => null))?.place !== 'trash') return;
        await this.remove('trash', id);
        await this.versions?.removed(id);
        removed += 1;
      });
    }
    return { removed };
  }

  /**
   * A letter brought in whole from an archive: stored as it is (comments and
   * all) in the folder its `deletedAt` says, unless a letter with its id is
   * in the library already, which is never overwritten (false). Keeps no
   * version: the archive brings the letter's own.
   */
  async adopt(letter: Letter): Promise<Place | null> {
    return this.queue.run(letter.id, async () => {
      if (await this.locate(letter.id)) return null;
      const place: Place = letter.deletedAt ? 'trash' : 'letters';
      await this.write(place, letter, Math.max(0, letter.revision - 1));
      return place;
    });
  }

  /** Takes back what `adopt` stored (an archive import rolled back). */
  async unadopt(id: string, place: Place): Promise<void> {
    await this.queue.run(id, () => this.remove(place, id));
  }

  /** Where the letter is stored now, null when neither folder holds it. */
  async placeOf(id: string): Promise<Place | null> {
    return (await this.queue.run(id, () => this.locate(id)))?.place ?? null;
  }

  private async remove(place: Place, id: string): Promise<void> {
    await rm(this.file(place, id), { force: true });
    this.forget(id);
  }

  private async move(id: string, from: Place, to: Place): Promise<LetterSummary> {
    return this.queue.run(id, async () => {
      const found = await this.locate(id);
      if (found?.place !== from) throw notFound({ item: from === 'trash' ? 'letterInTrash' : 'letter' });
      const { deletedAt: _deleted, ...rest } = found.letter;
      const moved = to === 'trash' ? { ...rest, deletedAt: this.now().toISOString() } : rest;
      // Write the new copy first, then remove the old: a crash in between leaves
      // the letter in both places (the next look keeps the moved one, a revision
      // ahead), never in neither.
      const stored = await this.write(to, moved, found.letter.revision);
      await rm(this.file(from, id), { force: true });
      // After the letter: a crash in between leaves its history behind, where readers still look.
      await this.versions?.moved(id, to);
      return summarise(stored);
    });
  }

  /** Stores `letter` as the revision after `basedOn` (0 for a new letter). */
  private async write(place: Place, letter: Letter, basedOn: number): Promise<Letter> {
    const stored = { ...letter, revision: basedOn + 1 };
    try {
      await writeFileAtomic(this.file(place, stored.id), JSON.stringify(stored));
    } catch (error) {
      throw describeFsError(
        error,
        { action: 'saveLetter', title: summarise(stored).title },
        { where: 'dataFolder', folder: this.options.dataDir },
      );
    }
    this.remember({ place, letter: stored, stamp: stampOf(this.file(place, stored.id)) ?? NO_STAMP });
    return stored;
  }

  /**
   * Builds the full-text index (once; later calls get the same build). Letters
   * saved meanwhile go straight in and are not overwritten by the older copy
   * being read.
   */
  startSearchIndexing(): Promise<SearchIndex> {
    return (this.searchBuild ??= this.buildSearchIndex());
  }

  /**
   * The app's way in: builds the index once start-up is over, so reading a large
   * library does not compete with the window's first requests. A search before
   * then starts it at once.
   */
  indexForSearchSoon(delayMs = SEARCH_BUILD_DELAY_MS): void {
    setTimeout(() => void this.startSearchIndexing(), delayMs).unref?.();
  }

  private async buildSearchIndex(): Promise<SearchIndex> {
    const index = (this.searchIndex = new SearchIndex());
    const ids = [...this.index.keys()];
    for (let start = 0; start < ids.length; start += SEARCH_BUILD_BATCH) {
      await Promise.all(
        ids.slice(start, start + SEARCH_BUILD_BATCH).map(async (id) => {
          const entry = this.index.get(id);
          if (!entry || index.has(id)) return;
          try {
            const letter = JSON.parse(await readFile(this.file(entry.place, id), 'utf8')) as Letter;
            if (!index.has(id) && this.index.has(id)) index.set(id, letterSearchText(letter));
          } catch {
            // Changed or damaged behind our back since start-up: unsearchable until the next start,
            // which reads it again (and moves it aside if it is damaged).
          }
        }),
      );
    }
    return index;
  }

  /** Letters holding every word of the query, newest first, with the line that matched. */
  async search(text: string, { trash = false, limit = 50 } = {}): Promise<LetterSearchResults> {
    const index = await this.startSearchIndexing();
    const query = parseSearchQuery(text);
    const wanted: Place = trash ? 'trash' : 'letters';
    const found = index
      .search(query)
      .map((id) => this.index.get(id))
      .filter((entry): entry is IndexedLetter => entry?.place === wanted)
      .map((entry) => entry.summary)
      .sort(newestFirst);
    const hits = await Promise.all(
      found.slice(0, limit).map(async (summary) => {
        const letter = await this.get(summary.id).catch(() => null);
        return { summary, excerpt: letter ? findExcerpt(letterSearchParts(letter), query) : null };
      }),
    );
    return { hits, total: found.length };
  }
}
