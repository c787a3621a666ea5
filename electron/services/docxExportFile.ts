/**
 * A letter as the DOCX file an export hands over: one definition for the app
 * (ExportService) and the command line, which must produce the same file. Kept
 * apart from exportService.ts so the command line does not load the mail composer.
 */
import type { ExportVariant } from '../../core/exportVariants';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { exportFileName } from '../../core/exportFileName';
import { displayTitle, type Letter } from '../../core/letter';
import type { AppSettings } from '../../core/settings';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportFile {
  fileName: string;
  /** The letter's display title, for messages. */
  title: string;
  bytes: Uint8Array;
  mimeType: string;
}

export async function docxExportFile(
  letter: Letter,
  variant: ExportVariant,
  settings: AppSettings,
): Promise<ExportFile> {
  return {
    fileName: exportFileName(letter, variant),
    title: displayTitle(letter),
    bytes: await buildLetterDocx(letter, variant, settings),
    mimeType: DOCX_MIME,
  };
}
