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
import { readOnlyStore } from './readOnlyStore';
import { UsageError } from './usage';

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
  // A damaged settings file is set aside as the app does; like the app's other start-up notices, the CLI does not print it.
  const settings = new SettingsService(readOnlyStore(dataDir, 'settings', []));
  return docxExportFile(letter, variant, settings.get());
}

async function exportFromLibrary(id: string, variant: ExportVariant, dataDir: string): Promise<ExportFile> {
  const { openCliServices } = await import('./openCliServices');
  const services = await openCliServices(dataDir);
  return services.exports.fromLetter(await services.letters.get(id), variant);
}

/** `refs`: a path to a letter file (as stored, or copied elsewhere), or the id of a letter in the library. */
export async function exportCommand(refs: string[], options: ExportOptions): Promise<string> {
  const variant = options.variant as ExportVariant;
  if (!EXPORT_VARIANTS.includes(variant))
    throw new UsageError(`--variant must be one of: ${EXPORT_VARIANTS.join(', ')}.`);
  if (refs.length !== 1) throw new UsageError('export takes one letter file or letter id.');
  if (!options.output) throw new UsageError('export needs -o OUT.docx.');
  const [ref] = refs;
  const file = existsSync(ref)
    ? await exportFile(ref, variant, options.dataDir)
    : await exportFromLibrary(ref, variant, options.dataDir);
  const output = resolve(options.output);
  await writeExportFile(output, file.bytes);
  return `Exported “${file.title}” (${variant}) to ${output}`;
}
