/**
 * How the Electron app delivers an export: a native save dialog opening in
 * Documents with the suggested name, then an atomic write. A write failure
 * (read-only folder, full disk) propagates as a UserFacingError, which
 * `dispatch` hands to the renderer as a clear message.
 */
import { basename, join } from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { Transport } from '../api/handlers';
import { writeExportFile } from '../services/exportService';

export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;

export function saveDialogDeliver(
  showSaveDialog: ShowSaveDialog,
  documentsDir: string,
): Transport['saveFile'] {
  return async (file) => {
    const { canceled, filePath } = await showSaveDialog({
      title: 'Export letter',
      defaultPath: join(documentsDir, file.fileName),
      filters: [{ name: 'Word document', extensions: ['docx'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (canceled || !filePath) return { status: 'cancelled' };
    await writeExportFile(filePath, file.bytes);
    return { status: 'saved', path: filePath, fileName: basename(filePath) };
  };
}
