/**
 * `letterdesk`: the library from the command line, for scripts and batch work.
 * Same services as the app; nothing here that the app does differently.
 *
 *   letterdesk list [--trash] [--data-dir DIR]
 *   letterdesk export <letter-file | letter-id> --variant editor|bilingual|chinese -o out.docx|- [--data-dir DIR]
 *
 * Each command is imported only when it runs, so a script exporting one file
 * does not pay for loading the whole library's services.
 */
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../runtime/dataDir';
import { USAGE, UsageError, type CommandReport } from './usage';

async function run(argv: string[]): Promise<string | CommandReport> {
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

  const dataDir = values['data-dir'] ?? defaultDataDir();
  if (command === 'list') return (await import('./listCommand')).listCommand(dataDir, values.trash);
  if (command === 'export')
    return (await import('./exportCommand')).exportCommand(rest, {
      dataDir,
      variant: values.variant,
      output: values.output,
    });
  throw new UsageError(`Unknown command “${command}”.`);
}

run(process.argv.slice(2)).then(
  (output) => {
    const { message, to } = typeof output === 'string' ? { message: output, to: 'stdout' } : output;
    (to === 'stderr' ? console.error : console.log)(message);
  },
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
