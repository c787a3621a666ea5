/**
 * Every kind of stored file, truncated or garbled in turn: LetterDesk still
 * starts, moves the bad file aside with a timestamp (never deletes it), tells
 * the user, and keeps everything stored in the other files.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicationSchema } from '../../core/schemas/publication';
import { makeDataDir, openServices } from '../helpers/services';
import { pressCounsellor } from '../helpers/signatory';
import { english } from '../helpers/english';

type Services = Awaited<ReturnType<typeof openServices>>;

let data: Awaited<ReturnType<typeof makeDataDir>>;
let seeded: string;
const ids = { kept: '', trashed: '' };

/** What the user sees of each stored file, to tell which ones survived. */
function userData(services: Services): Record<string, unknown> {
  return {
    'letters/kept.json': services.letters.list(),
    'trash/trashed.json': services.letters.list(true),
    'signatories.json': services.signatories.list(),
    'settings.json': services.settings.get().letterhead.organisationEn,
    'templates.json': services.templates.userTemplates(),
    'publications.json': services.publications.list(),
    'snippets.json': services.snippets.list(),
    'dictionary.json': services.spelling.words(),
  };
}

beforeAll(async () => {
  data = await makeDataDir();
  seeded = join(data.dir, 'seeded');
  const services = await openServices(seeded);
  services.signatories.save({ ...pressCounsellor(), revision: 0 });
  services.settings.update({ letterhead: { organisationEn: 'Embassy of Examplia', revision: 0 } });
  const kept = await services.letters.create(null);
  await services.letters.save({ ...kept, title: 'Kept letter' });
  services.templates.saveFromLetter(kept, {
    name: 'My template',
    description: '',
    keep: { preface: true, body: true, salutation: true, closing: true },
  });
  services.publications.save(
    publicationSchema.parse({ id: 'examplia-times', nameEn: 'Examplia Times', wordLimit: 250 }),
  );
  services.snippets.save({
    id: 'thanks',
    title: 'Thanks',
    side: 'body',
    content: ['Thank you.'],
    revision: 0,
  });
  services.spelling.addWord('Examplia');
  const trashed = await services.letters.create(null);
  await services.letters.trash(trashed.id);
  Object.assign(ids, { kept: kept.id, trashed: trashed.id });
  // Nothing may still be writing into the folder the tests copy.
  await services.letters.flush();
});
afterAll(() => data.cleanup());

const FILES = [
  'letters/kept.json',
  'trash/trashed.json',
  'signatories.json',
  'settings.json',
  'templates.json',
  'publications.json',
  'snippets.json',
  'dictionary.json',
];

const DAMAGE: Record<string, (text: string) => string> = {
  truncated: (text) => text.slice(0, Math.floor(text.length / 2)),
  garbled: (text) => `\u0000\uFFFD${text.slice(3).replace(/[":]/g, '\u0007')}`,
  'valid JSON of the wrong kind': () => '[1, "two", null]',
};

const realPath = (dir: string, file: string) =>
  join(dir, file.replace('kept', ids.kept).replace('trashed', ids.trashed));

describe.each(Object.entries(DAMAGE))('a %s file', (kind, damage) => {
  it.each(FILES)('%s is set aside with a notice; everything else is kept', async (file) => {
    const reference = await openServices(seeded);
    const before = userData(reference);
    // Write its summary index now: a write left to the 2 s timer could land while `cp` below copies the folder.
    await reference.letters.flush();
    const dir = join(data.dir, `${file.replace(/\W/g, '-')}-${kind.replace(/\W/g, '-')}`);
    await cp(seeded, dir, { recursive: true });
    const path = realPath(dir, file);
    const damaged = damage(await readFile(path, 'utf8'));
    await writeFile(path, damaged);

    const services = await openServices(dir);

    const asides = (await readdir(dirname(path))).filter((name) =>
      name.startsWith(`${basename(path)}.corrupt-`),
    );
    expect(asides).toEqual([expect.stringMatching(/\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/)]);
    expect(await readFile(join(dirname(path), asides[0]), 'utf8')).toBe(damaged);
    expect(english(services.info().notices)).toEqual([expect.stringContaining(asides[0])]);

    expect(english(services.info().notices)[0]).toMatch(/damaged/);
    if (!file.startsWith('letters'))
      expect(english(services.info().notices)[0]).not.toMatch(/holding your data/);

    const after = userData(services);
    for (const other of FILES.filter((f) => f !== file)) expect(after[other], other).toEqual(before[other]);
    // The damaged letter is no longer listed; its copy waits beside it.
    if (file === 'letters/kept.json') expect(after[file]).toEqual([]);
  });
});
