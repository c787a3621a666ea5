/**
 * The letter log's store: `log/<sendingId>.json`, one file per sending,
 * kept by ../itemFolder.ts with `log/list-cache.json` (./logCache.ts).
 *
 * One file each, rather than one list, because sendings are edited one at a
 * time (an outcome weeks later, a corrected address), and a later team
 * library can replicate them one by one, as it will the versions they point at.
 */
import { randomBytes } from 'node:crypto';
import { versionId as makeId } from '../../../core/history/versionId';
import type { VersionSummary } from '../../../core/history/version';
import type { UiLanguage } from '../../../core/i18n/languages';
import { defineMessages, inEnglish, wording } from '../../../core/i18n/wording';
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
import { parseSendingFile, sendingFile, SENDING_ID } from '../../../core/schemas/sending';
import type { ExportFile } from '../docxExportFile';
import { UserFacingError } from '../errors';
import type { HistoryService } from '../history/historyService';
import { ItemFolder } from '../itemFolder';
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

export class LogService {
  private readonly folder: ItemFolder<Sending, CachedSending>;

  constructor(private readonly options: LogServiceOptions) {
    this.folder = new ItemFolder({
      dataDir: options.dataDir,
      folder: 'log',
      idPattern: SENDING_ID,
      parse: parseSendingFile,
      serialise: sendingFile,
      noun: 'sending',
      messages,
      cache: {
        read: readLogCache,
        write: writeLogCache,
        wrap: (sending, mtimeMs) => ({ sending, mtimeMs }),
        unwrap: (cached) => cached.sending,
      },
      // Sendings change one at a time, seldom: the cache follows every change.
      cacheStale: 1,
      cacheEachChange: true,
      now: () => this.now(),
      readOnly: options.readOnly,
    });
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
    this.folder.refuseWrites();
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
    return this.folder.add(sending);
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
    return this.folder.remove(id, revision);
  }

  /** `limit` rows from just after `after` (a page further on); `total` and the summary count every match. */
  async list(filter: SendingFilter, limit: number, after?: LogCursor): Promise<LogList> {
    const all = await this.all();
    const today = dayOf(this.now());
    const found = filterSendings(all, filter, today);
    const start = after ? found.findIndex((sending) => newestFirst(sending, after) > 0) : 0;
    const rows = start < 0 ? [] : found.slice(start, start + limit);
    const notices = this.folder.takeNotices();
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
    return this.folder.addIfAbsent(sending);
  }

  /** Takes back what `adopt` stored (an archive import rolled back). */
  async unadopt(id: string): Promise<void> {
    await this.folder.discard(id);
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
  private change(
    id: string,
    revision: number,
    build: (stored: Sending) => Sending | Promise<Sending>,
  ): Promise<Sending> {
    return this.folder.change(id, revision, async (stored) => ({
      ...(await build(stored)),
      letterId: stored.letterId,
    }));
  }

  private all(): Promise<Sending[]> {
    return this.folder.all();
  }

  /** Waits for the pending cache write (tests, the bench, shutting down). */
  async flush(): Promise<void> {
    await this.folder.flush();
  }
}
