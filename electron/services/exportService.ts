/** Builds export files for stored letters; where they go is the transport's business. */
import type { ExportVariant } from '../../core/contract';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { exportFileName } from '../../core/exportFileName';
import { displayTitle, type Letter } from '../../core/letter';
import { writeFileAtomic } from '../storage/atomicWrite';
import { describeFsError } from './errors';
import type { LetterService } from './letterService';
import type { SettingsService } from './settingsService';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportFile {
  fileName: string;
  /** The letter's display title, for messages. */
  title: string;
  bytes: Uint8Array;
  mimeType: string;
}

export class ExportService {
  constructor(
    private readonly letters: LetterService,
    private readonly settings: SettingsService,
  ) {}

  async docx(id: string, variant: ExportVariant): Promise<ExportFile> {
    return this.fromLetter(await this.letters.get(id), variant);
  }

  /** Also used by the CLI for a letter file outside the library. */
  async fromLetter(letter: Letter, variant: ExportVariant): Promise<ExportFile> {
    return {
      fileName: exportFileName(letter, variant),
      title: displayTitle(letter),
      bytes: await buildLetterDocx(letter, variant, this.settings.get()),
      mimeType: DOCX_MIME,
    };
  }
}

/**
 * Writes an exported file where the user chose. Atomic, so a full disk leaves
 * no half-written document behind; the letter itself is untouched either way.
 */
export async function writeExportFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    throw describeFsError(error, `save ${path}`, 'that folder');
  }
}
