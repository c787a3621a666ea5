/**
 * Reads a seed file shipped in `templates/seed/`: examples a store starts with
 * on first use. A damaged file is reported and skipped, never fatal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readSeed<T>(
  templatesDir: string,
  name: string,
  key: string,
  parse: (raw: unknown) => T,
  notices: string[],
): T[] {
  const path = join(templatesDir, 'seed', `${name}.json`);
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const items = raw[key];
    if (!Array.isArray(items)) throw new Error(`expected a "${key}" list`);
    return items.map(parse);
  } catch (error) {
    notices.push(
      `The example ${name} in ${path} could not be read (${(error as Error).message}); none were added.`,
    );
    return [];
  }
}
