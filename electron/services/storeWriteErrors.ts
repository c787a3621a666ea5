import type { JsonStore, OpenStore } from '../storage/jsonStore';
import { describeFsError } from './errors';

/**
 * conf and electron-store throw raw file-system errors when a write fails
 * (full disk, read-only folder). Left as they are, the user would read
 * "something went wrong, please report this"; wrapped, they read what happened
 * and what to do, exactly as for a letter.
 */
export function reportStoreWriteErrors(openStore: OpenStore, dataDir: string): OpenStore {
  return (name) => {
    const store = openStore(name);
    const guarded: JsonStore = {
      get: (key) => store.get(key),
      set: (key, value) => {
        try {
          store.set(key, value);
        } catch (error) {
          // Only the file system's errors are about the disk; anything else (a value
          // JSON.stringify cannot write) must not read as "the disk is full".
          if (!(error as NodeJS.ErrnoException | undefined)?.code) throw error;
          throw describeFsError(
            error,
            { action: 'saveFile', file: `${name}.json` },
            { where: 'dataFolder', folder: dataDir },
          );
        }
      },
      get path() {
        return store.path;
      },
    };
    return guarded;
  };
}
