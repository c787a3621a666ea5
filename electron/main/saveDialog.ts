/**
 * How the Electron app delivers an export: a native save dialog opening in
 * Documents with the suggested name, then an atomic write. A write failure
 * (read-only folder, full disk) propagates as a UserFacingError, which
 * `dispatch` hands to the renderer as a clear message.
 */
import { basename, extname, join } from 'node:path';
import type { FileFilter, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { Transport } from '../api/handlers';
import { safeName } from '../../core/exportFileName';
import { writeExportFile } from '../services/writeExportFile';

export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;

/** The dialog's file type and title, from the suggested name's extension. */
const KINDS: Record<string, { filter: FileFilter; title: string }> = {
  '.docx': { filter: { name: 'Word document', extensions: ['docx'] }, title: 'Export letter' },
  '.pdf': { filter: { name: 'PDF document', extensions: ['pdf'] }, title: 'Export letter' },
  '.eml': { filter: { name: 'Email message', extensions: ['eml'] }, title: 'Export letter' },
  '.json': { filter: { name: 'LetterDesk library', extensions: ['json'] }, title: 'Export templates' },
};

export function saveDialogDeliver(
  showSaveDialog: ShowSaveDialog,
  documentsDir: string,
): Transport['saveFile'] {
  return async (file) => {
    const kind = KINDS[extname(file.fileName).toLowerCase()];
    const { canceled, filePath } = await showSaveDialog({
      title: kind?.title ?? 'Save',
      defaultPath: join(documentsDir, safeName(file.fileName)),
      filters: kind ? [kind.filter] : [],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (canceled || !filePath) return { status: 'cancelled' };
    await writeExportFile(filePath, file.bytes);
    return { status: 'saved', path: filePath, fileName: basename(filePath) };
  };
}
