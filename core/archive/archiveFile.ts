/**
 * The archive's `archive.json` (docs/technical/archive.md): what it holds.
 * The import checks it with core/schemas/archiveFile.ts.
 */
import type { LetterContent, VersionSummary } from '../history/version';
import type { Letter } from '../letter';
import type { Sending } from '../log/sending';
import type { ArchiveSelection } from './archive';

export const ARCHIVE_SCHEMA_VERSION = 1;
/** Tells an archive from any other JSON a zip might hold. */
export const ARCHIVE_KIND = 'letterdesk-archive';
export const ARCHIVE_JSON = 'archive.json';

/** A letter as the library stored it when archived (comments and all), with its versions' records. */
export interface ArchivedLetter {
  letter: Letter;
  versions: VersionSummary[];
}

/** A version's content, stored once per digest (as the history stores it, `texts/<digest>.json`). */
export interface ArchivedText {
  digest: string;
  content: LetterContent;
}

/** A file in `sent/`: what a sending handed out, built again from its version when archived. */
export interface ArchivedSentFile {
  path: string;
  sendingId: string;
  /** `html` stands in for the PDF where no PDF printer was at hand (browser mode). */
  format: 'docx' | 'pdf' | 'html';
}

export interface ArchiveFile {
  schemaVersion: typeof ARCHIVE_SCHEMA_VERSION;
  kind: typeof ARCHIVE_KIND;
  exportedAt: string;
  selection: ArchiveSelection;
  letters: ArchivedLetter[];
  texts: ArchivedText[];
  sendings: Sending[];
  /** Referred to by sendings, but no longer in the library when archived (deleted for good, or damaged). */
  absent: { letters: string[]; versions: string[] };
  files: ArchivedSentFile[];
}

export const ARCHIVE_LIMITS = {
  letters: 10_000,
  versionsPerLetter: 20_000,
  texts: 200_000,
  sendings: 100_000,
  absent: 100_000,
  files: 100_000,
} as const;
