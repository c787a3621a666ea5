/**
 * The history of each letter (docs/technical/history.md): versions kept as
 * the version policy (core/history/versionPolicy.ts) says, listed, opened,
 * compared and restored.
 *
 * Every file is written once (atomically) and never rewritten: a record per
 * version, and a text file per distinct content, named by its digest. So the
 * in-memory knowledge of a letter's history can be trusted without looking
 * again: a record read once is that record for ever, and the latest version
 * is the greatest id. An autosave therefore costs the same with 1,000
 * versions as with none: it looks at the remembered latest version only.
 *
 * Keeping a version never makes the write it follows fail: the letter is
 * saved; a failure is remembered and worded in the next `list` of that letter.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { compareLetters } from '../../../core/compare/compareLetters';
import type { EnglishDateStyle } from '../../../core/dates';
import type { LetterComparison } from '../../../core/compare/comparison';
import { defineMessages, wording, type Wording } from '../../../core/i18n/wording';
import {
  letterContent,
  type Handout,
  type VersionedLetter,
  type VersionList,
  type VersionSummary,
} from '../../../core/history/version';
import { isVersionId, nextVersionTime, versionId } from '../../../core/history/versionId';
import { editDue, eventsOfSave, keepsVersion } from '../../../core/history/versionPolicy';
import { describeVersion, type VersionDetails } from '../../../core/history/versionSummary';
import type { Letter } from '../../../core/letter';
import { NewerSchemaError } from '../../../core/schemas/newerSchemaError';
import {
  parseVersionRecord,
  parseVersionText,
  VERSION_SCHEMA_VERSION,
  versionRecordFile,
  versionTextFile,
} from '../../../core/schemas/version';
import { writeFileAtomic } from '../../storage/atomicWrite';
import { timestampForFileName } from '../../storage/timestamp';
import { describeFsError, UserFacingError } from '../errors';
import { KeyedQueue } from '../keyedQueue';
import type { Place } from '../letterIndexFile';
import type { LetterService, VersionKeeper } from '../letterService';
import {
  HISTORY_PLACES,
  historyDir,
  historyFile,
  moveHistory,
  namesIn,
  removeHistory,
} from './historyFolders';
import { readListCache, writeListCache } from './listCache';
import { contentDigest } from './versionDigest';

/** Record files read at once when listing a history not yet known: keeps the disk busy without a flood of handles. */
const READ_BATCH = 64;

const messages = defineMessages({
  recordSetAside: {
    id: 'notice.history.recordSetAside',
    defaultMessage:
      'The version file {file} was damaged ({detail}). LetterDesk kept it as {backup}; the other versions and the letter are unaffected.',
  },
  recordDamagedLeft: {
    id: 'notice.history.recordDamagedLeft',
    defaultMessage: 'The version file {file} is damaged ({detail}); it is not listed.',
  },
  recordNewer: {
    id: 'notice.history.recordNewer',
    defaultMessage:
      'The version file {file} was made by a newer version of LetterDesk — update LetterDesk to see it. It was left as it is.',
  },
  notKept: {
    id: 'notice.history.notKept',
    defaultMessage:
      '{action, select, move {The history of this letter could not be moved with it to or from the trash ({detail}). LetterDesk still finds it where it is; nothing was lost.} remove {The history of an emptied letter could not be removed ({detail}). It is left in {folder}.} other {A version of this letter could not be kept ({detail}). The letter itself was saved. Check that the data folder {folder} is writable and has free space.}}',
  },
  textDamaged: {
    id: 'error.history.textDamaged',
    defaultMessage:
      'This version cannot be opened: its text file {file} is damaged or missing ({detail}). {backup, select, none {} other {LetterDesk set it aside as {backup}. }}The letter and its other versions are unaffected; choose another version.',
  },
  textNewer: {
    id: 'error.history.textNewer',
    defaultMessage:
      'This version was kept by a newer version of LetterDesk — update LetterDesk to open it. Its file was left as it is.',
  },
  versionNotFound: {
    id: 'error.history.versionNotFound',
    defaultMessage:
      'This version was not found. It may have been removed along with its letter; open the history again to see the versions there are.',
  },
});

export interface HistoryServiceOptions {
  dataDir: string;
  letters: LetterService;
  /** Who keeps a version: core/authorName.ts over the settings and the default signatory. */
  author: () => string;
  /** The house style's date format, for the letter dates a compare lists. */
  dateStyle?: () => EnglishDateStyle;
  now?: () => Date;
  /** The command line beside the app: nothing is written, moved or set aside. */
  readOnly?: boolean;
}

/** What this process knows of one letter's history; all of it stays true, as the files never change. */
interface KnownHistory {
  /** The latest version; undefined until first looked for. */
  latest: VersionSummary | null | undefined;
  /** Records read or written, by version id. */
  records: Map<string, VersionSummary>;
  /** Digests whose text file this process wrote or read, by place. */
  texts: Set<string>;
  /** The ids each place's list cache holds, once read or written (list-cache.json). */
  cachedIds: Map<Place, Set<string>>;
}

const recordName = (id: string) => `${id}.json`;
const recordId = (name: string) => (name.endsWith('.json') ? name.slice(0, -'.json'.length) : '');

export class HistoryService implements VersionKeeper {
  private readonly known = new Map<string, KnownHistory>();
  /** Keeping versions of one letter runs one at a time, so "the latest" stays true. */
  private readonly queue = new KeyedQueue();
  /** What went wrong keeping versions, per letter, until the next `list` says it. */
  private readonly failures = new Map<string, Wording[]>();
  /** Newer-schema records already reported, so each is said once. */
  private readonly reportedNewer = new Set<string>();
  private readonly now: () => Date;

  constructor(private readonly options: HistoryServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  // ---- Hooks: LetterService tells of every write (inside the letter's queue). ----

  async written(before: Letter | null, after: Letter, place: Place): Promise<void> {
    if (this.options.readOnly) return;
    await this.quietly(after.id, 'keep', async () => {
      if (!before) {
        await this.keep(after, { kind: 'created' }, place);
        return;
      }
      const events = eventsOfSave(before, after);
      for (const event of events) await this.keep(after, event, place);
      if (events.length) return;
      // The common autosave: a look at the remembered latest version, no digest, no disk.
      const latest = await this.latest(after.id);
      if (editDue(latest, () => contentDigest(letterContent(after)), this.now()))
        await this.keep(after, { kind: 'edited' }, place);
    });
  }

  async moved(letterId: string, to: Place): Promise<void> {
    if (this.options.readOnly) return;
    await this.quietly(letterId, 'move', () => moveHistory(this.options.dataDir, letterId, to));
    // The list cache moved (or was merged away) with the folder: read it afresh where it is now.
    this.knownOf(letterId).cachedIds.clear();
  }

  async removed(letterId: string): Promise<void> {
    if (this.options.readOnly) return;
    await this.quietly(letterId, 'remove', () => removeHistory(this.options.dataDir, letterId));
    this.known.delete(letterId);
  }

  /**
   * A handout the transport delivered (export, email, PDF), of `letter` as it
   * was read for it: kept, a failure remembered, never thrown.
   */
  async handedOut(letter: Letter, handout: Handout): Promise<void> {
    if (this.options.readOnly) return;
    const place: Place = letter.deletedAt ? 'trash' : 'letters';
    await this.quietly(letter.id, 'keep', () =>
      this.keepOrThrow(letter, { kind: 'handout', handout }, place),
    );
  }

  // ---- The contract's calls. ----

  async list(letterId: string): Promise<VersionList> {
    const setAside = [...(this.failures.get(letterId) ?? [])];
    this.failures.delete(letterId);
    const known = this.knownOf(letterId);
    const listed = new Set<string>();
    for (const place of HISTORY_PLACES) {
      const ids = (await namesIn(this.options.dataDir, place, letterId, 'versions'))
        .map(recordId)
        .filter(isVersionId);
      if (!ids.length) continue;
      const dir = historyDir(this.options.dataDir, place, letterId);
      // What the folder's list cache holds: read once per app run, then known (this app writes it).
      let cachedIds = known.cachedIds.get(place);
      if (!cachedIds) {
        const cached = await readListCache(dir);
        for (const [id, record] of cached) {
          if (record.letterId === letterId && !known.records.has(id)) known.records.set(id, record);
        }
        known.cachedIds.set(place, (cachedIds = new Set(cached.keys())));
      }
      const unread = ids.filter((id) => !known.records.has(id));
      for (let start = 0; start < unread.length; start += READ_BATCH) {
        await Promise.all(
          unread.slice(start, start + READ_BATCH).map((id) => this.readRecord(letterId, id, place, setAside)),
        );
      }
      for (const id of ids) listed.add(id);
      const records = ids.map((id) => known.records.get(id)).filter((r): r is VersionSummary => !!r);
      const current =
        cachedIds.size === records.length && records.every((record) => cachedIds.has(record.id));
      if (!current && !this.options.readOnly) {
        // Only a cache: failing to write it costs the next app's first list some time, nothing more.
        await writeListCache(dir, records).then(
          () => known.cachedIds.set(place, new Set(records.map((record) => record.id))),
          () => undefined,
        );
      }
    }
    const versions = [...listed]
      .map((id) => known.records.get(id))
      .filter((version): version is VersionSummary => !!version)
      .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    if (versions.length && (!known.latest || known.latest.id < versions[0].id)) known.latest = versions[0];
    return { versions, setAside };
  }

  async get(letterId: string, versionId: string): Promise<VersionedLetter> {
    const version = await this.record(letterId, versionId);
    return { version, letter: await this.readText(version) };
  }

  async compare(letterId: string, from: string, to: string | null): Promise<LetterComparison> {
    const older = await this.get(letterId, from);
    const newer = to ? await this.get(letterId, to) : null;
    const current = newer?.letter ?? (await this.options.letters.get(letterId));
    return {
      from: older.version,
      to: newer?.version ?? null,
      ...compareLetters(letterContent(older.letter), letterContent(current), this.options.dateStyle?.()),
    };
  }

  /** "Save version…": the stored letter, kept under `name`. */
  async saveVersion(letterId: string, name: string): Promise<VersionSummary> {
    return this.keepStored(letterId, { kind: 'named', name: name.trim() });
  }

  /** The stored letter as it was handed out; `history.recordCopy` for clipboard copies. */
  async recordHandout(letterId: string, handout: Handout): Promise<VersionSummary> {
    return this.keepStored(letterId, { kind: 'handout', handout });
  }

  /**
   * Brings a version back. In the letter's queue, so no save interleaves: the
   * stored letter (which must be at `revision`) is kept as a `beforeRestore`
   * version first — if that fails, nothing is replaced — then the letter takes
   * the version's content, keeping its comments, and that is kept as `restored`.
   */
  async restore(letterId: string, versionId: string, revision: number): Promise<Letter> {
    this.refuseWrites();
    const { letter: then } = await this.get(letterId, versionId);
    return this.options.letters.replace(
      letterId,
      revision,
      async (stored) => {
        await this.keepOrThrow(stored, { kind: 'beforeRestore' }, 'letters');
        return {
          ...letterContent(then),
          id: stored.id,
          comments: stored.comments,
          revision: stored.revision,
          updatedAt: stored.updatedAt,
        };
      },
      (restored) =>
        this.quietly(letterId, 'keep', () =>
          this.keep(restored, { kind: 'restored', restoredFrom: versionId }, 'letters'),
        ),
    );
  }

  /**
   * Replaces the stored letter as a restore does, for other sources of a new
   * text (a reviewed DOCX imported): in the letter's queue, at `revision`
   * (else 'conflict'); the stored letter is kept as a `before` version first —
   * if that fails, nothing is replaced — then replaced by what `build` makes
   * of it, which is kept as an `after` version. That second version is null
   * if it could not be kept (the letter is written; the next `list` says so).
   */
  async replaceKeeping(
    letterId: string,
    revision: number,
    build: (stored: Letter) => Letter | Promise<Letter>,
    kinds: { before: VersionDetails; after: VersionDetails },
  ): Promise<{ letter: Letter; before: VersionSummary; after: VersionSummary | null }> {
    this.refuseWrites();
    const kept: { before: VersionSummary | null; after: VersionSummary | null } = {
      before: null,
      after: null,
    };
    const letter = await this.options.letters.replace(
      letterId,
      revision,
      async (stored) => {
        kept.before = await this.keepOrThrow(stored, kinds.before, 'letters');
        return build(stored);
      },
      (written) =>
        this.quietly(letterId, 'keep', async () => {
          kept.after = await this.keep(written, kinds.after, 'letters');
        }),
    );
    // Kinds other than 'created' and 'edited' are always kept (versionPolicy.ts): `before` is set.
    return { letter, before: kept.before!, after: kept.after };
  }

  // ---- Archives (electron/services/archive). ----

  /** A version's content as its text file holds it, digest checked: what an archive carries. */
  async storedText(version: VersionSummary): Promise<Record<string, unknown>> {
    for (const place of HISTORY_PLACES) {
      const path = historyFile(
        this.options.dataDir,
        place,
        version.letterId,
        'texts',
        `${version.digest}.json`,
      );
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text === null) continue;
      const raw = JSON.parse(text) as { content?: Record<string, unknown> };
      if (raw?.content && contentDigest(raw.content) === version.digest) return raw.content;
    }
    throw new UserFacingError('not-found', wording(messages.versionNotFound));
  }

  /**
   * Versions brought in from an archive into the history of a letter stored
   * in `place`: each text, then its record, written unless the history has
   * that version already (versions are immutable, known by id; `content` is
   * written as given, so it keeps its digest). Every file and folder it
   * makes is added to `made` as it is made, so a failure halfway can be
   * undone (`unadopt`). Returns how many were added.
   */
  async adopt(
    letterId: string,
    place: Place,
    versions: Array<{ record: VersionSummary; content: unknown }>,
    made: string[],
  ): Promise<number> {
    this.refuseWrites();
    return this.queue.run(letterId, async () => {
      const there = new Set<string>();
      for (const where of HISTORY_PLACES)
        for (const name of await namesIn(this.options.dataDir, where, letterId, 'versions'))
          there.add(recordId(name));
      const dir = historyDir(this.options.dataDir, place, letterId);
      const folder = async (part: string) => {
        const created = await mkdir(join(dir, part), { recursive: true });
        if (created) made.push(created);
      };
      let added = 0;
      for (const { record, content } of versions) {
        if (there.has(record.id)) continue;
        const textPath = join(dir, 'texts', `${record.digest}.json`);
        if (!(await exists(textPath))) {
          await folder('texts');
          await writeFileAtomic(textPath, JSON.stringify({ schemaVersion: VERSION_SCHEMA_VERSION, content }));
          made.push(textPath);
        }
        await folder('versions');
        const recordPath = join(dir, 'versions', recordName(record.id));
        await writeFileAtomic(recordPath, JSON.stringify(versionRecordFile(record)));
        made.push(recordPath);
        there.add(record.id);
        added += 1;
      }
      // What was known of this history is read again: its latest version may have changed.
      this.known.delete(letterId);
      return added;
    });
  }

  /** Removes what `adopt` made (an archive import rolled back), newest first. */
  async unadopt(letterId: string, made: string[]): Promise<void> {
    await this.queue.run(letterId, async () => {
      for (const path of [...made].reverse()) await rm(path, { recursive: true, force: true });
      this.known.delete(letterId);
    });
  }

  // ---- Keeping. ----

  private async keepStored(letterId: string, details: VersionDetails): Promise<VersionSummary> {
    this.refuseWrites();
    const letter = await this.options.letters.get(letterId);
    const place: Place = letter.deletedAt ? 'trash' : 'letters';
    return this.keepOrThrow(letter, details, place) as Promise<VersionSummary>;
  }

  private async keepOrThrow(
    letter: Letter,
    details: VersionDetails,
    place: Place,
  ): Promise<VersionSummary | null> {
    try {
      return await this.keep(letter, details, place);
    } catch (error) {
      throw describeFsError(
        error,
        { action: 'saveFile', file: historyDir(this.options.dataDir, place, letter.id) },
        { where: 'dataFolder', folder: this.options.dataDir },
      );
    }
  }

  /**
   * Keeps `letter` as a version (unless the policy's de-duplication says it is
   * the latest already): its text first, if new, then its record, which
   * points at the text, so a crash between leaves an unreferenced text, never
   * a record without one.
   */
  private keep(letter: Letter, details: VersionDetails, place: Place): Promise<VersionSummary | null> {
    return this.queue.run(letter.id, async () => {
      const latest = await this.latest(letter.id);
      const content = letterContent(letter);
      const digest = contentDigest(content);
      if (!keepsVersion(details.kind, latest, digest)) return null;
      const at = nextVersionTime(this.now(), latest?.id ?? null);
      const id = versionId(at, randomBytes(4).toString('hex'));
      const summary = describeVersion(letter, details, {
        id,
        createdAt: at.toISOString(),
        author: this.options.author(),
        digest,
      });
      const known = this.knownOf(letter.id);
      const dir = historyDir(this.options.dataDir, place, letter.id);
      const textKey = `${place}:${digest}`;
      const textPath = join(dir, 'texts', `${digest}.json`);
      if (!known.texts.has(textKey) && !(await exists(textPath))) {
        await mkdir(join(dir, 'texts'), { recursive: true });
        await writeFileAtomic(textPath, JSON.stringify(versionTextFile(content)));
      }
      known.texts.add(textKey);
      await mkdir(join(dir, 'versions'), { recursive: true });
      await writeFileAtomic(
        join(dir, 'versions', recordName(id)),
        JSON.stringify(versionRecordFile(summary)),
      );
      known.records.set(id, summary);
      known.latest = summary;
      return summary;
    });
  }

  /** Runs a keeping task whose failure must not fail what it follows: remembered for the next `list`. */
  private async quietly(
    letterId: string,
    action: 'keep' | 'move' | 'remove',
    task: () => Promise<unknown>,
  ): Promise<void> {
    try {
      await task();
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);
      const list = this.failures.get(letterId) ?? [];
      list.push(wording(messages.notKept, { action, detail, folder: this.options.dataDir }));
      this.failures.set(letterId, list.slice(-5));
    }
  }

  private refuseWrites(): void {
    if (this.options.readOnly) throw new Error('This LetterDesk was opened read-only; it keeps no versions.');
  }

  // ---- Reading. ----

  private knownOf(letterId: string): KnownHistory {
    let known = this.known.get(letterId);
    if (!known)
      this.known.set(
        letterId,
        (known = { latest: undefined, records: new Map(), texts: new Set(), cachedIds: new Map() }),
      );
    return known;
  }

  /** The latest version, remembered; the first time, the greatest record name in either place. */
  private async latest(letterId: string): Promise<VersionSummary | null> {
    const known = this.knownOf(letterId);
    if (known.latest !== undefined) return known.latest;
    const names: Array<[string, Place]> = [];
    for (const place of HISTORY_PLACES) {
      for (const name of await namesIn(this.options.dataDir, place, letterId, 'versions')) {
        if (isVersionId(recordId(name))) names.push([recordId(name), place]);
      }
    }
    names.sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
    for (const [id, place] of names) {
      // A damaged latest record is set aside (and said at the next list); the one before it is the latest.
      const record =
        known.records.get(id) ?? (await this.readRecord(letterId, id, place, this.failuresOf(letterId)));
      if (record) return (known.latest = record);
    }
    return (known.latest = null);
  }

  private failuresOf(letterId: string): Wording[] {
    let list = this.failures.get(letterId);
    if (!list) this.failures.set(letterId, (list = []));
    return list;
  }

  /** Reads one record into what is known; a damaged one is set aside and worded into `notices`. */
  private async readRecord(
    letterId: string,
    id: string,
    place: Place,
    notices: Wording[],
  ): Promise<VersionSummary | null> {
    const path = historyFile(this.options.dataDir, place, letterId, 'versions', recordName(id));
    const file = `${place === 'trash' ? 'trash/' : ''}history/${letterId}/versions/${recordName(id)}`;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return null; // moved or removed meanwhile (a trash move): it is listed from where it went next time
    }
    try {
      const record = parseVersionRecord(JSON.parse(text));
      if (record.id !== id || record.letterId !== letterId)
        throw new Error(`it names version ${record.id} of letter ${record.letterId}`);
      this.knownOf(letterId).records.set(id, record);
      return record;
    } catch (error) {
      if (error instanceof NewerSchemaError) {
        if (!this.reportedNewer.has(path)) notices.push(wording(messages.recordNewer, { file }));
        this.reportedNewer.add(path);
        return null;
      }
      const detail = (error as Error).message.slice(0, 200);
      if (this.options.readOnly) {
        notices.push(wording(messages.recordDamagedLeft, { file, detail }));
        return null;
      }
      const backup = `${path}.corrupt-${timestampForFileName(this.now())}`;
      await rename(path, backup).catch(() => undefined);
      notices.push(wording(messages.recordSetAside, { file, detail, backup }));
      return null;
    }
  }

  /** A version's record, from memory or from either place. */
  private async record(letterId: string, id: string): Promise<VersionSummary> {
    const known = this.knownOf(letterId).records.get(id);
    if (known) return known;
    for (const place of HISTORY_PLACES) {
      const record = await this.readRecord(letterId, id, place, this.failuresOf(letterId));
      if (record) return record;
    }
    throw new UserFacingError('not-found', wording(messages.versionNotFound));
  }

  /** The version's content as a letter; a damaged or missing text file refuses it (and is set aside). */
  private async readText(version: VersionSummary): Promise<Letter> {
    const { letterId, digest } = version;
    const name = `${digest}.json`;
    let failure: { place: Place; error: Error } | null = null;
    for (const place of HISTORY_PLACES) {
      const path = historyFile(this.options.dataDir, place, letterId, 'texts', name);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') failure ??= { place, error: error as Error };
        continue;
      }
      try {
        const raw = JSON.parse(text) as { content?: Record<string, unknown> };
        // The digest is of the content as written: a file whose bytes changed since cannot pass.
        if (!raw?.content || contentDigest(raw.content) !== digest)
          throw new Error('its content does not match its digest');
        return parseVersionText(raw, version);
      } catch (error) {
        if (error instanceof NewerSchemaError)
          throw new UserFacingError('storage', wording(messages.textNewer));
        const backup = this.options.readOnly ? 'none' : `${path}.corrupt-${timestampForFileName(this.now())}`;
        if (backup !== 'none') await rename(path, backup).catch(() => undefined);
        this.knownOf(letterId).texts.delete(`${place}:${digest}`);
        throw new UserFacingError(
          'storage',
          wording(messages.textDamaged, {
            file: this.shown(place, letterId, name),
            detail: (error as Error).message.slice(0, 200),
            backup,
          }),
        );
      }
    }
    const place = failure?.place ?? 'letters';
    throw new UserFacingError(
      'storage',
      wording(messages.textDamaged, {
        file: this.shown(place, letterId, name),
        detail: failure ? ((failure.error as NodeJS.ErrnoException).code ?? failure.error.message) : 'ENOENT',
        backup: 'none',
      }),
    );
  }

  private shown(place: Place, letterId: string, name: string): string {
    return `${place === 'trash' ? 'trash/' : ''}history/${letterId}/texts/${name}`;
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
