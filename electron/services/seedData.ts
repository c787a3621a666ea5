/**
 * Reads a seed file shipped in `templates/seed/`: examples a store starts with
 * on first use. A damaged file is reported and skipped, never fatal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineMessages, wording, type Wording } from '../../core/i18n/wording';

const messages = defineMessages({
  unreadable: {
    id: 'notice.seed.unreadable',
    defaultMessage:
      'The example {name, select, publications {publications} snippets {snippets} terms {terms} other {{name}}} in {path} could not be read ({detail}); none were added.',
  },
});

export function readSeed<T>(
  templatesDir: string,
  name: string,
  key: string,
  parse: (raw: unknown) => T,
  notices: Wording[],
): T[] {
  const path = join(templatesDir, 'seed', `${name}.json`);
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const items = raw[key];
    if (!Array.isArray(items)) throw new Error(`expected a "${key}" list`);
    return items.map(parse);
  } catch (error) {
    notices.push(wording(messages.unreadable, { name, path, detail: (error as Error).message }));
    return [];
  }
}
