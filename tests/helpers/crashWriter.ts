/**
 * Child process for the crash-during-save test (bundled by the test, run by
 * plain Node): opens the real letter library over a data folder and autosaves one
 * letter in a tight loop, each version a different size, until it is killed.
 * Usage: node crashWriter.mjs <dataDir> <templatesDir> <letterId>
 */
import type { Wording } from '../../core/i18n/wording';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import { LetterService } from '../../electron/services/letterService';
import { TemplateService } from '../../electron/services/templateService';

/** The body of version `n`: its text says which version it is, so a torn mix is detectable. */
export function versionBody(n: number) {
  const line = `version ${n} `.repeat(50 + (n % 200));
  return editorDoc([paragraphNode([textNode(line)])]);
}

async function main(): Promise<void> {
  const [dataDir, templatesDir, id] = process.argv.slice(2);
  // Only the letter library, not every service: the child is started 100
  // times, and a smaller bundle starts faster. Saves never touch templates.
  const notices: Wording[] = [];
  const noStore = { get: () => undefined, set: () => undefined, path: '' };
  const letters = await LetterService.open({
    dataDir,
    templates: await TemplateService.open(templatesDir, noStore, notices),
    defaultSignatory: () => null,
    notices,
  });
  let letter = await letters.get(id);
  process.stdout.write('ready\n');
  for (let n = 1; ; n++) {
    // Each save is based on the one before, as the app's autosave is.
    letter = await letters.save({ ...letter, title: `v${n}`, body: versionBody(n) });
  }
}

if (process.argv[1]?.includes('crashWriter')) void main();
