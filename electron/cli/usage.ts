import { defaultDataDir } from '../runtime/dataDir';

export const USAGE = `Usage:
  letterdesk list [--trash] [--data-dir DIR]
  letterdesk export <letter-file | letter-id> --variant editor|bilingual -o OUT.docx [--data-dir DIR]

Letters are stored in ${defaultDataDir()} unless --data-dir or LETTERDESK_DATA_DIR says otherwise.`;

/** A mistake in the command itself: printed with the usage, exit code 2. */
export class UsageError extends Error {}
