/**
 * The termbase's exchange files: export as TBX or CSV, and import either,
 * the way the template library is imported (libraryService.ts). The whole
 * file is checked before anything is written, and a file with any problem
 * changes nothing: its problems are listed, each with its place. An entry
 * that clashes with a stored one (the same id, or the same first Chinese
 * term with different content) is reported first; the user then replaces the
 * stored entry (its id kept, its revision the next) or keeps both. An entry
 * identical to a stored one is left as it is.
 */
import { randomBytes } from 'node:crypto';
import type { ClashOption } from '../../../core/libraryFile';
import { safeFileName } from '../../../core/exportFileName';
import { megabytes } from '../../../core/import/docxChecks';
import { versionId } from '../../../core/history/versionId';
import { wording, type Wording } from '../../../core/i18n/wording';
import { dayOf } from '../../../core/log/replyWindow';
import { writeTbx } from '../../../core/terms/tbxWrite';
import { readTbxSteps, type TbxRead } from '../../../core/terms/tbxRead';
import type { TermEntry, TermFields } from '../../../core/terms/termEntry';
import {
  checkRawTermsSteps,
  type ImportedTerm,
  type TermFileRead,
} from '../../../core/terms/termFileEntries';
import { termFileMessages as m } from '../../../core/terms/termFileProblems';
import { termFileFormat, termFileTextSteps } from '../../../core/terms/termFileText';
import {
  TERM_FILE_MAX_BYTES,
  type TermClash,
  type TermFileFormat,
  type TermImportResult,
} from '../../../core/terms/termFiles';
import { base64Text, isBase64 } from '../base64';
import type { ExportFile } from '../docxExportFile';
import { ImportProblemsError } from '../libraryService';
import { runInSlices, yieldToEventLoop } from '../yieldToEventLoop';
import { readTermCsv, termCsvText } from './termCsvText';

/** What the file service needs of the termbase's store (electron/services/terms). */
export interface TermStore {
  all(): readonly TermEntry[] | Promise<readonly TermEntry[]>;
  /**
   * Adds or replaces each entry by id, as given but for its revision (the
   * stored one + 1): all of them or, on any failure, none (TermService.putMany).
   */
  putMany(entries: TermEntry[]): unknown;
}

export interface TermFilesOptions {
  store: TermStore;
  /** Who is at this desk (TermService's `author`), for entries the file gives no author for. */
  yourName: () => string;
  now?: () => Date;
  newId?: (at: Date) => string;
}

const MIME: Record<TermFileFormat, string> = {
  tbx: 'application/x-tbx+xml',
  csv: 'text/csv;charset=utf-8',
};

const FIELD_KEYS = ['zh', 'en', 'forbidden', 'note', 'source', 'domain'] as const;
/** An entry's content, what makes two entries the same: not its id, revision or change stamp. */
const contentKey = (fields: TermFields) => JSON.stringify(FIELD_KEYS.map((key) => fields[key]));

/** How many base64 characters are decoded between pauses (a multiple of 4: no slice splits a group). */
const BASE64_SLICE = 4 * 256 * 1024;

/** The bytes of checked base64 text, a slice at a time: decoding 27 MB at once held the thread for 0.1 s. */
function* fromBase64(clean: string, size: number): Generator<void, Uint8Array, void> {
  const bytes = Buffer.alloc(size);
  let length = 0;
  for (let start = 0; start < clean.length; start += BASE64_SLICE) {
    length += bytes.write(clean.slice(start, start + BASE64_SLICE), length, 'base64');
    yield;
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, length);
}

/**
 * The problems that stop a file before its entries are read, or its entries.
 * Pausing (`yield`) as it reads and checks, so the main process answers other
 * requests while a large file is imported (runInSlices).
 */
export function* readTermFile(content: string): Generator<void, TermFileRead, void> {
  const fail = (problem: Wording) => ({ ok: false as const, problems: [problem] });
  const clean = base64Text(content);
  // The size first, from the base64's length, before anything is decoded.
  const size = Math.floor((clean.length * 3) / 4) - (/==?$/.exec(clean)?.[0].length ?? 0);
  if (size > TERM_FILE_MAX_BYTES)
    return fail(wording(m.tooLarge, { size: megabytes(size), max: megabytes(TERM_FILE_MAX_BYTES) }));
  if (!isBase64(clean)) return fail(wording(m.notBase64));
  const bytes = yield* fromBase64(clean, size);
  const decoded = yield* termFileTextSteps(bytes);
  if (!decoded.ok) return fail(wording(m.notUtf8));
  if (!decoded.text.trim()) return fail(wording(m.empty));
  yield;
  const read: TbxRead =
    termFileFormat(decoded.text) === 'tbx' ? yield* readTbxSteps(decoded.text) : readTermCsv(decoded.text);
  if (!read.ok) return read;
  yield;
  return yield* checkRawTermsSteps(read.raws);
}

export class TermFilesService {
  private readonly now: () => Date;
  private readonly newId: (at: Date) => string;

  constructor(private readonly options: TermFilesOptions) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? ((at) => versionId(at, randomBytes(4).toString('hex')));
  }

  async export(format: TermFileFormat): Promise<ExportFile> {
    const entries = await this.options.store.all();
    const text = format === 'tbx' ? writeTbx(entries) : termCsvText(entries);
    const fileName = safeFileName(`LetterDesk termbase – ${dayOf(this.now())}`, format);
    return { fileName, title: fileName, bytes: new TextEncoder().encode(text), mimeType: MIME[format] };
  }

  async import(fileName: string, content: string, onClash?: ClashOption): Promise<TermImportResult> {
    const read = await runInSlices(readTermFile(content));
    if (!read.ok) throw new ImportProblemsError(fileName, read.problems);
    await yieldToEventLoop();
    const stored = await this.options.store.all();
    const byId = new Map(stored.map((entry) => [entry.id, entry]));
    const byChinese = new Map<string, TermEntry>();
    for (const entry of stored) if (!byChinese.has(entry.zh[0])) byChinese.set(entry.zh[0], entry);

    const clashes = new Map<string, TermClash>();
    const fresh: ImportedTerm[] = [];
    const clashing: Array<{ term: ImportedTerm; match: TermEntry }> = [];
    let unchanged = 0;
    for (const term of read.terms) {
      const match = (term.id !== null ? byId.get(term.id) : undefined) ?? byChinese.get(term.fields.zh[0]);
      if (!match) fresh.push(term);
      else if (contentKey(match) === contentKey(term.fields)) unchanged += 1;
      else {
        clashing.push({ term, match });
        clashes.set(match.id, { id: match.id, zh: match.zh[0], en: match.en[0] });
      }
    }
    if (clashes.size && !onClash) return { status: 'clash', clashes: [...clashes.values()] };

    const now = this.now();
    const taken = new Set(byId.keys());
    // The file's change stamp when it has one (an author left blank stays blank: a shipped entry);
    // otherwise the import is the change, made by you, now.
    // Revision 0: putMany sets it (the stored revision + 1, or 1 for a new entry).
    const entry = (term: ImportedTerm, id: string): TermEntry => ({
      id,
      revision: 0,
      ...term.fields,
      ...(term.changedAt !== null
        ? { changedBy: term.changedBy, changedAt: term.changedAt }
        : { changedBy: term.changedBy || this.options.yourName(), changedAt: now.toISOString() }),
    });
    const asNew = (term: ImportedTerm) => {
      const id = term.id !== null && !taken.has(term.id) ? term.id : this.newId(now);
      taken.add(id);
      return entry(term, id);
    };
    const writes = fresh.map(asNew);
    const replacedIds = new Set<string>();
    for (const { term, match } of clashing) {
      // One stored entry is replaced once; a second import clashing with it is kept beside it.
      if (onClash === 'replace' && !replacedIds.has(match.id)) {
        replacedIds.add(match.id);
        writes.push(entry(term, match.id));
      } else writes.push(asNew(term));
    }
    if (writes.length) await this.options.store.putMany(writes);
    return {
      status: 'imported',
      counts: { added: writes.length - replacedIds.size, replaced: replacedIds.size, unchanged },
    };
  }
}
