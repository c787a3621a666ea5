import Conf from 'conf';
import type { Wording } from '../../core/i18n/wording';
import { quarantineIfCorrupt, storeFilePath, type OpenStore } from './jsonStore';

/**
 * The store used outside Electron (browser mode, CLI, tests): `conf`, the
 * library electron-store is built on, writing the same `<name>.json` files.
 */
export function confStoreOpener(dataDir: string, notices: Wording[]): OpenStore {
  return (name) => {
    quarantineIfCorrupt(storeFilePath(dataDir, name), notices);
    return new Conf<Record<string, unknown>>({ cwd: dataDir, configName: name, projectName: 'letterdesk' });
  };
}
