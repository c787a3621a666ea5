/**
 * `letterdesk export`. A letter file needs only the settings (letterhead and
 * house style) besides the letter, so it reads just those and never opens the
 * library; a letter id opens every service, as the app does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXPORT_VARIANTS, type ExportVariant } from '../../core/exportVariants';
import { type Letter } from '../../core/letter';
import { parseLetter } from '../../core/schemas/letter';
import { NewerSchemaError } from '../../core/schemas/newerSchemaError';
import { docxExportFile, type ExportFile } from '../services/docxExportFile';
import { writeExportFile } from '../services/writeExportFile';
import { SettingsService } from '../services/settingsService';
import { requireLibraryFolder } from './libraryFolder';
import { readOnlyStore } from './readOnlyStore';
import { UsageError, type CommandReport } from './usage';

export interface ExportOptions {
  dataDir: string;
  variant: string;
  output?: string;
}

function readLetterFile(path: string): Letter {
  try {
    return parseLetter(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    if (error instanceof NewerSchemaError) throw new Error(`${path} was ${error.message}.`);
    throw new Error(`${path} is not a LetterDesk letter file: ${(error as Error).message}`);
  }
}

/** What `services.exports.fromLetter` builds, from the settings store alone. */
async function exportFile(path: string, variant: ExportVariant, dataDir: string): Promise<ExportFile> {
  const letter = readLetterFile(path);
  // Read-only, as the app may hold the folder: a damaged settings file reads as the defaults and is left for the app to set aside.
  const settings = new SettingsService(readOnlyStore(dataDir, 'settings', []));
  return docxExportFile(letter, variant, settings.get());
}

async function exportFromLibrary(id: string, variant: ExportVariant, dataDir: string): Promise<ExportFile> {
  requireLibraryFolder(dataDir);
  const { openCliServices } = await import('./openCliServices');
  const services = await openCliServices(dataDir);
  return services.exports.fromLetter(await services.letters.get(id), variant);
}

/** `-o -`: the document goes to standard output, for a pipe; so nothing else may. */
const STDOUT = '-';

/** Resolves once the bytes are handed to the pipe, so the process does not exit with them unwritten. */
function writeStdout(bytes: Uint8Array): Promise<void> {
  return new Promise((done, fail) => process.stdout.write(bytes, (error) => (error ? fail(error) : done())));
}

/** `refs`: a path to a letter file (as stored, or copied elsewhere), or the id of a letter in the library. */
export async function exportCommand(refs: string[], options: ExportOptions): Promise<CommandReport> {
  const variant = options.variant as ExportVariant;
  if (!EXPORT_VARIANTS.includes(variant))
    throw new UsageError(`--variant must be one of: ${EXPORT_VARIANTS.join(', ')}.`);
  if (refs.length !== 1) throw new UsageError('export takes one letter file or letter id.');
  if (!options.output) throw new UsageError('export needs -o OUT.docx (or -o - for standard output).');
  if (options.output === STDOUT && process.stdout.isTTY)
    throw new UsageError(
      '-o - writes the document to standard output, which is a terminal here: redirect or pipe it.',
    );
  const [ref] = refs;
  const file = existsSync(ref)
    ? await exportFile(ref, variant, options.dataDir)
    : await exportFromLibrary(ref, variant, options.dataDir);
  if (options.output === STDOUT) {
    await writeStdout(file.bytes);
    return { message: `Exported “${file.title}” (${variant}) to standard output`, to: 'stderr' };
  }
  const output = resolve(options.output);
  await writeExportFile(output, file.bytes);
  return { message: `Exported “${file.title}” (${variant}) to ${output}`, to: 'stdout' };
}
