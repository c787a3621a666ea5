/**
 * Settings, signatories and user templates live in small JSON stores:
 * electron-store in the Electron app, its base `conf` everywhere else (same
 * file format, same folder). Services see only this interface, so they never
 * import Electron.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { defineMessages, wording, type Wording } from '../../core/i18n/wording';
import { nestsDeeperThan } from '../../core/jsonDepth';
import { timestampForFileName } from './timestamp';

export interface JsonStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

/** Opens the store called `name` (file `<name>.json` in the data folder). */
export type OpenStore = (name: string) => JsonStore;

const messages = defineMessages({
  setAside: {
    id: 'notice.store.setAside',
    defaultMessage:
      'The file holding your {store, select, settings {settings (letterhead, house style, interface language)} signatories {signatories} templates {own templates} publications {publication profiles} snippets {standard paragraphs} dictionary {office dictionary} other {data}}, {path}, {reason, select, damaged {was damaged} tooDeep {holds data nested more than {depth} levels deep, which LetterDesk never writes,} other {could not be loaded ({detail})}} and could not be read. LetterDesk kept the damaged file as {backup} and started afresh; the rest of your data is unaffected.',
  },
});

/** Why a store was set aside, as message values (the message words each). */
export type SetAsideReason =
  { reason: 'damaged' } | { reason: 'tooDeep'; depth: number } | { reason: 'notLoaded'; detail: string };

/**
 * Deeper than anything LetterDesk writes (a template's documents are bounded
 * at ~90 levels, see core/schemas/editorDoc.ts), far short of the depth at
 * which JSON.stringify overflows the stack (a few thousand): a store nested
 * deeper could be read but never written again.
 */
const MAX_STORE_DEPTH = 128;

/**
 * Both conf and electron-store refuse to start on a file that is not valid
 * JSON. Before opening one we check it and, if it is damaged, move it aside
 * (kept for the user, never deleted) and report it in `notices`.
 * A store nested too deeply to ever be written again is set aside the same way.
 */
export function quarantineIfCorrupt(filePath: string, notices: Wording[]): void {
  if (!existsSync(filePath)) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch {
    // unreadable or not JSON
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    setStoreAside(filePath, notices, { reason: 'damaged' });
  } else if (nestsDeeperThan(parsed, MAX_STORE_DEPTH)) {
    setStoreAside(filePath, notices, { reason: 'tooDeep', depth: MAX_STORE_DEPTH });
  }
}

/**
 * Moves a store file LetterDesk cannot use to `<name>.json.corrupt-<time>`
 * (kept for the user, never deleted) and says so; the store starts empty.
 * The notice names the store by its file name (`settings` → "your settings").
 */
export function setStoreAside(filePath: string, notices: Wording[], why: SetAsideReason): void {
  if (!existsSync(filePath)) return;
  const backup = `${filePath}.corrupt-${timestampForFileName()}`;
  renameSync(filePath, backup);
  notices.push(
    wording(messages.setAside, { store: basename(filePath, '.json'), path: filePath, backup, ...why }),
  );
}

export function storeFilePath(dataDir: string, name: string): string {
  return join(dataDir, `${name}.json`);
}
