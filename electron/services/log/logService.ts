/**
 * The letter log's store: `log/<sendingId>.json`, one file per sending.
 *
 * One file each, rather than one list, because sendings are edited one at a
 * time (an outcome weeks later, a corrected address): each write is small and
 * atomic, each sending carries its own revision, a damaged file costs one
 * sending (set aside, the rest listed), and a later team library can
 * replicate them one by one, as it will the versions they point at.
 *
 * Listing reads `log/list-cache.json` (./logCache.ts) rather than ten thousand
 * files, then keeps what it knows in memory; every write reads the stored file
 * first and refuses a stale revision, so a cache behind the disk can never
 * cause a lost write.
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { versionId as makeId } from '../../../core/history/versionId';
import type { VersionSummary } from '../../../core/history/version';
import type { UiLanguage } from '../../../core/i18n/languages';
import { defineMessages, inEnglish, wording, type Wording } from '../../../core/i18n/wording';
import { logCsvRows, summaryCsvRows } from '../../../core/log/csv';
import { sayIn } from '../sayIn';
import { csvMessages } from '../../../core/log/csvMessages';
import { candidatesForNearCopy, exclusiveConflicts } from '../../../core/log/exclusive';
import { filterSendings, newestFirst, type LogCursor } from '../../../core/log/filter';
import type {
  ExclusiveConflict,
  LetterWhereabouts,
  LogCsvKind,
  LogList,
  RecordSending,
  SendingFilter,
  SendingUpdate,
} from '../../../core/log/logList';
import { englishSimilarity } from '../../../core/log/nearCopy';
import { draftNoteZh } from '../../../core/log/noteDraft';
import { answerBy, dayOf } from '../../../core/log/replyWindow';
import type { Outcome, Sending } from '../../../core/log/sending';
import { summarise } from '../../../core/log/summary';
import { letterContent } from '../../../core/history/version';
import type { Publication } from '../../../core/publication';
import type { AppSettings } from '../../../core/settings';
import { NewerSchemaError } from '../../../core/schemas/newerSchemaError';
import { parseSendingFile, sendingFile, SENDING_ID } from '../../../core/schemas/sending';
import { writeFileAtomic } from '../../storage/atomicWrite';
import { timestampForFileName } from '../../storage/timestamp';
import type { ExportFile } from '../docxExportFile';
import { describeFsError, UserFacingError } from '../errors';
import type { HistoryService } from '../history/historyService';
import { KeyedQueue } from '../keyedQueue';
import { yieldToEventLoop } from '../yieldToEventLoop';
import type { LetterService } from '../letterService';
import { contentDigest } from '../history/versionDigest';
import { csvText } from './csvText';
import { readLogCache, writeLogCache, type CachedSending } from './logCache';

const messages = defineMessages({
  notFound: {
    id: 'log.error.notFound',
    defaultMessage: 'This sending is no longer in the log. It may have been removed in another window.',
  },
  conflict: {
    id: 'log.error.conflict',
    defaultMessage:
      'This sending was changed in another window since you opened it. Nothing was overwritten: look at it again and repeat your change.',
  },
  readOnly: {
    id: 'log.error.readOnly',
    defaultMessage: 'The letter log cannot be changed here: the library is open read-only.',
  },
  damagedSetAside: {
    id: 'log.notice.damagedSetAside',
    defaultMessage:
      'A sending in the letter log could not be read ({detail}). The file was set aside as {backup}; the rest of the log is listed.',
  },
  damagedLeft: {
    id: 'log.notice.damagedLeft',
    defaultMessage: 'A sending in the letter log could not be read ({detail}): {file}. It was left as it is.',
  },
  newer: {
    id: 'log.notice.newer',
    defaultMessage:
      'A sending in the letter log was made by a newer version of LetterDesk and is not listed: {file}. Update LetterDesk to see it.',
  },
  noPublication: {
    id: 'log.error.noPublication',
    defaultMessage:
      'The publication’s profile is no longer in Settings. Enter the publication’s name and try again.',
  },
  markedSent: {
    id: 'log.version.markedSent',
    defaultMessage: 'Sent to {publication}',
  },
});

export interface LogServiceOptions {
  dataDir: string;
  letters: Pick<LetterService, 'get' | 'indexedPlace'>;
  history: Pick<HistoryService, 'get' | 'list' | 'recordHandout' | 'saveVersion'>;
  publication: (id: string) => Publication | null;
  settings: () => AppSettings;
  now?: () => Date;
  readOnly?: boolean;
}

const FILE_SUFFIX = '.json';
const READ_BATCH = 64;
const STAT_SLICE = 500;

export class LogService {
  /** What this process knows: every listed sending, with its file's modification time. */
  private known: Map<string, CachedSending> | null = null;
  private loading: Promise<Map<string, CachedSending>> | null = null;
  /** Damaged files found since the log was last listed: the next list tells the user. */
  private notices: Wording[] = [];
  private readonly queue = new KeyedQueue();
  /** The log folder's modification time when its names were last read. */
  private listedAt: number | null = null;
  private cacheDirty = false;
  private cacheWriting: Promise<void> | null = null;

  constructor(private readonly options: LogServiceOptions) {}

  private get dir(): string {
    return join(this.options.dataDir, 'log');
  }

  private file(id: string): string {
    return join(this.dir, `${id}${FILE_SUFFIX}`);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  // ---- The contract's calls. ----

  /**
   * Records a sending of the letter at `versionId` (a handout version), or,
   * without one, at a frozen version kept now of the stored letter ("Mark as
   * sent…"), kept as a handout is so the history holds exactly what left.
   *
   * The stored profile decides, not the page: its names, and its exclusivity
   * and reply window unless the input gives them (the officer changed them in
   * the dialog for this sending). An id with no stored profile is a paper
   * without one, known by the name given.
   */
  async record(input: RecordSending): Promise<Sending> {
    this.refuseWrites();
    const profile = this.profileOf(input.publicationId);
    // A profile no longer in Settings (removed since the dialog opened) leaves a paper known by its name.
    if (!profile && !input.publication.trim())
      throw new UserFacingError('invalid-input', wording(messages.noPublication));
    const version = input.versionId
      ? (await this.options.history.get(input.letterId, input.versionId)).version
      : await this.keepSentVersion(input);
    const now = this.now();
    const sending: Sending = {
      id: makeId(now, randomBytes(4).toString('hex')),
      revision: 1,
      letterId: input.letterId,
      versionId: version.id,
      title: version.title,
      publicationId: profile?.id ?? null,
      publication: profile?.nameEn ?? input.publication.trim(),
      publicationZh: profile?.nameZh ?? input.publicationZh.trim(),
      to: input.to,
      sentAt: input.sentAt,
      channel: input.channel,
      // The stored profile's terms unless the officer chose otherwise for this sending.
      exclusive: input.exclusive ?? profile?.exclusive ?? false,
      answerBy: answerBy(
        input.sentAt,
        input.replyWindowDays !== undefined ? input.replyWindowDays : (profile?.replyWindowDays ?? null),
      ),
      outcome: { kind: 'awaiting' },
      outcomeAt: null,
      noteZh: '',
    };
    return this.queue.run(sending.id, () => this.write(sending));
  }

  /**
   * What came of a sending. A published one gets its Chinese note drafted
   * unless `noteZh` is given or the officer has edited the note (it is no
   * longer the draft of the outcome before).
   */
  async setOutcome(id: string, revision: number, outcome: Outcome, noteZh?: string): Promise<Sending> {
    return this.change(id, revision, async (stored) => {
      const next: Sending = { ...stored, outcome, outcomeAt: this.now().toISOString() };
      if (noteZh !== undefined) return { ...next, noteZh };
      const template = this.options.settings().log.noteTemplateZh;
      const signatory = await this.signatoryOf(stored);
      const untouched = stored.noteZh === '' || stored.noteZh === draftNoteZh(template, stored, signatory);
      return untouched ? { ...next, noteZh: draftNoteZh(template, next, signatory) } : next;
    });
  }

  /** Corrections: where and when it went, the names, the note; a new date moves the reply window with it. */
  async update(id: string, revision: number, update: SendingUpdate): Promise<Sending> {
    return this.change(id, revision, (stored) => {
      const next = { ...stored, ...update };
      if (update.sentAt && update.answerBy === undefined && stored.answerBy !== null) {
        // Keep the same window from the corrected day.
        const days = Math.round(
          (Date.parse(`${stored.answerBy}T00:00:00Z`) - Date.parse(`${dayOf(stored.sentAt)}T00:00:00Z`)) /
            86_400_000,
        );
        next.answerBy = answerBy(update.sentAt, days);
      }
      return next;
    });
  }

  /** Removes a sending recorded by mistake (revision-checked); the version it pointed at stays. */
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
      this.scheduleCacheWrite();
      return { id };
    });
  }

  /** `limit` rows from just after `after` (a page further on); `total` and the summary count every match. */
  async list(filter: SendingFilter, limit: number, after?: LogCursor): Promise<LogList> {
    const all = await this.all();
    const today = dayOf(this.now());
    const found = filterSendings(all, filter, today);
    const start = after ? found.findIndex((sending) => newestFirst(sending, after) > 0) : 0;
    const rows = start < 0 ? [] : found.slice(start, start + limit);
    const notices = this.notices;
    this.notices = [];
    return {
      rows,
      total: found.length,
      summary: summarise(found, today),
      notices,
      letters: this.whereabouts(rows),
    };
  }

  async forLetter(letterId: string): Promise<Sending[]> {
    return filterSendings(await this.all(), { letterId }, dayOf(this.now()));
  }

  /** The log (as filtered) or its summary as a CSV file, worded in `language`. */
  async csv(kind: LogCsvKind, filter: SendingFilter, language: UiLanguage): Promise<ExportFile> {
    const say = await sayIn(language);
    const today = dayOf(this.now());
    const rows = filterSendings(await this.all(), filter, today);
    const text = csvText(
      kind === 'log'
        ? logCsvRows(rows, today, say)
        : summaryCsvRows(summarise(rows, today), say, language === 'zh-CN'),
    );
    const fileName = say(kind === 'log' ? csvMessages.logFileName : csvMessages.summaryFileName, {
      day: today,
    });
    return {
      fileName,
      title: fileName,
      bytes: new TextEncoder().encode(text),
      mimeType: 'text/csv;charset=utf-8',
    };
  }

  /** Every sending in the log, in no order (the archive chooses among them). */
  async sendings(): Promise<Sending[]> {
    return this.all();
  }

  /**
   * A sending brought in from an archive, stored as it is unless the log
   * holds its id already (false): a sending in the log is never overwritten.
   */
  async adopt(sending: Sending): Promise<boolean> {
    this.refuseWrites();
    return this.queue.run(sending.id, async () => {
      if ((await this.load()).has(sending.id) || (await exists(this.file(sending.id)))) return false;
      await this.write(sending);
      return true;
    });
  }

  /** Takes back what `adopt` stored (an archive import rolled back). */
  async unadopt(id: string): Promise<void> {
    await this.queue.run(id, async () => {
      await unlink(this.file(id)).catch(() => undefined);
      this.known?.delete(id);
      this.scheduleCacheWrite();
    });
  }

  /**
   * The open exclusive submissions that sending `letterId` to this paper on
   * `sentAt` would break: of this letter, or of another whose English text (as
   * sent) shares most of its words with this letter's as stored now.
   */
  async checkExclusive(
    letterId: string,
    publicationId: string | null,
    publication: string,
    sentAt?: string,
  ): Promise<ExclusiveConflict[]> {
    const profile = this.profileOf(publicationId);
    const planned = {
      letterId,
      publicationId: profile?.id ?? null,
      publication: profile?.nameEn ?? publication,
      day: dayOf(sentAt ?? this.now()),
    };
    const all = await this.all();
    const candidates = candidatesForNearCopy(planned, all);
    const shares = new Map<string, number>();
    if (candidates.length) {
      const mine = letterContent(await this.options.letters.get(letterId));
      for (const sending of candidates) {
        if (shares.has(sending.versionId)) continue;
        // A version that cannot be read (damaged) cannot be compared: no warning rather than no sending.
        const share = await this.options.history.get(sending.letterId, sending.versionId).then(
          (sent) => englishSimilarity(letterContent(sent.letter), mine),
          () => 0,
        );
        shares.set(sending.versionId, share);
      }
    }
    return exclusiveConflicts(planned, all, (sending) => shares.get(sending.versionId) ?? 0);
  }

  /** The rows' letters not in the library: in the trash, or deleted for good (their history with them). */
  private whereabouts(rows: readonly Sending[]): Record<string, LetterWhereabouts> {
    const found: Record<string, LetterWhereabouts> = {};
    for (const { letterId } of rows) {
      if (letterId in found) continue;
      const place = this.options.letters.indexedPlace(letterId);
      if (place !== 'letters') found[letterId] = place === 'trash' ? 'trash' : 'deleted';
    }
    return found;
  }

  /** The stored profile of `id`; null without an id or when Settings no longer has it. */
  private profileOf(id: string | null): Publication | null {
    return id ? this.options.publication(id) : null;
  }

  // ---- Storage. ----

  private async keepSentVersion(input: RecordSending): Promise<VersionSummary> {
    const { history } = this.options;
    if (input.channel !== 'other') {
      // Right after a hand-off (the prompt that follows an export or email) its version is the
      // latest and holds the stored text: that is what left, so it is the one pointed at, not a twin.
      const [latest] = (await history.list(input.letterId)).versions;
      const stored = contentDigest(letterContent(await this.options.letters.get(input.letterId)));
      if (
        latest?.kind === 'handout' &&
        latest.handout?.action === input.channel &&
        latest.digest === stored
      ) {
        return latest;
      }
      return history.recordHandout(input.letterId, { action: input.channel, variant: 'editor' });
    }
    // Sent some other way (by post, pasted into a web form): a version named for it.
    const profile = this.profileOf(input.publicationId);
    // A version's name is stored text, shown as is in every language: written in English, like the papers' names.
    const name = inEnglish(messages.markedSent, { publication: profile?.nameEn || input.publication || '?' });
    return history.saveVersion(input.letterId, name.slice(0, 200));
  }

  private async signatoryOf(sending: Sending): Promise<string> {
    try {
      const { letter } = await this.options.history.get(sending.letterId, sending.versionId);
      return letter.signatory?.nameZh || letter.signatory?.nameEn || '';
    } catch {
      return ''; // the version cannot be read: the note leaves the name for the officer to fill in
    }
  }

  /** Read the stored sending, check `revision`, write what `build` makes of it: one at a time per sending. */
  private async change(
    id: string,
    revision: number,
    build: (stored: Sending) => Sending | Promise<Sending>,
  ): Promise<Sending> {
    this.refuseWrites();
    return this.queue.run(id, async () => {
      const stored = await this.readStored(id);
      if (stored.revision !== revision) throw new UserFacingError('conflict', wording(messages.conflict));
      const next = await build(stored);
      return this.write({ ...next, id: stored.id, letterId: stored.letterId, revision: stored.revision + 1 });
    });
  }

  private async readStored(id: string): Promise<Sending> {
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
      return parseSendingFile(JSON.parse(text));
    } catch (error) {
      const file = `log/${id}${FILE_SUFFIX}`;
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

  private async write(sending: Sending): Promise<Sending> {
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(this.file(sending.id), JSON.stringify(sendingFile(sending), null, 2));
      const { mtimeMs } = await stat(this.file(sending.id));
      (await this.load()).set(sending.id, { sending, mtimeMs });
    } catch (error) {
      throw this.fsError(error, sending.id);
    }
    this.scheduleCacheWrite();
    return sending;
  }

  private fsError(error: unknown, id: string): UserFacingError {
    if (error instanceof UserFacingError) return error;
    return describeFsError(
      error,
      { action: 'saveFile', file: `log/${id}${FILE_SUFFIX}` },
      { where: 'dataFolder', folder: this.options.dataDir },
    );
  }

  private refuseWrites(): void {
    if (this.options.readOnly) throw new UserFacingError('storage', wording(messages.readOnly));
  }

  /** Every sending, brought in line with the folder: files added by another process read, removed ones dropped. */
  private async all(): Promise<Sending[]> {
    const known = await this.load();
    // The folder's time moves whenever a file is added, removed or replaced (every write is a rename
    // into it): unchanged, its ten thousand names need not be read again.
    const folderTime = await this.folderTime();
    if (folderTime !== null && folderTime === this.listedAt)
      return [...known.values()].map((entry) => entry.sending);
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
    if (changed) this.scheduleCacheWrite();
    return [...known.values()].map((entry) => entry.sending);
  }

  private load(): Promise<Map<string, CachedSending>> {
    if (this.known) return Promise.resolve(this.known);
    this.loading ??= (async () => {
      const cached = await readLogCache(this.dir);
      const known = new Map<string, CachedSending>();
      this.listedAt = await this.folderTime();
      const ids = await this.listedIds();
      await this.readFiles(ids, known, cached);
      this.known = known;
      if (cached.size !== known.size || [...known.keys()].some((id) => known.get(id) !== cached.get(id))) {
        this.scheduleCacheWrite();
      }
      return known;
    })().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** The folder's modification time, null when there is no log folder yet. */
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
        .filter((id) => SENDING_ID.test(id));
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
    known: Map<string, CachedSending>,
    cached: Map<string, CachedSending>,
  ): Promise<void> {
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
        if (hit && hit.mtimeMs === mtimeMs && hit.sending.id === id) known.set(id, hit);
        else toRead.push(id);
      }
      for (let batch = 0; batch < toRead.length; batch += READ_BATCH) {
        await Promise.all(
          toRead.slice(batch, batch + READ_BATCH).map((id) => this.readSendingFile(id, known)),
        );
      }
      await yieldToEventLoop();
    }
  }

  private async readSendingFile(id: string, known: Map<string, CachedSending>): Promise<void> {
    const path = this.file(id);
    try {
      const { mtimeMs } = await stat(path);
      const sending = parseSendingFile(JSON.parse(await readFile(path, 'utf8')));
      if (sending.id !== id) throw new Error(`the file holds sending ${sending.id}`);
      known.set(id, { sending, mtimeMs });
    } catch (error) {
      await this.damaged(id, error);
    }
  }

  private async damaged(id: string, error: unknown): Promise<void> {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // removed since the folder was listed
    const file = `log/${id}${FILE_SUFFIX}`;
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

  /**
   * Only a cache: rewritten after changes, one write at a time, a burst of changes coalesced into the
   * next write; a failure costs only the next start some time.
   */
  private scheduleCacheWrite(): void {
    if (this.options.readOnly || !this.known) return;
    this.cacheDirty = true;
    this.cacheWriting ??= (async () => {
      while (this.cacheDirty && this.known) {
        this.cacheDirty = false;
        await writeLogCache(this.dir, [...this.known.values()]).catch(() => undefined);
      }
    })().finally(() => {
      this.cacheWriting = null;
    });
  }

  /** Waits for the pending cache write (tests, the bench, shutting down). */
  async flush(): Promise<void> {
    while (this.cacheWriting) await this.cacheWriting;
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
