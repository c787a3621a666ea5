/**
 * `letterdesk`: the library from the command line, for scripts and batch work.
 * Same services as the app; nothing here that the app does differently.
 *
 *   letterdesk list [--trash] [--data-dir DIR]
 *   letterdesk export <letter-file | letter-id> --variant editor|bilingual -o out.docx [--data-dir DIR]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_VARIANTS, type ExportVariant } from '../../core/contract';
import { parseLetter, type Letter } from '../../core/letter';
import { writeExportFile } from '../services/exportService';
import { appVersion, findAppRoot } from '../runtime/appRoot';
import { defaultDataDir } from '../runtime/dataDir';
import { openNodeServices } from '../runtime/openNodeServices';
import type { Services } from '../services/createServices';

const USAGE = `Usage:
  letterdesk list [--trash] [--data-dir DIR]
  letterdesk export <letter-file | letter-id> --variant editor|bilingual -o OUT.docx [--data-dir DIR]

Letters are stored in ${defaultDataDir()} unless --data-dir or LETTERDESK_DATA_DIR says otherwise.`;

class UsageError extends Error {}

function listLetters(services: Services, trash: boolean): string {
  const rows = services.letters.list(trash);
  if (!rows.length) return trash ? 'The trash is empty.' : 'No letters yet.';
  return rows
    .map((l) =>
      [
        l.id,
        l.status.padEnd(5),
        l.updatedAt.slice(0, 16).replace('T', ' '),
        l.publication || '-',
        l.title,
      ].join('  '),
    )
    .join('\n');
}

/** A path to a letter file (as stored, or copied elsewhere), or the id of a letter in the library. */
async function loadLetter(services: Services, ref: string): Promise<Letter> {
  if (existsSync(ref)) {
    try {
      return parseLetter(JSON.parse(readFileSync(ref, 'utf8')));
    } catch (error) {
      throw new Error(`${ref} is not a LetterDesk letter file: ${(error as Error).message}`);
    }
  }
  return services.letters.get(ref);
}

async function run(argv: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      variant: { type: 'string', default: 'editor' },
      output: { type: 'string', short: 'o' },
      trash: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) return USAGE;

  const appRoot = findAppRoot(import.meta.url);
  const services = await openNodeServices({
    dataDir: values['data-dir'] ?? defaultDataDir(),
    appRoot,
    mode: 'browser',
    version: appVersion(appRoot),
  });

  if (command === 'list') return listLetters(services, values.trash);
  if (command === 'export') {
    const variant = values.variant as ExportVariant;
    if (!EXPORT_VARIANTS.includes(variant))
      throw new UsageError(`--variant must be one of: ${EXPORT_VARIANTS.join(', ')}.`);
    if (rest.length !== 1) throw new UsageError('export takes one letter file or letter id.');
    if (!values.output) throw new UsageError('export needs -o OUT.docx.');
    const letter = await loadLetter(services, rest[0]);
    const file = await services.exports.fromLetter(letter, variant);
    const output = resolve(values.output);
    await writeExportFile(output, file.bytes);
    return `Exported “${file.title}” (${variant}) to ${output}`;
  }
  throw new UsageError(`Unknown command “${command}”.`);
}

run(process.argv.slice(2)).then(
  (output) => console.log(output),
  (error: Error) => {
    console.error(`letterdesk: ${error.message}`);
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`\n${USAGE}`);
      process.exitCode = 2;
    } else {
      process.exitCode = 1;
    }
  },
);
