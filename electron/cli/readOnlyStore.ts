import { readFileSync } from 'node:fs';
import { quarantineIfCorrupt, storeFilePath, type JsonStore } from '../storage/jsonStore';

/**
 * A store read the way conf reads it (`<name>.json` in the data folder; no
 * file, no values), for a command that only reads: importing conf and its
 * schema validator would cost the CLI's export more than building the DOCX.
 * A damaged file is moved aside exactly as when the app opens it. Creates nothing.
 */
export function readOnlyStore(dataDir: string, name: string, notices: string[]): JsonStore {
  const path = storeFilePath(dataDir, name);
  quarantineIfCorrupt(path, notices);
  let values: Record<string, unknown> = {};
  try {
    values = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return {
    path,
    get: (key) => (Object.hasOwn(values, key) ? values[key] : undefined),
    set: () => {
      throw new Error(`LetterDesk opened ${path} read-only.`);
    },
  };
}
