/**
 * Nothing lost when a letter is written from two places: two windows, two
 * processes on one folder, a sync tool. Against the real LetterService over a
 * real folder; "another process" is a second service on the same folder, or a
 * plain file write, as an archive import or a sync client would do it.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import { docToPlainText } from '../../core/document/plainText';
import { LETTER_SCHEMA_VERSION, newBlankLetter, type Letter } from '../../core/letter';
import { parseLetter } from '../../core/schemas/letter';
import { NewerSchemaError } from '../../core/schemas/newerSchemaError';
import { exportCommand } from '../../electron/cli/exportCommand';
import { makeDataDir, openServices } from '../helpers/services';
import { english } from '../helpers/english';

type Services = Awaited<ReturnType<typeof openServices>>;

let data: Awaited<ReturnType<typeof makeDataDir>>;
const opened: Services[] = [];
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((services) => services.letters.close()));
  await data.cleanup();
});

async function open(): Promise<Services> {
  const services = await openServices(data.dir);
  opened.push(services);
  return services;
}

const body = (text: string) => editorDoc([paragraphNode([textNode(text)])]);
const text = (letter: Letter) => docToPlainText(letter.body, () => '');
const path = (place: 'letters' | 'trash', id: string) => join(data.dir, place, `${id}.json`);
const onDisk = async (place: 'letters' | 'trash', id: string) =>
  parseLetter(JSON.parse(await readFile(path(place, id), 'utf8')));
const exists = (place: 'letters' | 'trash', id: string) =>
  readFile(path(place, id)).then(
    () => true,
    () => false,
  );

describe('revisions', () => {
  it('stores revision 1 for a new letter and one more for every save; old files read as 0', async () => {
    const { letters } = await open();
    const created = await letters.create(null);
    expect(created.revision).toBe(1);
    const saved = await letters.save({ ...created, body: body('Second') });
    expect(saved.revision).toBe(2);
    expect((await onDisk('letters', created.id)).revision).toBe(2);

    const { revision: _none, ...old } = newBlankLetter({ id: 'before-revisions', now: new Date() });
    await writeFile(path('letters', old.id), JSON.stringify({ ...old, title: 'Old file' }));
    const fromOldFile = await letters.get(old.id);
    expect(fromOldFile.revision).toBe(0);
    expect((await letters.save({ ...fromOldFile, title: 'Edited' })).revision).toBe(1);
  });

  it('refuses a save based on an older revision, names the letter, and writes nothing', async () => {
    const { letters } = await open();
    const created = await letters.create(null, { publication: 'Le Soir' });
    // Window 1 saves; window 2 still holds the letter as it was created.
    await letters.save({ ...created, title: 'Reply to Le Soir', body: body('Window one') });
    const before = await readFile(path('letters', created.id), 'utf8');

    await expect(letters.save({ ...created, body: body('Window two') })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('The letter “Reply to Le Soir” was changed in another window'),
    });
    expect(await readFile(path('letters', created.id), 'utf8')).toBe(before);
    expect((await readdir(join(data.dir, 'letters'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('never writes an older body back when renames race saves', async () => {
    const { letters } = await open();
    let current = await letters.create(null);
    let saved = 0;
    for (let round = 0; round < 40; round++) {
      const save = () => letters.save({ ...current, body: body(`Body ${round}`) });
      const rename = () => letters.rename(current.id, `Title ${round}`);
      // Both orders: a rename first makes the save stale (refused); a save first is then renamed.
      const [saveResult] =
        round % 2 === 0
          ? await Promise.allSettled([save(), rename()])
          : await Promise.allSettled([rename(), save()]).then(([r, s]) => [s, r]);
      const stored = await onDisk('letters', current.id);
      expect(stored.title).toBe(`Title ${round}`);
      if (saveResult.status === 'fulfilled') {
        saved += 1;
        expect(text(stored)).toBe(`Body ${round}`);
      } else {
        expect(saveResult.reason).toMatchObject({ code: 'conflict' });
        expect(text(stored)).toBe(text(current));
      }
      current = stored;
    }
    expect(saved).toBeGreaterThan(0);
  });
});

describe('changes made by another process', () => {
  it('lists and opens a letter written into letters/ from outside, and shows a changed title', async () => {
    const { letters } = await open();
    const imported = { ...newBlankLetter({ id: 'imported1', now: new Date() }), revision: 1 };
    await writeFile(path('letters', imported.id), JSON.stringify({ ...imported, title: 'From the archive' }));
    // Opened at once, before any watcher had a chance: the disk is checked on access.
    expect((await letters.get(imported.id)).title).toBe('From the archive');

    const other = { ...newBlankLetter({ id: 'imported2', now: new Date() }), revision: 1 };
    await writeFile(path('letters', other.id), JSON.stringify({ ...other, title: 'Synced in' }));
    await expect.poll(() => letters.list().map((summary) => summary.title)).toContain('Synced in');

    await writeFile(
      path('letters', other.id),
      JSON.stringify({ ...other, revision: 2, title: 'Renamed there' }),
    );
    await expect.poll(() => letters.list().map((summary) => summary.title)).toContain('Renamed there');
    await rm(path('letters', other.id));
    await expect.poll(() => letters.list().map((summary) => summary.id)).not.toContain(other.id);
  });

  it('does not overwrite a letter changed on disk since it was opened', async () => {
    const { letters } = await open();
    const mine = await letters.create(null);
    const theirs = { ...mine, revision: mine.revision + 1, body: body('Written by the sync tool') };
    await writeFile(path('letters', mine.id), JSON.stringify(theirs));

    await expect(letters.save({ ...mine, body: body('Typed here') })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(text(await onDisk('letters', mine.id))).toBe('Written by the sync tool');
  });

  it('stores again a letter whose file was deleted elsewhere while it was open', async () => {
    const { letters } = await open();
    const letter = await letters.save({ ...(await letters.create(null)), body: body('Still here') });
    await rm(path('letters', letter.id));
    const saved = await letters.save({ ...letter, body: body('Still here, and more') });
    expect(saved.revision).toBe(1);
    expect(text(await onDisk('letters', letter.id))).toBe('Still here, and more');
    expect(letters.list().map((summary) => summary.id)).toEqual([letter.id]);
  });

  it('refuses to save a letter another process moved to the trash', async () => {
    const first = await open();
    const second = await open();
    const letter = await first.letters.create(null);
    await second.letters.trash(letter.id);

    await expect(first.letters.save({ ...letter, body: body('Late edit') })).rejects.toThrow(/in the trash/);
    expect(await exists('letters', letter.id)).toBe(false);
    expect(text(await onDisk('trash', letter.id))).toBe(text(letter));
  });

  it('never leaves a letter in both letters/ and trash/ when saves race trash and restore', async () => {
    const { letters } = await open();
    let current = await letters.create(null);
    const { id } = current;
    for (let round = 0; round < 20; round++) {
      const save = () => letters.save({ ...current, body: body(`Edit ${round}`) });
      const trash = () => letters.trash(id);
      await Promise.allSettled(round % 2 ? [save(), trash()] : [trash(), save()]);
      expect([await exists('letters', id), await exists('trash', id)]).toEqual([false, true]);
      await letters.restore(id);
      current = await letters.get(id);
    }
  });

  it('keeps one copy when a sync left a letter in both folders, and sets the other aside', async () => {
    const { letters: seed } = await open();
    const letter = await seed.create(null);
    const older = {
      ...letter,
      revision: 3,
      body: body('Trashed on the laptop'),
      deletedAt: letter.updatedAt,
    };
    const newer = { ...letter, revision: 4, body: body('Edited on the desktop') };
    await writeFile(path('trash', letter.id), JSON.stringify(older));
    await writeFile(path('letters', letter.id), JSON.stringify(newer));

    // At access, in a running app…
    expect(text(await seed.get(letter.id))).toBe('Edited on the desktop');
    expect(await exists('trash', letter.id)).toBe(false);
    const asideNames = async (place: 'letters' | 'trash') =>
      (await readdir(join(data.dir, place))).filter((name) => name.includes('.set-aside-'));
    const [aside] = await asideNames('trash');
    expect(text(parseLetter(JSON.parse(await readFile(join(data.dir, 'trash', aside), 'utf8'))))).toBe(
      'Trashed on the laptop',
    );

    // …and at start-up: the same revision, so the later edit wins, wherever it is.
    await seed.close();
    await writeFile(
      path('trash', letter.id),
      JSON.stringify({ ...newer, updatedAt: '2099-01-01T00:00:00.000Z' }),
    );
    const restarted = await open();
    expect(restarted.letters.list(true).map((summary) => summary.id)).toEqual([letter.id]);
    expect(restarted.letters.list().map((summary) => summary.id)).toEqual([]);
    expect(await exists('letters', letter.id)).toBe(false);
    expect(await asideNames('letters')).toHaveLength(1);
    expect(english(restarted.info().notices).join('\n')).toMatch(
      /was in both letters\/ and trash\/.*kept the newer one in trash\/ and set the other aside as .*\.set-aside-.*nothing was deleted/,
    );
  });
});

describe('a letter file from a newer LetterDesk', () => {
  const newer = () => ({
    ...newBlankLetter({ id: 'future', now: new Date() }),
    schemaVersion: LETTER_SCHEMA_VERSION + 1,
    title: 'Written by LetterDesk 9',
    somethingNew: { we: 'do not know' },
  });

  it('is left untouched, not listed, and the user is told to update', async () => {
    const { letters } = await open();
    const kept = await letters.create(null);
    const content = JSON.stringify(newer());
    await writeFile(path('letters', 'future'), content);

    const restarted = await open();
    expect(restarted.letters.list().map((summary) => summary.id)).toEqual([kept.id]);
    expect(english(restarted.info().notices)).toEqual([
      expect.stringContaining(
        'future.json was made by a newer version of LetterDesk — update LetterDesk to open it',
      ),
    ]);
    expect((await readdir(join(data.dir, 'letters'))).sort()).toEqual(
      [`${kept.id}.json`, 'future.json'].sort(),
    );
    expect(await readFile(path('letters', 'future'), 'utf8')).toBe(content);
    await expect(restarted.letters.get('future')).rejects.toThrow(
      /future\.json was made by a newer version of LetterDesk — update LetterDesk to open it/,
    );
    // Every start says so again, until LetterDesk is updated.
    expect(english((await open()).info().notices)).toHaveLength(1);
    expect(await readFile(path('letters', 'future'), 'utf8')).toBe(content);
  });

  it('is told apart from a damaged file, and the command line says the same', async () => {
    expect(() => parseLetter(newer())).toThrow(NewerSchemaError);
    const file = join(data.dir, 'future.json');
    await writeFile(file, JSON.stringify(newer()));
    await expect(
      exportCommand([file], { dataDir: data.dir, variant: 'editor', output: join(data.dir, 'out.docx') }),
    ).rejects.toThrow(`${file} was made by a newer version of LetterDesk — update LetterDesk to open it.`);
  });
});

describe('resolving a conflict', () => {
  async function conflicted() {
    const services = await open();
    const base = await services.letters.create(null);
    const theirs = await services.letters.save({ ...base, title: 'Reply', body: body('Their text') });
    const mine = { ...base, title: 'Reply', body: body('My text') };
    await expect(services.letters.save(mine)).rejects.toMatchObject({ code: 'conflict' });
    return { letters: services.letters, base, theirs, mine };
  }

  it('keep mine: saves mine over theirs and keeps theirs as a copy in the library', async () => {
    const { letters, theirs, mine } = await conflicted();
    const { letter, copy } = await letters.resolveConflict(mine, theirs.revision, 'mine');
    expect(letter.revision).toBe(theirs.revision + 1);
    expect(text(await onDisk('letters', mine.id))).toBe('My text');
    expect(copy.title).toMatch(/^Reply \(their version, .+\)$/);
    expect(text(await letters.get(copy.id))).toBe('Their text');
    expect(
      letters
        .list()
        .map((summary) => summary.id)
        .sort(),
    ).toEqual([mine.id, copy.id].sort());
  });

  it('take theirs: keeps theirs and stores mine as a copy', async () => {
    const { letters, theirs, mine } = await conflicted();
    const { letter, copy } = await letters.resolveConflict(mine, theirs.revision, 'theirs');
    expect(letter).toEqual(theirs);
    expect(await onDisk('letters', mine.id)).toEqual(theirs);
    expect(copy.title).toMatch(/^Reply \(my version, .+\)$/);
    expect(text(await letters.get(copy.id))).toBe('My text');
  });

  it('is refused, writing nothing, if theirs changed again meanwhile', async () => {
    const { letters, theirs, mine } = await conflicted();
    await letters.save({ ...theirs, body: body('Their newer text') });
    await expect(letters.resolveConflict(mine, theirs.revision, 'mine')).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(text(await onDisk('letters', mine.id))).toBe('Their newer text');
    expect(letters.list()).toHaveLength(1);
  });
});
