import { readFileSync } from 'node:fs';
import { defineMessages, wording, type Wording } from '../../core/i18n/wording';
import { storeFilePath, type JsonStore } from '../storage/jsonStore';

const messages = defineMessages({
  damaged: {
    id: 'notice.store.damagedReadAsEmpty',
    defaultMessage: '{path} is damaged ({detail}); it was read as empty and left as it is.',
  },
});

/**
 * A store read the way conf reads it (`<name>.json` in the data folder; no
 * file, no values), for a command that only reads: importing conf and its
 * schema validator would cost the CLI's export more than building the DOCX.
 * It creates, moves and writes nothing, since the app may have the folder
 * open: a damaged file reads as empty (with a notice) and is left for the
 * app to set aside.
 */
export function readOnlyStore(dataDir: string, name: string, notices: Wording[]): JsonStore {
  const path = storeFilePath(dataDir, name);
  let values: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    values = parsed as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Missing: no values, as conf has it. Unreadable (permissions…): say so rather than guess.
    if (code && code !== 'ENOENT') throw error;
    if (!code) notices.push(wording(messages.damaged, { path, detail: (error as Error).message }));
  }
  return {
    path,
    get: (key) => (Object.hasOwn(values, key) ? values[key] : undefined),
    set: () => {
      throw new Error(`LetterDesk opened ${path} read-only.`);
    },
  };
}
