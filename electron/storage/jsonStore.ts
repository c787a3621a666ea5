/**
 * Settings, signatories and user templates live in small JSON stores:
 * electron-store in the Electron app, its base `conf` everywhere else (same
 * file format, same folder). Services see only this interface, so they never
 * import Electron.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { timestampForFileName } from './timestamp';

export interface JsonStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

/** Opens the store called `name` (file `<name>.json` in the data folder). */
export type OpenStore = (name: string) => JsonStore;

/**
 * Both conf and electron-store refuse to start on a file that is not valid
 * JSON. Before opening one we check it and, if it is damaged, move it aside
 * (kept for the user, never deleted) and report it in `notices`.
 */
/** What each store holds, in the words of the notice the user reads when it is damaged. */
const STORE_CONTENTS: Record<string, string> = {
  settings: 'settings (letterhead, house style)',
  signatories: 'signatories',
  templates: 'own templates',
  publications: 'publication profiles',
  snippets: 'standard paragraphs',
  dictionary: 'office dictionary',
};

export function quarantineIfCorrupt(filePath: string, notices: string[]): void {
  if (!existsSync(filePath)) return;
  try {
    const parsed: unknown = JSON.parse(readFileSync(filePath, 'utf8'));
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return;
  } catch {
    // fall through: unreadable or not JSON
  }
  const backup = `${filePath}.corrupt-${timestampForFileName()}`;
  renameSync(filePath, backup);
  const contents = STORE_CONTENTS[basename(filePath, '.json')] ?? 'data';
  notices.push(
    `The file holding your ${contents}, ${filePath}, was damaged and could not be read. ` +
      `LetterDesk kept the damaged file as ${backup} and started afresh; ` +
      `the rest of your data is unaffected.`,
  );
}

export function storeFilePath(dataDir: string, name: string): string {
  return join(dataDir, `${name}.json`);
}
