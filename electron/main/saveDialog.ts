/**
 * How the Electron app delivers an export: a native save dialog opening in
 * Documents with the suggested name, then an atomic write. A write failure
 * (read-only folder, full disk) propagates as a UserFacingError, which
 * `dispatch` hands to the renderer as a clear message.
 */
import { basename, extname, join } from 'node:path';
import type { FileFilter, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { Transport } from '../api/handlers';
import { writeExportFile } from '../services/exportService';

export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;

/** The dialog's file type, from the suggested name's extension. */
const FILTERS: Record<string, FileFilter> = {
  '.docx': { name: 'Word document', extensions: ['docx'] },
  '.pdf': { name: 'PDF document', extensions: ['pdf'] },
  '.eml': { name: 'Email message', extensions: ['eml'] },
};

export function saveDialogDeliver(
  showSaveDialog: ShowSaveDialog,
  documentsDir: string,
): Transport['saveFile'] {
  return async (file) => {
    const filter = FILTERS[extname(file.fileName).toLowerCase()];
    const { canceled, filePath } = await showSaveDialog({
      title: 'Export letter',
      defaultPath: join(documentsDir, file.fileName),
      filters: filter ? [filter] : [],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (canceled || !filePath) return { status: 'cancelled' };
    await writeExportFile(filePath, file.bytes);
    return { status: 'saved', path: filePath, fileName: basename(filePath) };
  };
}
