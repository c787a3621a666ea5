/**
 * Hands an email draft to the user's mail program: the .eml is written to
 * LetterDesk's folder under the system temp folder and opened the way the
 * desktop opens .eml files (Outlook, Thunderbird, Apple Mail …), where the
 * `X-Unsent` header makes it a draft ready to send.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Transport } from '../api/handlers';
import { safeName } from '../../core/exportFileName';
import { defineMessages, wording } from '../../core/i18n/wording';
import { describeFsError, UserFacingError } from '../services/errors';
import { writeExportFile } from '../services/writeExportFile';

const messages = defineMessages({
  noMailProgram: {
    id: 'error.mail.noMailProgram',
    defaultMessage:
      'No mail program is set up to open email drafts on this computer ({detail}). The draft with the letter attached was saved as {path}: open it from your mail program, or set up a default mail program and try again.',
  },
});

/** Electron's `shell.openPath`: resolves to an error message, or '' on success. */
export type OpenPath = (path: string) => Promise<string>;

export function mailDraftOpener(openPath: OpenPath, tempDir: string): Transport['openEmailDraft'] {
  return async (file) => {
    const folder = join(tempDir, 'LetterDesk');
    const path = join(folder, safeName(file.fileName));
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw describeFsError(error, { action: 'prepareMail', file: folder }, { where: 'tempFolder' });
    }
    await writeExportFile(path, file.bytes);
    const error = await openPath(path);
    if (error) {
      throw new UserFacingError('export', wording(messages.noMailProgram, { detail: error, path }));
    }
    return { status: 'opened', path, fileName: file.fileName };
  };
}
