import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a crash or a full disk never leaves it torn: the bytes
 * go to a temporary file in the same folder, are flushed to disk, and only then
 * replace the old file by rename (atomic on every platform we ship to).
 * On failure the old file is untouched and the temporary one is removed.
 *
 * `mode` is the file's permissions before the umask: the data folder's own
 * files are private to the user (0o600, the default) by choice, as letters may
 * be confidential drafts; an exported document passes 0o666 and so gets the
 * permissions the user's other files get.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
