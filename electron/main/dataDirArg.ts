import { resolve } from 'node:path';
import { defaultDataDir } from '../runtime/dataDir';

/**
 * The data folder for the desktop app: `--data-dir DIR` (as in browser mode
 * and the CLI), else LETTERDESK_DATA_DIR, else the shared default. Electron's
 * argv also carries Chromium switches and the app path, so only our flag is read.
 */
export function electronDataDir(argv: string[], env: NodeJS.ProcessEnv = process.env): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir' && argv[i + 1]) return resolve(argv[i + 1]);
    if (arg.startsWith('--data-dir=') && arg.length > '--data-dir='.length)
      return resolve(arg.slice('--data-dir='.length));
  }
  return resolve(defaultDataDir(env));
}
