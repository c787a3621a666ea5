/**
 * The library of letters. Each letter is its own file (`letters/<id>.json`),
 * written atomically, so one autosave costs the size of one letter whatever
 * the library holds. Trashed letters move to `trash/<id>.json`.
 *
 * An in-memory index of summaries answers the sidebar without reading files.
 * At start-up it comes from the summary index on disk (letterIndexFile.ts) for
 * the files that have not changed since, and from the files themselves for the
 * rest, when damaged files are also moved aside. Full-text search has its own
 * index (core/search), built in the background after start-up.
 */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  newBlankLetter,
  newestFirst,
  summarise,
  type Letter,
  type LetterFields,
  type LetterSummary,
  type LibraryCursor,
} from '../../core/letter';
import { parseLetter } from '../../core/schemas/letter';
import { findExcerpt } from '../../core/search/excerpt';
import { letterSearchParts, letterSearchText } from '../../core/search/letterSearchText';
import { SearchIndex } from '../../core/search/SearchIndex';
import { parseSearchQuery } from '../../core/search/searchQuery';
import type { LetterSearchResults } from '../../core/contract';
import { createLetterFromTemplate } from '../../core/template';
import type { Signatory } from '../../core/signatory';
import { writeFileAtomic } from '../storage/atomicWrite';
import { timestampForFileName } from '../storage/timestamp';
import { describeFsError, notFound, UserFacingError } from './errors';
import {
  indexKey,
  readLetterIndex,
  writeLetterIndex,
  type FileStamp,
  type IndexedLetter,
  type Place,
} from './letterIndexFile';
import type { TemplateService } from './templateService';

/** Saves come in bursts while typing; the summary index is rewritten once things are quiet. */
const INDEX_WRITE_DELAY_MS = 2000;
/** Start-up reads the window's first letter and lists; the search index can wait that long. */
const SEARCH_BUILD_DELAY_MS = 2000;
/** Letters read at once while building the search index: enough to keep the disk busy, few enough to stay responsive. */
const SEARCH_BUILD_BATCH = 16;

export interface LetterServiceOptions {
  dataDir: string;
  templates: TemplateService;
  defaultSignatory: () => Signatory | null;
  notices: string[];
  now?: () => Date;
  /** Reads only (a command-line `list` or `export` beside a running app): no folder, index or damaged file is touched. */
  readOnly?: boolean;
}

const newId = () => randomUUID().replace(/-/g, '');

export class LetterService {
  private readonly index = new Map<string, IndexedLetter>();
  private readonly now: () => Date;
  private indexDirty = false;
  private indexTimer: ReturnType<typeof setTimeout> | null = null;
  private indexWriting: Promise<void> = Promise.resolve();
  private searchIndex: SearchIndex | null = null;
  private searchBuild: Promise<SearchIndex> | null = null;

  private constructor(private readonly options: LetterServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  static async open(options: LetterServiceOptions): Promise<LetterService> {
    const service = new LetterService(options);
    await service.loadIndex();
    return service;
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
    for (const place of ['letters', 'trash'] as const) {
      if (!readOnly) await mkdir(this.dir(place), { recursive: true });
      for (const name of await readdir(this.dir(place)).catch((error: NodeJS.ErrnoException) => {
        if (readOnly && error.code === 'ENOENT') return [];
        throw error;
      })) {
        if (!name.endsWith('.json')) continue;
        const path = join(this.dir(place), name);
        const stamp = stampOf(path);
        const known = cached.get(indexKey(place, name.slice(0, -'.json'.length)));
        if (stamp && known && known.size === stamp.size && known.mtimeMs === stamp.mtimeMs) {
          this.index.set(known.summary.id, known);
          continue;
        }
        this.indexDirty = true;
        try {
          const letter = parseLetter(JSON.parse(await readFile(path, 'utf8')));
          if (`${letter.id}.json` !== name)
            throw new Error(`its id "${letter.id}" does not match its file name`);
          this.index.set(letter.id, { summary: summarise(letter), place, ...(stamp ?? NO_STAMP) });
        } catch (error) {
          if (readOnly) {
            this.options.notices.push(`The letter file ${name} is damaged (${(error as Error).message}).`);
            continue;
          }
          const backup = `${path}.corrupt-${timestampForFileName(this.now())}`;
          await rename(path, backup);
          this.options.notices.push(
            `The letter file ${name} was damaged (${(error as Error).message}) and could not be opened. ` +
              `LetterDesk kept it as ${backup}; the rest of the library is unaffected.`,
          );
        }
      }
    }
    if (!readOnly && (this.indexDirty || cached.size !== this.index.size)) this.scheduleIndexWrite();
  }

  private scheduleIndexWrite(): void {
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

  /** One page of `list`: the sidebar asks for the newest first and the rest as the user scrolls. */
  page(trash: boolean, limit: number, after?: LibraryCursor): { letters: LetterSummary[]; total: number } {
    const all = this.list(trash);
    const start = after ? all.findIndex((summary) => newestFirst(summary, after) > 0) : 0;
    return { letters: start < 0 ? [] : all.slice(start, start + limit), total: all.length };
  }

  private entry(id: string) {
    const entry = this.index.get(id);
    if (!entry) throw notFound('The letter');
    return entry;
  }

  async get(id: string): Promise<Letter> {
    const { place } = this.entry(id);
    return parseLetter(JSON.parse(await readFile(this.file(place, id), 'utf8')));
  }

  async create(templateId: string | null, fields: Partial<LetterFields> = {}): Promise<Letter> {
    const base = { id: newId(), now: this.now(), signatory: this.options.defaultSignatory() };
    const letter = templateId
      ? createLetterFromTemplate(await this.options.templates.get(templateId), { ...base, fields })
      : newBlankLetter({ ...base, fields });
    return this.write('letters', letter);
  }

  /** Autosave: the renderer sends the whole letter; we stamp and store it. */
  async save(letter: Letter): Promise<Letter> {
    const { place } = this.entry(letter.id);
    if (place === 'trash') {
      throw new UserFacingError('not-found', 'This letter is in the trash. Restore it to go on editing.');
    }
    return this.write('letters', { ...letter, updatedAt: this.now().toISOString() });
  }

  async rename(id: string, title: string): Promise<Letter> {
    const letter = await this.get(id);
    return this.write(this.entry(id).place, {
      ...letter,
      title: title.trim(),
      updatedAt: this.now().toISOString(),
    });
  }

  async duplicate(id: string): Promise<Letter> {
    const original = await this.get(id);
    const stamp = this.now().toISOString();
    const title = `${summarise(original).title} (copy)`;
    const { deletedAt: _deleted, ...rest } = original;
    return this.write('letters', {
      ...rest,
      id: newId(),
      title,
      status: 'draft',
      createdAt: stamp,
      updatedAt: stamp,
    });
  }

  async trash(id: string): Promise<LetterSummary> {
    return this.move(id, 'letters', 'trash');
  }

  async restore(id: string): Promise<LetterSummary> {
    return this.move(id, 'trash', 'letters');
  }

  async emptyTrash(): Promise<{ removed: number }> {
    const doomed = [...this.index].filter(([, entry]) => entry.place === 'trash').map(([id]) => id);
    for (const id of doomed) {
      await rm(this.file('trash', id), { force: true });
      this.index.delete(id);
      this.searchIndex?.remove(id);
    }
    if (doomed.length) this.scheduleIndexWrite();
    return { removed: doomed.length };
  }

  private async move(id: string, from: Place, to: Place): Promise<LetterSummary> {
    const entry = this.entry(id);
    if (entry.place !== from) throw notFound(from === 'trash' ? 'The letter in the trash' : 'The letter');
    const letter = await this.get(id);
    const { deletedAt: _deleted, ...rest } = letter;
    const moved = to === 'trash' ? { ...rest, deletedAt: this.now().toISOString() } : rest;
    // Write the new copy first, then remove the old: a crash in between leaves
    // the letter in both places (recoverable), never in neither.
    const stored = await this.write(to, moved);
    await rm(this.file(from, id), { force: true });
    return summarise(stored);
  }

  private async write(place: Place, letter: Letter): Promise<Letter> {
    try {
      await writeFileAtomic(this.file(place, letter.id), JSON.stringify(letter));
    } catch (error) {
      throw describeFsError(
        error,
        `save the letter “${summarise(letter).title}”`,
        `the data folder ${this.options.dataDir}`,
      );
    }
    const stamp = stampOf(this.file(place, letter.id)) ?? NO_STAMP;
    this.index.set(letter.id, { summary: summarise(letter), place, ...stamp });
    this.searchIndex?.set(letter.id, letterSearchText(letter));
    this.scheduleIndexWrite();
    return letter;
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

const NO_STAMP: FileStamp = { size: -1, mtimeMs: -1 };

/** Size and modification time, read synchronously: at start-up, 10,000 of these take ~30 ms this way, ~200 ms through the thread pool. */
function stampOf(path: string): FileStamp | null {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats ? { size: stats.size, mtimeMs: stats.mtimeMs } : null;
  } catch {
    return null; // unreadable: treated as changed, so it is read (or reported) the usual way
  }
}
