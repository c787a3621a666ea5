/**
 * The app's services for the in-process figures: opened over a data folder as
 * the browser-mode app opens them (no Electron), from this checkout's files.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appVersion, findAppRoot } from '../electron/runtime/appRoot';
import { openNodeServices } from '../electron/runtime/openNodeServices';
import type { Services } from '../electron/services/createServices';

export function openBenchServices(dataDir: string): Promise<Services> {
  const appRoot = findAppRoot(import.meta.url);
  return openNodeServices({ dataDir, appRoot, mode: 'browser', version: appVersion(appRoot) });
}

/**
 * Runs `run` in a new, empty data folder, removed afterwards (with retries: a
 * cache write may still be closing its file). `run` opens the services itself,
 * as often as it needs: a figure may time a freshly opened app.
 */
export async function inEmptyDataFolder<T>(run: (dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'letterdesk-bench-'));
  try {
    return await run(dataDir);
  } finally {
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
