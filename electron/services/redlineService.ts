/**
 * The redline export (core/docx/redline/): a version of a letter, or its
 * current text, as a DOCX in which every change since an older version is a
 * Word tracked change, with the letter's open comments as Word comments.
 */
import type { ExportVariant } from '../../core/exportVariants';
import { buildRedlineDocx } from '../../core/docx/redline/buildRedlineDocx';
import { redlineFileName } from '../../core/exportFileName';
import { letterContent } from '../../core/history/version';
import { displayTitle } from '../../core/letter';
import { DOCX_MIME, type ExportFile } from './docxExportFile';
import type { HistoryService } from './history/historyService';
import type { LetterService } from './letterService';
import type { SettingsService } from './settingsService';

export interface RedlineServiceOptions {
  letters: LetterService;
  history: HistoryService;
  settings: SettingsService;
  /** Who is at this desk (core/authorName.ts), for changes in the current text. */
  author: () => string;
}

export class RedlineService {
  constructor(private readonly options: RedlineServiceOptions) {}

  /**
   * The redline from `olderVersionId` to `newerVersionId`, or (null) to the
   * letter as it is stored now. The changes are credited to whoever kept the
   * newer version, at its time; those of the current text to the user, at
   * its last save. The comments are the letter's own open threads (a version
   * keeps none): on a version's text they anchor where its marks still are.
   */
  async file(
    letterId: string,
    olderVersionId: string,
    newerVersionId: string | null,
    variant: ExportVariant,
  ): Promise<ExportFile> {
    const { letters, history, settings } = this.options;
    const older = await history.get(letterId, olderVersionId);
    const current = await letters.get(letterId);
    const newer = newerVersionId ? await history.get(letterId, newerVersionId) : null;
    const letter = newer ? { ...newer.letter, comments: current.comments } : current;
    const by = {
      author: (newer ? newer.version.author : '') || this.options.author(),
      date: newer ? newer.version.createdAt : current.updatedAt,
    };
    return {
      fileName: redlineFileName(letter, variant),
      title: displayTitle(letter),
      bytes: await buildRedlineDocx(letterContent(older.letter), letter, variant, by, settings.get()),
      mimeType: DOCX_MIME,
    };
  }
}
