import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docToPlainText } from '../../core/document/plainText';
import { resolvePlaceholder } from '../../core/placeholders';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { pressCounsellor } from '../helpers/signatory';
import { english } from '../helpers/english';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

const signatory = pressCounsellor({
  organisationEn: 'Embassy of the Republic of Examplia',
  organisationZh: '驻比利时使馆',
});

describe('letters', () => {
  it('creates a letter from the template with the default signatory and placeholders', async () => {
    const services = await openServices(data.dir);
    services.signatories.save({ ...signatory, revision: 0 });
    const letter = await services.letters.create(REBUTTAL_TEMPLATE, { publication: 'EUobserver' });

    expect(letter.signatory?.nameEn).toBe('Li Ming');
    expect(letter.salutation).toBe('Dear Sir/Madam,');
    expect(letter.closing).toBe('Yours sincerely,');
    const body = docToPlainText(letter.body, (key) => resolvePlaceholder(key, letter).text);
    expect(body).toContain('published in EUobserver on [article date]');
    expect(body).toContain('The Embassy of the Republic of Examplia has taken note');
    const preface = docToPlainText(letter.preface, (key) => resolvePlaceholder(key, letter).text);
    expect(preface.split('\n')[0]).toBe('《[报刊中文名]》刊登驻比利时使馆批驳该报有关“……”报道的信函');

    const files = await readdir(join(data.dir, 'letters'));
    expect(files).toEqual([`${letter.id}.json`]);
  });

  it('sets the letter date once, at creation, and keeps it on reopening', async () => {
    const services = await openServices(data.dir);
    const letter = await services.letters.create(null);
    expect(letter.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await services.letters.save({ ...letter, date: '2020-05-08' });
    const reopened = await openServices(data.dir);
    expect((await reopened.letters.get(letter.id)).date).toBe('2020-05-08');
  });

  it('autosaves and reloads a letter exactly, after a restart', async () => {
    const services = await openServices(data.dir);
    const letter = await services.letters.create(REBUTTAL_TEMPLATE);
    const edited = {
      ...letter,
      title: 'Reply to EUobserver',
      fields: {
        ...letter.fields,
        publication: 'EUobserver',
        publicationZh: '欧盟观察网',
        articleDate: '2020-05-06',
      },
      salutation: 'Dear Sir/Madame,',
    };
    const saved = await services.letters.save(edited);

    const restarted = await openServices(data.dir);
    expect(await restarted.letters.get(letter.id)).toEqual(saved);
    expect(restarted.letters.list().map((l) => l.title)).toEqual(['Reply to EUobserver']);
  });

  it('does not write a save that changes nothing: the revision and "last changed" time stay', async () => {
    const services = await openServices(data.dir);
    const letter = await services.letters.create(REBUTTAL_TEMPLATE);
    const file = join(data.dir, 'letters', `${letter.id}.json`);
    const before = await readFile(file, 'utf8');
    // As a window sends it: its own "last changed" time, keys in another order, an undefined field.
    const reordered = Object.fromEntries(Object.entries(letter).reverse()) as typeof letter;
    const again = await services.letters.save({
      ...reordered,
      updatedAt: '2001-01-01T00:00:00.000Z',
      deletedAt: undefined,
    });
    expect(again).toMatchObject({ revision: letter.revision, updatedAt: letter.updatedAt });
    expect(await readFile(file, 'utf8')).toBe(before);

    // So a second window on the same revision still saves without a conflict; that one is a change.
    const edited = await services.letters.save({ ...letter, title: 'Reply to EUobserver' });
    expect(edited.revision).toBe(letter.revision + 1);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ title: 'Reply to EUobserver' });
  });

  it('writes one file per letter, so a save touches only that letter', async () => {
    const services = await openServices(data.dir);
    const a = await services.letters.create(null);
    const b = await services.letters.create(null);
    const before = await readFile(join(data.dir, 'letters', `${b.id}.json`), 'utf8');
    await services.letters.save({ ...a, title: 'changed' });
    expect(await readFile(join(data.dir, 'letters', `${b.id}.json`), 'utf8')).toBe(before);
    expect((await readdir(join(data.dir, 'letters'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('lists newest first, renames and duplicates', async () => {
    let clock = Date.parse('2026-01-01T10:00:00Z');
    const services = await openServices(data.dir, () => new Date((clock += 1000)));
    const first = await services.letters.create(null, { publication: 'Le Soir' });
    const second = await services.letters.create(null, { publication: 'EUobserver' });
    expect(services.letters.list().map((l) => l.id)).toEqual([second.id, first.id]);

    await services.letters.rename(first.id, '  Reply to Le Soir ');
    expect(services.letters.list()[0]).toMatchObject({ id: first.id, title: 'Reply to Le Soir' });

    const copy = await services.letters.duplicate(first.id);
    expect(copy.id).not.toBe(first.id);
    expect(copy.title).toBe('Reply to Le Soir (copy)');
    expect(services.letters.list()).toHaveLength(3);
  });

  it('moves deleted letters to the trash, restores them and empties the trash', async () => {
    const services = await openServices(data.dir);
    const keep = await services.letters.create(null, { publication: 'Keep' });
    const doomed = await services.letters.create(null, { publication: 'Doomed' });

    const trashed = await services.letters.trash(doomed.id);
    expect(trashed.deletedAt).toBeTruthy();
    expect(services.letters.list().map((l) => l.id)).toEqual([keep.id]);
    expect(services.letters.list(true).map((l) => l.id)).toEqual([doomed.id]);
    await expect(services.letters.save(doomed)).rejects.toThrow(/in the trash/);

    await services.letters.restore(doomed.id);
    expect(
      services.letters
        .list()
        .map((l) => l.id)
        .sort(),
    ).toEqual([keep.id, doomed.id].sort());
    expect((await services.letters.get(doomed.id)).deletedAt).toBeUndefined();

    await services.letters.trash(doomed.id);
    expect(await services.letters.emptyTrash()).toEqual({ removed: 1 });
    expect(await readdir(join(data.dir, 'trash'))).toEqual([]);
    await expect(services.letters.get(doomed.id)).rejects.toThrow(/not found/);
  });

  it('moves a damaged letter file aside, says so, and keeps the rest', async () => {
    const services = await openServices(data.dir);
    const good = await services.letters.create(null, { publication: 'Good' });
    const bad = await services.letters.create(null, { publication: 'Bad' });
    const badPath = join(data.dir, 'letters', `${bad.id}.json`);
    await writeFile(badPath, (await readFile(badPath, 'utf8')).slice(0, 40));

    const restarted = await openServices(data.dir);
    expect(restarted.letters.list().map((l) => l.id)).toEqual([good.id]);
    const [notice] = english(restarted.info().notices);
    expect(notice).toContain(`${bad.id}.json was damaged`);
    const files = await readdir(join(data.dir, 'letters'));
    expect(files.some((f) => f.startsWith(`${bad.id}.json.corrupt-`))).toBe(true);
  });

  it('refuses a letter file whose content fails the schema, naming the field', async () => {
    const services = await openServices(data.dir);
    const letter = await services.letters.create(null);
    const path = join(data.dir, 'letters', `${letter.id}.json`);
    await writeFile(path, JSON.stringify({ ...letter, status: 'sent' }));
    const restarted = await openServices(data.dir);
    expect(english(restarted.info().notices)[0]).toMatch(/field "status"/);
  });
});

describe('stores', () => {
  it('moves a damaged settings store aside and starts with defaults', async () => {
    await writeFile(join(data.dir, 'signatories.json'), '{"signatories": [');
    const services = await openServices(data.dir);
    expect(services.signatories.list()).toEqual({ signatories: [], defaultId: null, defaultRevision: 0 });
    expect(english(services.info().notices)[0]).toMatch(
      /your signatories, .*signatories\.json, was damaged.*kept the damaged file as/,
    );
    expect((await readdir(data.dir)).some((f) => f.startsWith('signatories.json.corrupt-'))).toBe(true);
  });

  it('keeps signatory profiles and the default across restarts', async () => {
    const services = await openServices(data.dir);
    services.signatories.save({ ...signatory, revision: 0 });
    services.signatories.save({
      ...signatory,
      id: 'amb',
      nameEn: 'Wang Fang',
      titleEn: 'Ambassador',
      revision: 0,
    });
    const { defaultId, defaultRevision } = services.signatories.list();
    expect(defaultId).toBe('press');
    services.signatories.setDefault('amb', defaultRevision);

    const restarted = await openServices(data.dir);
    expect(restarted.signatories.defaultSignatory()?.nameEn).toBe('Wang Fang');
    restarted.signatories.remove('amb', 1);
    expect(restarted.signatories.list()).toMatchObject({ defaultId: null, signatories: [{ id: 'press' }] });
  });

  it('remembers the open letter', async () => {
    const services = await openServices(data.dir);
    const letter = await services.letters.create(null);
    services.session.set({ openLetterId: letter.id });
    expect((await openServices(data.dir)).session.get()).toEqual({ openLetterId: letter.id });
  });

  it('reopens the last letter in one call at start-up, unless it was trashed or deleted since', async () => {
    const services = await openServices(data.dir);
    const handlers = createHandlers(services, CANCELLING_TRANSPORT);
    const reopen = () => dispatch(handlers, 'session.openLetter', {});
    expect(await reopen()).toEqual({ ok: true, value: null });

    const letter = await services.letters.create(null);
    services.session.set({ openLetterId: letter.id });
    expect(await reopen()).toMatchObject({ ok: true, value: { id: letter.id } });

    await services.letters.trash(letter.id);
    expect(await reopen()).toEqual({ ok: true, value: null });
    await services.letters.emptyTrash();
    expect(await reopen()).toEqual({ ok: true, value: null });
  });
});
