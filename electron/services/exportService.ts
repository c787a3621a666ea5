/** Builds export files for stored letters; where they go is the transport's business. */
import type { EmailVariant, ExportVariant } from '../../core/contract';
import { exportFileName } from '../../core/exportFileName';
import { displayTitle, type Letter } from '../../core/letter';
import type { Publication } from '../../core/publication';
import { letterToPrintDocument } from '../../core/letterHtml';
import { docxExportFile, type ExportFile } from './docxExportFile';
import { composeMailDraft } from './mailDraft';
import type { LetterService } from './letterService';
import type { SettingsService } from './settingsService';

/** A self-contained A4 HTML page to print to PDF. */
export interface PrintPage {
  html: string;
  /** The PDF's suggested name. */
  fileName: string;
  title: string;
}

export class ExportService {
  constructor(
    private readonly letters: LetterService,
    private readonly settings: SettingsService,
    /** The letter's publication profile, which says whether the letter goes in the email body. */
    private readonly publication: (id: string) => Publication | null = () => null,
  ) {}

  async docx(id: string, variant: ExportVariant): Promise<ExportFile> {
    return this.fromLetter(await this.letters.get(id), variant);
  }

  fromLetter(letter: Letter, variant: ExportVariant): Promise<ExportFile> {
    return docxExportFile(letter, variant, this.settings.get());
  }

  /** An .eml draft to the letters editor with this variant's DOCX attached. */
  async emailDraft(id: string, variant: EmailVariant): Promise<ExportFile> {
    return this.emailDraftOf(await this.letters.get(id), variant);
  }

  /** `emailDraft` of a letter already read: what is handed out is then exactly what the history keeps. */
  async emailDraftOf(letter: Letter, variant: EmailVariant): Promise<ExportFile> {
    return composeMailDraft({
      letter,
      settings: this.settings.get(),
      docx: await this.fromLetter(letter, variant),
      variant,
      letterInBody: letter.publicationId
        ? (this.publication(letter.publicationId)?.letterInEmailBody ?? true)
        : true,
    });
  }

  async printPage(id: string, variant: ExportVariant): Promise<PrintPage> {
    return this.printPageOf(await this.letters.get(id), variant);
  }

  printPageOf(letter: Letter, variant: ExportVariant): PrintPage {
    return {
      html: letterToPrintDocument(letter, variant, this.settings.get()),
      fileName: exportFileName(letter, variant, 'pdf'),
      title: displayTitle(letter),
    };
  }
}
