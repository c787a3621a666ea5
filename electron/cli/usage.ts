import { EXPORT_VARIANTS } from '../../core/exportVariants';
import { defaultDataDir } from '../runtime/dataDir';

export const USAGE = `Usage:
  letterdesk list [--trash] [--data-dir DIR]
  letterdesk export <letter-file | letter-id> --variant ${EXPORT_VARIANTS.join('|')} -o OUT.docx [--data-dir DIR]

-o - writes the document to standard output (messages go to standard error).
Letters are stored in ${defaultDataDir()} unless --data-dir or LETTERDESK_DATA_DIR says otherwise.`;

/** What a command prints: on standard error when its output went to standard output. */
export interface CommandReport {
  message: string;
  to: 'stdout' | 'stderr';
}

/** A mistake in the command itself: printed with the usage, exit code 2. */
export class UsageError extends Error {}
