/* Kept apart from exportService.ts so the command line can write a file without loading the mail composer. */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { writeFileAtomic } from '../storage/atomicWrite';
import { defineMessages, wording } from '../../core/i18n/wording';
import { describeFsError, UserFacingError } from './errors';

const messages = defineMessages({
  readOnlyFile: {
    id: 'error.export.readOnlyFile',
    defaultMessage:
      'Could not save {path}: the file is read-only. Choose another name or folder, or make the file writable first.',
  },
});

/** What any new file gets before the umask: exports follow the user's usual permissions. */
const EXPORT_MODE = 0o666;

/**
 * Writes an exported file where the user chose. Atomic, so a full disk leaves
 * no half-written document behind; the letter itself is untouched either way.
 * A read-only file there is refused, not replaced: the atomic rename would
 * otherwise swap it out silently, since only the folder's permissions count.
 */
export async function writeExportFile(path: string, bytes: Uint8Array): Promise<void> {
  await refuseReadOnly(path);
  try {
    await writeFileAtomic(path, bytes, EXPORT_MODE);
  } catch (error) {
    throw describeFsError(error, { action: 'saveFile', file: path }, { where: 'thatFolder' });
  }
}

/** Read-only: no write permission for this user, or no write bit at all (which the superuser would ignore). */
async function refuseReadOnly(path: string): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (!existing?.isFile()) return;
  const writable =
    (existing.mode & 0o222) !== 0 &&
    (await access(path, constants.W_OK).then(
      () => true,
      () => false,
    ));
  if (!writable) throw new UserFacingError('storage', wording(messages.readOnlyFile, { path }));
}
