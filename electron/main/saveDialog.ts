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
import type { UiLanguage } from '../../core/i18n/languages';
import { defineMessages, type MessageDescriptor } from '../../core/i18n/wording';
import { interfaceIntl } from './interfaceIntl';
import { writeExportFile } from '../services/writeExportFile';

export type ShowSaveDialog = (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;

const messages = defineMessages({
  exportLetter: { id: 'saveDialog.title.exportLetter', defaultMessage: 'Export letter' },
  exportTemplates: { id: 'saveDialog.title.exportTemplates', defaultMessage: 'Export templates' },
  save: { id: 'saveDialog.title.save', defaultMessage: 'Save' },
  docx: { id: 'saveDialog.type.docx', defaultMessage: 'Word document' },
  pdf: { id: 'saveDialog.type.pdf', defaultMessage: 'PDF document' },
  eml: { id: 'saveDialog.type.eml', defaultMessage: 'Email message' },
  library: { id: 'saveDialog.type.library', defaultMessage: 'LetterDesk library' },
});

/** The dialog's file type and title, from the suggested name's extension. */
const KINDS: Record<string, { type: MessageDescriptor; extensions: string[]; title: MessageDescriptor }> = {
  '.docx': { type: messages.docx, extensions: ['docx'], title: messages.exportLetter },
  '.pdf': { type: messages.pdf, extensions: ['pdf'], title: messages.exportLetter },
  '.eml': { type: messages.eml, extensions: ['eml'], title: messages.exportLetter },
  '.json': { type: messages.library, extensions: ['json'], title: messages.exportTemplates },
};

/** `language`: the interface's, read when the dialog opens, so the dialog speaks it. */
export function saveDialogDeliver(
  showSaveDialog: ShowSaveDialog,
  documentsDir: string,
  language: () => UiLanguage = () => 'en',
): Transport['saveFile'] {
  return async (file) => {
    const intl = interfaceIntl(language());
    const kind = KINDS[extname(file.fileName).toLowerCase()];
    const filter: FileFilter | undefined = kind && {
      name: intl.formatMessage(kind.type),
      extensions: kind.extensions,
    };
    const { canceled, filePath } = await showSaveDialog({
      title: intl.formatMessage(kind?.title ?? messages.save),
      defaultPath: join(documentsDir, safeName(file.fileName)),
      filters: filter ? [filter] : [],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (canceled || !filePath) return { status: 'cancelled' };
    await writeExportFile(filePath, file.bytes);
    return { status: 'saved', path: filePath, fileName: basename(filePath) };
  };
}
