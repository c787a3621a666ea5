/**
 * `node out/main/server.js [--data-dir DIR] [--port N]`: LetterDesk in browser
 * mode. `npm start` runs this where no Electron binary is installed.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { appVersion, findAppRoot } from '../runtime/appRoot';
import { lockDataFolder } from '../runtime/dataFolderLock';
import { defaultDataDir } from '../runtime/dataDir';
import { openNodeServices } from '../runtime/openNodeServices';
import { startBrowserServer } from './browserServer';
import { inEnglish } from '../../core/i18n/wording';

async function main() {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const appRoot = findAppRoot(import.meta.url);
  const dataDir = values['data-dir'] ?? defaultDataDir();
  // Before anything reads the folder: a second server (or the app) on it would overwrite its saves.
  const lock = await lockDataFolder(dataDir, 'server', {
    onCompromised: () => {
      console.error(
        `LetterDesk stopped: another program took over the data folder ${dataDir}, so this server must not write to it any more.`,
      );
      process.exit(1);
    },
  });
  const services = await openNodeServices({
    dataDir,
    appRoot,
    mode: 'browser',
    version: appVersion(appRoot),
  });
  const server = await startBrowserServer({
    services,
    rendererDir: join(appRoot, 'out', 'renderer'),
    port: values.port ? Number(values.port) : 0,
  });
  console.log(`LetterDesk is running in browser mode at ${server.url}`);
  console.log(`Letters are stored in ${dataDir}. Press Ctrl+C to stop.`);
  for (const notice of services.info().notices) console.log(`Notice: ${inEnglish(notice)}`);
  services.letters.indexForSearchSoon();
  const stop = () =>
    void server
      .close()
      .then(() => services.letters.flush())
      .then(() => lock.release())
      .then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`LetterDesk could not start: ${error.message}`);
  process.exit(1);
});
