/**
 * What importing a DOCX gives: the letter's parts as LetterDesk holds them,
 * and a report of what the file held that a letter cannot hold as it was.
 * The import never drops anything silently: whatever it changed or left out
 * is counted in the report, which the app shows as a summary
 * ("2 tables imported as text").
 *
 * The reading is core/import/importDocx.ts: the file's checks
 * (docxChecks.ts), mammoth for the text (docxToHtml.ts), the editor's own
 * HTML import path for the documents (htmlToEditorDocs.ts), and the parts of
 * a letter recognised where they are plain to see (recogniseParts.ts).
 */
import type { CommentThread } from '../comments/thread';
import type { EditorDoc } from '../editorDoc';
import type { AppSettings } from '../settings';
import type { Signatory } from '../signatory';

/** The largest DOCX the import reads: a 30-page letter with a logo is well under 1 MB. */
export const DOCX_IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/** The parts of a letter an import can fill; the rest stay as a new letter's. */
export const RECOGNISED_PARTS = [
  'preface',
  'body',
  'date',
  'addressee',
  'salutation',
  'closing',
  'signatory',
] as const;
export type RecognisedPart = (typeof RECOGNISED_PARTS)[number];

export interface ImportReport {
  /** Tracked changes in the file: insertions were taken as written, deletions dropped. */
  trackedChanges: { insertions: number; deletions: number };
  /** Word comments in the file; `anchored` found their text and became LetterDesk comments on it. */
  comments: { found: number; anchored: number };
  /** Tables, their cells' text kept as paragraphs. */
  tables: number;
  /** Text boxes, their text kept as paragraphs where they stand. */
  textBoxes: number;
  /** Pictures and drawings, left out (a letter holds no pictures; the letterhead logo is in Settings). */
  images: number;
  /** Footnotes and endnotes, their text kept at the end of the letter. */
  notes: number;
  /** Which parts of the letter were recognised and filled from the file. */
  recognised: RecognisedPart[];
}

/** A letter's content as read from a DOCX: what a new letter, or a new version, takes from the file. */
export interface ImportedLetter {
  /** The first line of the document, for a new letter's title; '' when none. */
  title: string;
  preface: EditorDoc;
  body: EditorDoc;
  /** YYYY-MM-DD, when the date line could be read. */
  date?: string;
  /** The place before the date on the date line ("Brussels" in "Brussels, 30 November 2026"). */
  place?: string;
  addressee?: string;
  salutation?: string;
  closing?: string;
  /** English lines only (name, title, organisation); the id is made by the service. */
  signatory?: Omit<Signatory, 'id'>;
  /**
   * Word comments as threads: those that found their anchor text are marked in
   * `preface` or `body`; the others are detached (no mark, quote = their anchor),
   * as a thread whose text was deleted (report.comments.anchored < found).
   */
  comments: CommentThread[];
}

export interface DocxImport {
  letter: ImportedLetter;
  report: ImportReport;
}

export interface ImportDocxOptions {
  /** The office's settings: the house style's date order reads a numeric date ("05/11/2026"). */
  settings: AppSettings;
  /** The time given to Word comments whose file gives none. */
  now: Date;
  /** Thread and comment ids; by default `crypto.randomUUID()`, as the page makes them. */
  newId?: () => string;
}

/** The import's signature (importDocx.ts), for the main process's entry to it (docxImportEntry.js). */
export type ImportDocx = (bytes: Uint8Array, options: ImportDocxOptions) => Promise<DocxImport>;
