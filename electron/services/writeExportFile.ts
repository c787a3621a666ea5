/* Kept apart from exportService.ts so the command line can write a file without loading the mail composer. */
import { writeFileAtomic } from '../storage/atomicWrite';
import { describeFsError } from './errors';

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
