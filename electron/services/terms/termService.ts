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
 * The files are kept by ../itemFolder.ts (atomic, revision-checked writes, a
 * damaged file set aside).
 *
 * The starter set (templates/seed/terms.json) is written on first use, when
 * there is no `terms` folder yet: after that the folder exists, so an entry
 * the user removed does not come back.
 */
import { randomBytes } from 'node:crypto';
import { nextVersionTime, versionId as makeId, VERSION_ID } from '../../../core/history/versionId';
import { defineMessages, wording } from '../../../core/i18n/wording';
import { parseTermFile, termFieldsSchema, termFile } from '../../../core/schemas/term';
import type { TermDomain, TermEntry, TermFields, TermPage } from '../../../core/terms/termEntry';
import { TERM_LIMITS } from '../../../core/terms/termEntry';
import { searchTerms } from '../../../core/terms/termSearch';
import { UserFacingError } from '../errors';
import { ItemFolder } from '../itemFolder';
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

/**
 * How far the cache may fall behind before it is rewritten (at start, or after
 * an import). A save writes only its entry's file, never the 2 MB cache of a
 * 10,000-entry termbase: the next start reads that one file instead.
 */
const CACHE_STALE = 50;

export class TermService {
  private readonly folder: ItemFolder<TermEntry, CachedTerm>;
  /** The last id made here: the next one sorts after it (see nextVersionTime). */
  private lastId: string | null = null;

  constructor(private readonly options: TermServiceOptions) {
    this.folder = new ItemFolder({
      dataDir: options.dataDir,
      folder: 'terms',
      idPattern: VERSION_ID,
      parse: parseTermFile,
      serialise: termFile,
      noun: 'entry',
      messages,
      cache: {
        read: readTermCache,
        write: writeTermCache,
        wrap: (entry, mtimeMs) => ({ entry, mtimeMs }),
        unwrap: (cached) => cached.entry,
      },
      cacheStale: CACHE_STALE,
      cacheEachChange: false,
      seed: options.seed,
      now: () => this.now(),
      readOnly: options.readOnly,
    });
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  // ---- The contract's calls. ----

  /** Settings' page: the entries matching `query` and `domain`, newest change first, `limit` from `offset`. */
  async list(query: string, domain: TermDomain | null, offset: number, limit: number): Promise<TermPage> {
    const found = searchTerms(await this.all(), query, domain);
    const notices = this.folder.takeNotices();
    return { entries: found.slice(offset, offset + limit), total: found.length, notices };
  }

  /** Every entry, in no order: the page's matcher, the preflight, an export. */
  async all(): Promise<TermEntry[]> {
    return this.folder.all();
  }

  /** Adds (`id` null) or replaces an entry, if `revision` is the stored one's; the entry as stored. */
  async save(id: string | null, revision: number, input: TermFields): Promise<TermEntry> {
    this.folder.refuseWrites();
    const fields = this.checked(input);
    const changed = {
      changedBy: this.options.author().trim().slice(0, TERM_LIMITS.changedBy),
      changedAt: this.now().toISOString(),
    };
    if (id === null) {
      if ((await this.folder.count()) >= TERM_LIMITS.entries)
        throw new UserFacingError('invalid-input', wording(messages.full, { max: TERM_LIMITS.entries }));
      return this.folder.add({ id: this.newId(), revision: 1, ...fields, ...changed });
    }
    return this.folder.change(id, revision, (stored) => ({ ...stored, ...fields, ...changed }));
  }

  /** Removes an entry if `revision` is the stored one's: a changed entry is not removed unseen. */
  async remove(id: string, revision: number): Promise<{ id: string }> {
    return this.folder.remove(id, revision);
  }

  /**
   * Adds or replaces many entries at once (an import, after the user chose
   * what to do with clashes): each stored as given, with the stored revision
   * + 1 (or 1), all or nothing (see ItemFolder.putMany).
   */
  async putMany(entries: readonly TermEntry[]): Promise<TermEntry[]> {
    this.folder.refuseWrites();
    let added = 0;
    for (const entry of entries) if (!(await this.folder.has(entry.id))) added++;
    if ((await this.folder.count()) + added > TERM_LIMITS.entries)
      throw new UserFacingError('invalid-input', wording(messages.full, { max: TERM_LIMITS.entries }));
    return this.folder.putMany(entries);
  }

  /** Waits for the pending cache write (tests, the bench, shutting down). */
  async flush(): Promise<void> {
    await this.folder.flush();
  }

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
}
