import { statSync } from 'node:fs';

/**
 * Commands that open the library need one where they look: opening a folder
 * that is not there would create an empty library at a mistyped --data-dir
 * and report "not found" for a letter that is safe somewhere else.
 */
export function requireLibraryFolder(dataDir: string): void {
  const found = statSync(dataDir, { throwIfNoEntry: false });
  if (!found)
    throw new Error(
      `No LetterDesk library at ${dataDir}: that folder does not exist. Check --data-dir (or LETTERDESK_DATA_DIR).`,
    );
  if (!found.isDirectory())
    throw new Error(`No LetterDesk library at ${dataDir}: that is a file, not a folder. Check --data-dir.`);
}
