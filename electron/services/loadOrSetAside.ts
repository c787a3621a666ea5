/**
 * Nothing stored may stop LetterDesk from starting. A store file can be valid
 * JSON (so quarantineIfCorrupt lets it through) and still make the service
 * reading it throw: wrong types where a parser does not expect them, a value
 * its walkers cannot handle. The service is built and made to read its store
 * once; if that throws, the file is set aside like a damaged one and the
 * service starts over an empty store.
 */
import { defineMessages, wording, type Wording } from '../../core/i18n/wording';
import { UserFacingError } from './errors';
import { setStoreAside, storeFilePath, type JsonStore, type OpenStore } from '../storage/jsonStore';

const messages = defineMessages({
  readAsEmpty: {
    id: 'notice.store.readAsEmpty',
    defaultMessage: '{path} could not be loaded ({detail}); it was read as empty and left as it is.',
  },
});

export async function loadOrSetAside<T>(
  openStore: OpenStore,
  dataDir: string,
  name: string,
  notices: Wording[],
  /** Builds the service and reads what it will serve (the read is what may throw). */
  load: (store: JsonStore) => T | Promise<T>,
  /** The command line beside the app: a store that fails is read as empty and left where it is. */
  readOnly = false,
): Promise<T> {
  let path = storeFilePath(dataDir, name);
  try {
    const store = openStore(name);
    path = store.path;
    return await load(store);
  } catch (error) {
    // A failed write (full disk, read-only folder) says nothing about the file: keep it, report as usual.
    if (error instanceof UserFacingError && error.code === 'storage') throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (readOnly) {
      notices.push(wording(messages.readAsEmpty, { path, detail: reason.slice(0, 200) }));
      return load(emptyReadOnlyStore(path));
    }
    setStoreAside(path, notices, { reason: 'notLoaded', detail: reason.slice(0, 200) });
    return load(openStore(name));
  }
}

function emptyReadOnlyStore(path: string): JsonStore {
  return {
    path,
    get: () => undefined,
    set: () => {
      throw new Error(`LetterDesk opened ${path} read-only.`);
    },
  };
}
