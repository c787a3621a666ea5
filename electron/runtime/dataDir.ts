import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'LetterDesk';

/**
 * Where letters live when no folder is given: the same folder Electron uses as
 * `userData` for the desktop app, so browser mode, the CLI and the app share
 * one library. (Electron: `appData/productName`.)
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.LETTERDESK_DATA_DIR) return env.LETTERDESK_DATA_DIR;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}
