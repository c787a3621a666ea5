/**
 * Services for the two Node entry points (browser-mode server and CLI): the
 * same services as the Electron app, over `conf` stores instead of electron-store.
 */
import type { Wording } from '../../core/i18n/wording';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../core/contract';
import { createServices, type Services } from '../services/createServices';
import { confStoreOpener } from '../storage/confStore';
import { describeFsError } from '../services/errors';

export interface NodeServiceOptions {
  dataDir: string;
  /** The repository or installed package root, holding `templates/`. */
  appRoot: string;
  mode: AppInfo['mode'];
  version: string;
}

export async function openNodeServices({
  dataDir,
  appRoot,
  mode,
  version,
}: NodeServiceOptions): Promise<Services> {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw describeFsError(error, { action: 'openDataFolder' }, { where: 'path', folder: dataDir });
  }
  const notices: Wording[] = [];
  return createServices({
    dataDir,
    templatesDir: join(appRoot, 'templates'),
    openStore: confStoreOpener(dataDir, notices),
    mode,
    version,
    notices,
  });
}
