/**
 * THE API CONTRACT: every call the renderer can make, in one place.
 *
 * Each entry names its input schema (zod: every input is validated by the
 * transport before a service sees it) and its output type. Two thin adapters
 * carry these calls: Electron IPC (electron/main/ipc.ts + preload) and the
 * browser-mode HTTP server (electron/server). The renderer imports only this
 * file's types and calls `api.call(name, input)`.
 */
import { z } from 'zod';
import { EXPORT_VARIANTS, type ExportVariant } from './exportVariants';
import type { Letter, LetterSummary } from './letter';
import type { Wording } from './i18n/wording';
import type { AppSettings } from './settings';
import type { SignatoryProfile } from './signatory';
import { TEMPLATE_DESCRIPTION_MAX, TEMPLATE_NAME_MAX, type Template, type TemplateSummary } from './template';
import { CLASH_OPTIONS, LIBRARY_FILE_MAX_BYTES, type ImportResult } from './libraryFile';
import type { Publication } from './publication';
import type { Snippet } from './snippet';
import { editorDocSchema } from './schemas/editorDoc';
import { letterFieldsSchema, letterSchema } from './schemas/letter';
import { publicationSchema } from './schemas/publication';
import { settingsUpdateSchema } from './schemas/settings';
import { revisionSchema } from './schemas/revision';
import { signatorySchema } from './schemas/signatory';
import { snippetFieldsSchema } from './schemas/snippet';
import type { Problem } from './preflight/problem';
import type { SearchExcerpt } from './search/excerpt';
import type { VersionedLetter, VersionList, VersionSummary } from './history/version';
import { COPY_FORMATS, VERSION_NAME_MAX } from './history/version';
import { VERSION_ID } from './history/versionId';
import type { LetterComparison } from './compare/comparison';
import { SEARCH_QUERY_MAX } from './search/searchQuery';
import { DOCX_IMPORT_MAX_BYTES, type ImportReport } from './import/docxImport';
import type { Sending } from './log/sending';
import type { ArchiveImportResult, ArchivePreview } from './archive/archive';
import { TERM_DOMAINS, TERM_LIMITS, type TermEntry, type TermPage } from './terms/termEntry';
import { TERM_FILE_FORMATS, TERM_FILE_MAX_BYTES, type TermImportResult } from './terms/termFiles';
import { termFieldsSchema, termIdSchema } from './schemas/term';
import { ARCHIVE_MAX_BYTES } from './archive/archiveLimits';
import { LOG_CSV_KINDS, type ExclusiveConflict, type LogList } from './log/logList';
import {
  letterIdSchema,
  outcomeSchema,
  publicationIdSchema,
  recordSendingSchema,
  sendingFilterSchema,
  sendingIdSchema,
  sendingUpdateSchema,
  timeSchema,
  LOG_LIMITS,
} from './schemas/sending';
import { UI_LANGUAGES } from './i18n/languages';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a letter id');
/** A version id (core/history/versionId.ts). */
const versionId = z.string().regex(VERSION_ID, 'expected a version id');
const none = z.object({}).strict();
const templateId = z.string().max(200);
/** A save, edit or removal names the revision of the item it was based on (see schemas/revision.ts). */
const revision = revisionSchema;

export { EXPORT_VARIANTS, type ExportVariant };

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser';
  dataDir: string;
  /** Things the user must hear about from start-up, e.g. a damaged file moved aside. */
  /** Start-up notices (a damaged store set aside…), worded in the page (core/i18n/wording.ts). */
  notices: Wording[];
}

export interface SignatoryList {
  signatories: SignatoryProfile[];
  defaultId: string | null;
  /** The revision of the choice of default, which `signatories.setDefault` names. */
  defaultRevision: number;
}

export interface Session {
  /** The letter that was open when the app last closed. */
  openLetterId: string | null;
}

/** The variants an email draft can attach: what goes to the paper, or that with the Chinese for colleagues. */
export const EMAIL_VARIANTS = ['editor', 'bilingual'] as const satisfies readonly ExportVariant[];
export type EmailVariant = (typeof EMAIL_VARIANTS)[number];

export type ExportResult =
  | { status: 'saved'; path: string; fileName: string }
  | { status: 'download'; url: string; fileName: string }
  /** An email draft handed to the user's mail program; `path` is the .eml it opened. */
  | { status: 'opened'; path: string; fileName: string }
  /** Browser mode: a print-ready page to open in a new tab and save as PDF from the print dialog. */
  | { status: 'print'; url: string; fileName: string }
  | { status: 'cancelled' };

export interface LetterPage {
  letters: LetterSummary[];
  total: number;
}

/** The way out of a save conflict: the letter now in the editor's place, and the copy kept of the other version. */
export interface ConflictResolution {
  letter: Letter;
  copy: LetterSummary;
}

/** "New letter from DOCX…": the letter made, and what the import did with the file. */
export interface DocxLetterImport {
  letter: Letter;
  report: ImportReport;
}

/** "Import reviewed DOCX as a new version…": the letter now, the versions either side of the import, and the report. */
export interface DocxVersionImport {
  letter: Letter;
  /** The text the import replaced ('beforeImport'). */
  before: VersionSummary;
  /** The letter as imported ('imported'); null if that version could not be kept (the history list says why). */
  imported: VersionSummary | null;
  report: ImportReport;
}

/** A DOCX file picked in the page: its name, and its bytes as base64. */
const docxFile = {
  fileName: z.string().max(500),
  // Generous here so the service, not the transport, tells the user the real limit (base64 is 4/3 of the bytes).
  content: z.string().max(2 * DOCX_IMPORT_MAX_BYTES),
};

/** A full-text search of the library: the letters found (newest first, at most `limit`) and how many there are. */
export interface LetterSearchResults {
  hits: Array<{ summary: LetterSummary; excerpt: SearchExcerpt | null }>;
  total: number;
}

/**
 * One entry per call: the input schema and, as a phantom type, the output.
 * Curried so the input type is inferred from the schema.
 */
function call<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });
}

/** Which sendings an archive holds (core/archive/archive.ts); null: any. */
const archiveSelectionSchema = z
  .object({
    year: z.number().int().min(1900).max(2200).nullable(),
    publication: z.string().max(LOG_LIMITS.publication).nullable(),
  })
  .strict();

export const contract = {
  'app.info': call<AppInfo>()(none),

  /** A page of the library, newest first, and how many letters it holds in all. */
  'letters.list': call<LetterPage>()(
    z.object({
      trash: z.boolean().default(false),
      limit: z.number().int().min(1).max(1000).default(100),
      after: z.object({ updatedAt: z.string().max(40), id }).optional(),
    }),
  ),
  'letters.get': call<Letter>()(z.object({ id })),
  'letters.create': call<Letter>()(
    z.object({ templateId: z.string().max(200).nullable(), fields: letterFieldsSchema.partial().optional() }),
  ),
  /** Refused with 'conflict' if `letter.revision` is not the stored revision; returns the stored letter. */
  'letters.save': call<Letter>()(z.object({ letter: letterSchema })),
  /**
   * After a conflict: keep `letter` (their version is kept as a copy) or theirs
   * (`letter` is kept as a copy), provided the stored revision is still `theirRevision`.
   */
  'letters.resolveConflict': call<ConflictResolution>()(
    z.object({
      letter: letterSchema,
      theirRevision: z.number().int().min(0),
      keep: z.enum(['mine', 'theirs']),
    }),
  ),
  'letters.rename': call<Letter>()(z.object({ id, title: z.string().max(300) })),
  'letters.duplicate': call<Letter>()(z.object({ id })),
  'letters.trash': call<LetterSummary>()(z.object({ id })),
  'letters.restore': call<LetterSummary>()(z.object({ id })),
  'letters.emptyTrash': call<{ removed: number }>()(none),
  /** A new letter from a DOCX file; a file that cannot be imported is refused with why, and nothing is made. */
  'letters.importDocx': call<DocxLetterImport>()(z.object(docxFile)),
  'letters.search': call<LetterSearchResults>()(
    z.object({
      query: z.string().max(SEARCH_QUERY_MAX),
      trash: z.boolean().default(false),
      limit: z.number().int().min(1).max(200).default(50),
    }),
  ),

  /** The open letter's versions, newest first (core/history/version.ts). */
  'history.list': call<VersionList>()(z.object({ letterId: id })),
  /** One version, to read: the letter as it was then. */
  'history.get': call<VersionedLetter>()(z.object({ letterId: id, versionId })),
  /** What changed from one version to another, or (`to` null) to the letter as it is stored now. */
  'history.compare': call<LetterComparison>()(
    z.object({ letterId: id, from: versionId, to: versionId.nullable() }),
  ),
  /** "Save version…": keeps the stored letter as a version with this name. */
  'history.saveVersion': call<VersionSummary>()(
    z.object({ letterId: id, name: z.string().trim().min(1).max(VERSION_NAME_MAX) }),
  ),
  /**
   * Brings a version back: the stored letter (at `revision`, else 'conflict') is kept
   * as a version first, then replaced by the version's content; comments stay. Returns the letter.
   */
  'history.restore': call<Letter>()(z.object({ letterId: id, versionId, revision })),
  /**
   * A reviewed DOCX as the letter's next version: the stored letter (at `revision`, else 'conflict') is
   * kept as a version first, then takes the file's text; its comments stay, the file's Word comments join.
   */
  'history.importDocx': call<DocxVersionImport>()(z.object({ letterId: id, revision, ...docxFile })),
  /** The page copied the stored letter to the clipboard: keep that as a handout version. */
  'history.recordCopy': call<VersionSummary>()(z.object({ letterId: id, format: z.enum(COPY_FORMATS) })),

  'templates.list': call<TemplateSummary[]>()(none),
  'templates.get': call<Template>()(z.object({ id: z.string().max(200) })),
  /** A user template from a letter: its filled-in facts become placeholders again. */
  'templates.saveFromLetter': call<Template>()(
    z.object({
      letterId: id,
      name: z.string().max(TEMPLATE_NAME_MAX),
      description: z.string().max(TEMPLATE_DESCRIPTION_MAX).default(''),
      keep: z.object({
        preface: z.boolean(),
        body: z.boolean(),
        salutation: z.boolean(),
        closing: z.boolean(),
      }),
    }),
  ),
  /** User templates only; built-ins are refused with a message. */
  'templates.update': call<Template>()(
    z.object({
      id: templateId,
      revision,
      name: z.string().max(TEMPLATE_NAME_MAX),
      description: z.string().max(TEMPLATE_DESCRIPTION_MAX).default(''),
      preface: editorDocSchema.optional(),
      body: editorDocSchema.optional(),
      salutation: z.string().max(200).optional(),
      closing: z.string().max(200).optional(),
    }),
  ),
  /** Built-ins too: the copy is the user's to edit. */
  'templates.duplicate': call<Template>()(z.object({ id: templateId })),
  'templates.remove': call<TemplateSummary[]>()(z.object({ id: templateId, revision })),

  /** Templates (all, or those named), signatories and publications in one .json file. */
  'library.export': call<ExportResult>()(z.object({ templateIds: z.array(templateId).max(500).optional() })),
  /** Checks the whole file first: a file with problems changes nothing. */
  'library.import': call<ImportResult>()(
    z.object({
      fileName: z.string().max(500),
      // Generous here so the service, not the transport, tells the user the real limit.
      content: z.string().max(2 * LIBRARY_FILE_MAX_BYTES),
      onClash: z.enum(CLASH_OPTIONS).optional(),
    }),
  ),

  'signatories.list': call<SignatoryList>()(none),
  'signatories.save': call<SignatoryList>()(z.object({ signatory: signatorySchema.extend({ revision }) })),
  'signatories.remove': call<SignatoryList>()(z.object({ id: z.string().max(64), revision })),
  /** `revision`: the list's `defaultRevision`. */
  'signatories.setDefault': call<SignatoryList>()(z.object({ id: z.string().max(64).nullable(), revision })),

  'settings.get': call<AppSettings>()(none),
  'settings.update': call<AppSettings>()(z.object({ update: settingsUpdateSchema })),
  /** The logo's bytes, base64; the service checks they are a PNG or JPEG within limits. `revision`: the letterhead's. */
  'settings.setLogo': call<AppSettings>()(z.object({ dataBase64: z.string().max(1_400_000), revision })),
  'settings.clearLogo': call<AppSettings>()(z.object({ revision })),

  'session.get': call<Session>()(none),
  'session.set': call<Session>()(z.object({ openLetterId: id.nullable() })),
  /** The letter open last time, in one round trip at start-up; null if none (or it was deleted since). */
  'session.openLetter': call<Letter | null>()(none),

  'publications.list': call<Publication[]>()(none),
  'publications.save': call<Publication[]>()(
    z.object({ publication: publicationSchema.extend({ revision }) }),
  ),
  'publications.remove': call<Publication[]>()(z.object({ id: z.string().max(64), revision })),

  'snippets.list': call<Snippet[]>()(none),
  'snippets.save': call<Snippet[]>()(z.object({ snippet: snippetFieldsSchema.extend({ revision }) })),
  'snippets.remove': call<Snippet[]>()(z.object({ id: z.string().max(64), revision })),

  'export.docx': call<ExportResult>()(z.object({ id, variant: z.enum(EXPORT_VARIANTS) })),
  /** An email draft to the letters address with the DOCX attached, opened in the mail program (or downloaded). */
  'export.email': call<ExportResult>()(z.object({ id, variant: z.enum(EMAIL_VARIANTS) })),
  /** A PDF copy: saved through the save dialog, or (browser mode) a page to print to PDF. */
  'export.pdf': call<ExportResult>()(z.object({ id, variant: z.enum(EXPORT_VARIANTS) })),
  /**
   * The redline: the newer version (`newerVersionId` null: the current text) as a DOCX with every
   * change since the older version a Word tracked change, and the letter's open comments as Word
   * comments. Saved like `export.docx` (save dialog, or a browser download); not a handout.
   */
  'export.redline': call<ExportResult>()(
    z.object({
      letterId: id,
      olderVersionId: versionId,
      newerVersionId: versionId.nullable(),
      variant: z.enum(EXPORT_VARIANTS),
    }),
  ),

  /** The checks before a letter leaves, on the stored letter: save first. Errors first, then warnings. */
  'preflight.run': call<Problem[]>()(z.object({ id, variant: z.enum(EXPORT_VARIANTS) })),
  /** Adds a word to the office dictionary, so the spelling check accepts it from now on. */
  'spelling.addWord': call<{ words: string[] }>()(z.object({ word: z.string().max(100) })),

  /**
   * The letter log (core/log). Records a sending: at the handout version `versionId`, or (null) at
   * the stored letter as it is now: the hand-off's version if the latest version is a handout of that
   * channel with the same text (the prompt after an export or email), else a frozen version kept now
   * ("Mark as sent…"; channel 'other': a named version "Sent to …"). Ask `log.checkExclusive` first.
   * The stored profile decides its names, and its exclusivity and reply window unless `exclusive` /
   * `replyWindowDays` are given (the officer changed them for this sending); an id Settings no longer
   * has counts as no profile, the paper named by `publication`.
   */
  'log.record': call<Sending>()(z.object({ sending: recordSendingSchema }).strict()),
  /** What came of a sending; refused with 'conflict' if `revision` is not the stored one. */
  'log.setOutcome': call<Sending>()(
    z
      .object({
        id: sendingIdSchema,
        revision,
        outcome: outcomeSchema,
        noteZh: z.string().max(LOG_LIMITS.noteZh).optional(),
      })
      .strict(),
  ),
  /** Corrections (address, date, names, the Chinese note); revision-checked. */
  'log.update': call<Sending>()(
    z.object({ id: sendingIdSchema, revision, update: sendingUpdateSchema }).strict(),
  ),
  /** Removes a sending recorded by mistake; revision-checked. The version it pointed at stays. */
  'log.remove': call<{ id: string }>()(z.object({ id: sendingIdSchema, revision }).strict()),
  /**
   * The Log view: the matching sendings, newest first, at most `limit` of them from just after
   * `after` (the last row shown: "Show more"), with `total` and the summary of ALL that match.
   * A cursor rather than an offset, so a sending recorded meanwhile neither repeats nor skips a row.
   */
  'log.list': call<LogList>()(
    z
      .object({
        filter: sendingFilterSchema.default({}),
        limit: z.number().int().min(1).max(10_000).default(1000),
        after: z.object({ sentAt: timeSchema, id: sendingIdSchema }).strict().optional(),
      })
      .strict(),
  ),
  /** A letter's sendings, newest first (the letter's panel, the prompt after a hand-off). */
  'log.forLetter': call<Sending[]>()(z.object({ letterId: letterIdSchema }).strict()),
  /** The log (filtered) or its summary as CSV, headed in `language`; saved like other exports. */
  'log.exportCsv': call<ExportResult>()(
    z
      .object({
        kind: z.enum(LOG_CSV_KINDS),
        filter: sendingFilterSchema.default({}),
        language: z.enum(UI_LANGUAGES),
      })
      .strict(),
  ),
  /**
   * Before recording: the open exclusive submissions (awaiting, within their window) of this letter
   * or a near copy of it to another paper. Empty: nothing to warn about.
   */
  'log.checkExclusive': call<ExclusiveConflict[]>()(
    z
      .object({
        letterId: letterIdSchema,
        publicationId: publicationIdSchema.nullable(),
        publication: z.string().max(LOG_LIMITS.publication).default(''),
        /** When it is being sent (default now): a window that has closed by then is no conflict. */
        sentAt: timeSchema.optional(),
      })
      .strict(),
  ),

  /**
   * The office termbase (core/terms). `list`: Settings' page of entries matching a search (either
   * language, variants and notes included), newest change first. `all`: every entry, for the page's
   * matcher (highlighting, the term picker).
   */
  'terms.list': call<TermPage>()(
    z
      .object({
        query: z.string().max(TERM_LIMITS.search).default(''),
        domain: z.enum(TERM_DOMAINS).nullable().default(null),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
  ),
  'terms.all': call<TermEntry[]>()(none),
  /** Adds (`id` null) or replaces an entry; refused with 'conflict' if `revision` is not the stored one. */
  'terms.save': call<TermEntry>()(
    z.object({ id: termIdSchema.nullable(), revision, fields: termFieldsSchema }).strict(),
  ),
  'terms.remove': call<{ id: string }>()(z.object({ id: termIdSchema, revision }).strict()),
  /** The whole termbase as TBX or CSV, saved like other exports. */
  'terms.export': call<ExportResult>()(z.object({ format: z.enum(TERM_FILE_FORMATS) }).strict()),
  /** A TBX or CSV file, base64 (its encoding is checked); checked whole first: a file with any problem changes nothing. */
  'terms.import': call<TermImportResult>()(
    z
      .object({
        fileName: z.string().max(500),
        // Generous here so the service, not the transport, tells the user the real limit.
        content: z.string().max(2 * TERM_FILE_MAX_BYTES),
        onClash: z.enum(CLASH_OPTIONS).optional(),
      })
      .strict(),
  ),

  /**
   * The archive (core/archive): the log's sendings of a year and/or a publication, each letter with
   * its versions, and the DOCX/PDF sent, in one .zip saved like other exports. `preview` gives the
   * dialog its choices and what the selection holds.
   */
  'archive.preview': call<ArchivePreview>()(z.object({ selection: archiveSelectionSchema }).strict()),
  'archive.export': call<ExportResult>()(z.object({ selection: archiveSelectionSchema }).strict()),
  /** An archive .zip, base64; checked whole first: a file with any problem changes nothing. */
  'archive.import': call<ArchiveImportResult>()(
    z
      .object({
        fileName: z.string().max(500),
        // Generous here so the service, not the transport, tells the user the real limit.
        content: z.string().max(2 * ARCHIVE_MAX_BYTES),
      })
      .strict(),
  ),
};

export type Contract = typeof contract;
export type ApiName = keyof Contract;
export const API_NAMES = Object.keys(contract) as ApiName[];
export type ApiInput<N extends ApiName> = z.input<Contract[N]['input']>;
export type ApiParsedInput<N extends ApiName> = z.output<Contract[N]['input']>;
export type ApiOutput<N extends ApiName> = Contract[N]['output'];

/**
 * `conflict`: a save named a revision that is no longer the stored one (another
 * window, process or tab wrote first). Nothing was written; the caller decides
 * what to keep.
 */
export type ApiErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'storage' | 'export' | 'internal';
export interface ApiError {
  code: ApiErrorCode;
  /** In English: for logs and the command-line tool. */
  message: string;
  /** What the page shows, worded in the interface language (core/i18n/wording.ts). */
  wording?: Wording;
  /** Lines shown under it, each worded the same way (e.g. the problems of a refused import). */
  details?: Wording[];
}
/** What crosses either transport: never a thrown error, whose text Electron would mangle. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the renderer holds: one method, typed by the contract. */
export interface Api {
  call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>>;
}
