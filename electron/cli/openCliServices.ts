import type { Wording } from '../../core/i18n/wording';
import { appVersion, findAppRoot } from '../runtime/appRoot';
import { join } from 'node:path';
import { createServices, type Services } from '../services/createServices';
import { readOnlyStore } from './readOnlyStore';

/**
 * Every service over the library, as the app opens them, but read-only: the
 * command line's `list` and `export` take no lock (they work while the app
 * runs), so they must not write anything in the data folder, nor create it.
 */
export async function openCliServices(dataDir: string): Promise<Services> {
  const appRoot = findAppRoot(import.meta.url);
  const notices: Wording[] = [];
  return createServices({
    dataDir,
    templatesDir: join(appRoot, 'templates'),
    openStore: (name) => readOnlyStore(dataDir, name, notices),
    mode: 'browser',
    version: appVersion(appRoot),
    notices,
    readOnly: true,
  });
}
