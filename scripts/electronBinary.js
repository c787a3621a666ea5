// Finds the Electron executable without `require('electron')`: since Electron 42
// that require downloads the binary when it is missing, and this machine may
// have no internet. Shared by scripts/start.js and tests/electron.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));

/**
 * The path of the installed Electron executable, or null if it is not installed
 * (Electron 45's package has no install script: the binary comes only with
 * `npx install-electron`, or on the first `require('electron')`).
 * Follows node_modules/electron/index.js: `path.txt` names the executable inside
 * `dist/` (or inside ELECTRON_OVERRIDE_DIST_PATH).
 * @returns {string | null}
 */
export function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

/** One line saying why there is no desktop window and how to get one. */
export const NO_ELECTRON_BINARY =
  'Electron binary not installed on this machine (npm install does not fetch it); ' +
  'run `npx install-electron` where downloads are possible to get the desktop app.';
