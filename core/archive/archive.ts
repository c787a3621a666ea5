/**
 * The archive: a selection of the letter log (a year, a publication, or both)
 * in one `.zip` for records retention: each sending chosen, the letter it
 * belongs to with its versions, and the DOCX (and PDF) that was sent. It is
 * imported back into another library whole or not at all, checked like the
 * template library's file (core/schemas/libraryFile.ts): a file with any
 * problem changes nothing.
 *
 * Versions and sendings keep their ids, so importing an archive twice, or one
 * that overlaps what the library holds, adds nothing twice.
 */

/** Which sendings an archive holds: all that match every part given (null: any). */
export interface ArchiveSelection {
  /** The calendar year the letter was sent in (the day part of `sentAt`). */
  year: number | null;
  /** The publication as the log names it: its English name as sent. */
  publication: string | null;
}

/** What the archive dialog offers and what the chosen selection would hold. */
export interface ArchivePreview {
  /** The years with sendings in the log, newest first. */
  years: number[];
  /** The publications with sendings in the log, by their names as sent. */
  publications: Array<{ name: string; nameZh: string }>;
  /** For the selection given: how many sendings, letters and sent files the archive would hold. */
  sendings: number;
  letters: number;
  files: number;
}

/** What an import added. Items already in the library (same id, same content) are counted, not added again. */
export interface ArchiveImportResult {
  letters: { added: number; alreadyThere: number };
  versions: { added: number; alreadyThere: number };
  sendings: { added: number; alreadyThere: number };
}
