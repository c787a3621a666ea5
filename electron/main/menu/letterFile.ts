/**
 * The letter a file names, for files the system asks LetterDesk to open
 * (macOS `open-file`, from the Dock's or Finder's recent documents). Only a
 * letter file directly in the library's letters folder counts; the page then
 * opens the letter by its id through the services, never this path.
 */
import { basename, dirname, resolve } from 'node:path';
import { isLetterId } from '../../../core/commands';

export function letterIdFromFile(path: string, lettersDir: string): string | null {
  const file = resolve(path);
  if (dirname(file) !== resolve(lettersDir)) return null;
  const name = basename(file);
  if (!name.endsWith('.json')) return null;
  const id = name.slice(0, -'.json'.length);
  return isLetterId(id) ? id : null;
}

/** Where a letter's file is, for the system's recent documents. */
export function letterFilePath(lettersDir: string, id: string): string {
  return resolve(lettersDir, `${id}.json`);
}
