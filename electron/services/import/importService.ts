/**
 * Importing a DOCX (issue 13): as a new letter, or as a new version of an
 * open letter (a reviewed DOCX coming back). The file arrives as base64 from
 * the page, which picked it; this service decodes it, has it read
 * (readDocx.ts), and stores the result through the letter and history
 * services, so an imported letter is a letter like any other, with its
 * versions. A file the import cannot read is refused with its reason, and
 * nothing is created or changed.
 */
import { randomUUID } from 'node:crypto';
import type { VersionSummary } from '../../../core/history/version';
import { newLetterFromImport, versionFromImport, type ApplyOptions } from '../../../core/import/applyImport';
import { checkSize } from '../../../core/import/docxChecks';
import type { DocxImport, ImportReport } from '../../../core/import/docxImport';
import { WordedError } from '../../../core/i18n/wordedError';
import { defineMessages, wording } from '../../../core/i18n/wording';
import type { Letter } from '../../../core/letter';
import { parseLetter } from '../../../core/schemas/letter';
import type { Signatory } from '../../../core/signatory';
import { checkedBase64 } from '../base64';
import { UserFacingError } from '../errors';
import type { HistoryService } from '../history/historyService';
import type { LetterService } from '../letterService';
import type { SettingsService } from '../settingsService';
import { readDocx as defaultReadDocx, type ReadDocx } from './readDocx';

const messages = defineMessages({
  notBase64: {
    id: 'error.import.notBase64',
    defaultMessage: 'Nothing was imported: “{fileName}” did not arrive whole. Choose the file again.',
  },
});

export interface ImportServiceOptions {
  letters: LetterService;
  history: HistoryService;
  settings: SettingsService;
  /** The signatories in Settings: an imported signatory with a known English name becomes that person. */
  signatories: () => readonly Signatory[];
  now?: () => Date;
  /** The reading itself; the real one unless a test needs a file the reader cannot make. */
  readDocx?: ReadDocx;
}

export interface NewLetterImport {
  letter: Letter;
  report: ImportReport;
}

export interface VersionImport {
  letter: Letter;
  /** The text the import replaced, kept as a 'beforeImport' version. */
  before: VersionSummary;
  /** The letter after the import ('imported'); null if that version could not be kept (the history says why). */
  imported: VersionSummary | null;
  report: ImportReport;
}

const newId = () => randomUUID().replace(/-/g, '');

export class ImportService {
  private readonly now: () => Date;
  private readonly readDocx: ReadDocx;

  constructor(private readonly options: ImportServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.readDocx = options.readDocx ?? defaultReadDocx;
  }

  /** "New letter from DOCX…": a new letter with the file's text and the parts recognised in it. */
  async newLetter(fileName: string, content: string): Promise<NewLetterImport> {
    const { letter: imported, report } = await this.read(fileName, content);
    const letter = await this.options.letters.createFrom((blank) =>
      checked(newLetterFromImport(blank, imported, fileName, this.applyOptions())),
    );
    return { letter, report };
  }

  /**
   * "Import reviewed DOCX as a new version…": the stored letter (at
   * `revision`, else 'conflict') is kept as a version, then takes the file's
   * text and recognised parts; its comments stay, Word comments join them.
   * The file is read before anything is touched, so a bad file changes nothing.
   */
  async newVersion(
    letterId: string,
    revision: number,
    fileName: string,
    content: string,
  ): Promise<VersionImport> {
    const { letter: imported, report } = await this.read(fileName, content);
    const { letter, before, after } = await this.options.history.replaceKeeping(
      letterId,
      revision,
      (stored) => checked(versionFromImport(stored, imported, this.applyOptions()).letter),
      { before: { kind: 'beforeImport' }, after: { kind: 'imported', importedFrom: fileName } },
    );
    return { letter, before, imported: after, report };
  }

  private applyOptions(): ApplyOptions {
    return { newId, profiles: this.options.signatories() };
  }

  private async read(fileName: string, content: string): Promise<DocxImport> {
    const bytes = decode(fileName, content);
    try {
      // Before the reading is loaded: a file too big is refused at once.
      checkSize(bytes);
      return await this.readDocx(bytes, { settings: this.options.settings.get(), now: this.now() });
    } catch (error) {
      // What the file is and what to do (core/import/importProblem.ts): the user's to read.
      if (error instanceof WordedError) throw new UserFacingError('invalid-input', error.wording);
      throw error;
    }
  }
}

/** The bytes of a base64 file; refused when it is not base64 (cut short on the way). */
function decode(fileName: string, content: string): Uint8Array {
  const clean = checkedBase64(content);
  if (clean === null) throw new UserFacingError('invalid-input', wording(messages.notBase64, { fileName }));
  return new Uint8Array(Buffer.from(clean, 'base64'));
}

/** An imported letter passes the letter file's own checks before it is stored: the file it came from is anyone's. */
function checked(letter: Letter): Letter {
  return parseLetter(letter);
}
