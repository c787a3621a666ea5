/**
 * Tells us when a file in a flat folder is added, changed or removed by
 * anyone: another LetterDesk, an archive import, a sync tool. Node's own
 * fs.watch is enough for a folder without subfolders. It is only a hint to
 * look again: what the file holds is always read from disk, and the services
 * re-check on every access, so a missed event (some network drives send none)
 * costs only a stale list until the next look.
 */
import { watch } from 'node:fs';

/** Calls `onName` with the name of each file that changed; returns a function that stops watching. */
export function watchFolder(dir: string, onName: (name: string) => void): () => void {
  try {
    // Not persistent: watching must never keep a command-line run alive.
    const watcher = watch(dir, { persistent: false }, (_event, name) => {
      if (name) onName(name.toString());
    });
    // E.g. the folder was removed: stop quietly; accesses still re-check the disk.
    watcher.on('error', () => watcher.close());
    return () => watcher.close();
  } catch {
    return () => undefined;
  }
}
