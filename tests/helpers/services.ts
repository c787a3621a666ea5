import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from '../../electron/services/createServices';
import { confStoreOpener } from '../../electron/storage/confStore';
import type { Wording } from '../../core/i18n/wording';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A fresh, real data folder under the system temp dir. */
export async function makeDataDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'letterdesk-test-'));
  // Retries: a service's delayed summary-index write may still land in the folder while it is removed.
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }) };
}

/** The real services over `dataDir`, as the server and CLI open them, with an optional clock. */
export function openServices(dataDir: string, now?: () => Date) {
  const notices: Wording[] = [];
  return createServices({
    dataDir,
    templatesDir: join(REPO_ROOT, 'templates'),
    openStore: confStoreOpener(dataDir, notices),
    mode: 'browser',
    version: 'test',
    notices,
    now,
  });
}

export const REBUTTAL_TEMPLATE = 'letter-to-the-editor-rebuttal';
