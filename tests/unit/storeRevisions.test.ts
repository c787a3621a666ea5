/**
 * The revision rule on every store besides letters: two windows (here, two
 * service instances over one data folder, as two browser tabs or processes
 * have) edit the same item; the save based on the older revision is refused
 * with 'conflict' and writes nothing, so neither edit is lost unseen.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankPublication } from '../../core/publication';
import { UserFacingError } from '../../electron/services/errors';
import type { Services } from '../../electron/services/createServices';
import { makePng } from '../helpers/png';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';
import { pressCounsellor } from '../helpers/signatory';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

interface Item {
  revision: number;
}

/** One kind of stored item: how a window creates it, loads it, saves an edit of it and deletes it. */
interface Kind<T extends Item> {
  name: string;
  file: string;
  create(s: Services): Promise<T> | T;
  load(s: Services, created: T): Promise<T> | T;
  /** Saves `item` with its text changed to `text`, based on `item.revision`; returns what was stored. */
  edit(s: Services, item: T, text: string): Promise<T> | T;
  text(item: T): string;
  remove?(s: Services, item: T): unknown;
}

const kind = <T extends Item>(k: Kind<T>) => k as unknown as Kind<Item>;

const KINDS: Array<Kind<Item>> = [
  kind({
    name: 'user template (rename)',
    file: 'templates.json',
    create: (s) => s.templates.duplicate(REBUTTAL_TEMPLATE),
    load: (s, created) => s.templates.get(created.id),
    edit: (s, item, text) =>
      s.templates.update({ id: item.id, revision: item.revision, name: text, description: '' }),
    text: (item) => item.name,
    remove: (s, item) => s.templates.remove(item.id, item.revision),
  }),
  kind({
    name: 'publication',
    file: 'publications.json',
    create: (s) => {
      s.publications.save({ ...blankPublication('le-monde'), nameEn: 'Le Monde' });
      return s.publications.get('le-monde');
    },
    load: (s) => s.publications.get('le-monde'),
    edit: (s, item, text) => {
      s.publications.save({ ...item, notes: text });
      return s.publications.get(item.id);
    },
    text: (item) => item.notes,
    remove: (s, item) => s.publications.remove(item.id, item.revision),
  }),
  kind({
    name: 'signatory',
    file: 'signatories.json',
    create: (s) => s.signatories.save({ ...pressCounsellor(), revision: 0 }).signatories[0],
    load: (s) => s.signatories.list().signatories[0],
    edit: (s, item, text) => s.signatories.save({ ...item, titleEn: text }).signatories[0],
    text: (item) => item.titleEn,
    remove: (s, item) => s.signatories.remove(item.id, item.revision),
  }),
  kind({
    name: 'snippet',
    file: 'snippets.json',
    create: (s) =>
      s.snippets
        .save({ id: 'sn-1', title: 'Thanks', side: 'body', content: ['Thank you.'], revision: 0 })
        .find((x) => x.id === 'sn-1')!,
    load: (s) => s.snippets.list().find((x) => x.id === 'sn-1')!,
    edit: (s, item, text) => s.snippets.save({ ...item, title: text }).find((x) => x.id === 'sn-1')!,
    text: (item) => item.title,
    remove: (s, item) => s.snippets.remove(item.id, item.revision),
  }),
  kind({
    name: 'letterhead',
    file: 'settings.json',
    create: (s) => s.settings.update({ letterhead: { organisationEn: 'Embassy', revision: 0 } }).letterhead,
    load: (s) => s.settings.get().letterhead,
    edit: (s, item, text) =>
      s.settings.update({ letterhead: { organisationEn: text, revision: item.revision } }).letterhead,
    text: (item) => item.organisationEn,
  }),
  kind({
    name: 'house style',
    file: 'settings.json',
    create: (s) => s.settings.update({ houseStyle: { latinFont: 'Georgia', revision: 0 } }).houseStyle,
    load: (s) => s.settings.get().houseStyle,
    edit: (s, item, text) =>
      s.settings.update({ houseStyle: { latinFont: text, revision: item.revision } }).houseStyle,
    text: (item) => item.latinFont,
  }),
];

const fileOf = (name: string) => readFileSync(join(data.dir, name), 'utf8');

/** Runs `action` and returns the 'conflict' it was refused with (failing if it was not). */
async function refused(action: () => unknown): Promise<UserFacingError> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('conflict');
    return error as UserFacingError;
  }
  throw new Error('the stale change was accepted');
}

describe.each(KINDS)('$name edited in two windows', (k) => {
  it('refuses the save based on the older revision, writing nothing; a save on the stored one is accepted', async () => {
    const first = await openServices(data.dir);
    const second = await openServices(data.dir);
    const created = await k.create(first);
    expect(created.revision).toBe(1);
    const seenBySecond = await k.load(second, created);

    const saved = await k.edit(first, await k.load(first, created), 'First window');
    expect(saved.revision).toBe(2);
    const before = fileOf(k.file);

    const error = await refused(() => k.edit(second, seenBySecond, 'Second window'));
    expect(error.message).toMatch(/was changed in another window or program since you opened it/);
    expect(fileOf(k.file)).toBe(before);
    expect(k.text(await k.load(second, created))).toBe('First window');

    // Reloaded, the second window's edit goes through, on top of the first.
    const again = await k.edit(second, await k.load(second, created), 'Second window');
    expect(again.revision).toBe(3);
    expect(k.text(await k.load(first, created))).toBe('Second window');
  });
});

// Settings sections cannot be deleted: only the kinds that can are asked to.
describe.each(KINDS.filter((k) => k.remove))('$name deleted in one window, changed in another', (k) => {
  it('refuses to delete an item changed since it was shown', async () => {
    const first = await openServices(data.dir);
    const second = await openServices(data.dir);
    const created = await k.create(first);
    const seenBySecond = await k.load(second, created);
    await k.edit(first, created, 'Changed');
    const before = fileOf(k.file);

    await refused(() => k.remove!(second, seenBySecond));
    expect(fileOf(k.file)).toBe(before);
    k.remove!(second, await k.load(second, created));
    expect(fileOf(k.file)).not.toContain('Changed');
  });
});

describe('revisions elsewhere in the small stores', () => {
  it('reads items stored before revisions existed as revision 0, and their next save as 1', async () => {
    const old = { id: 'le-monde', nameEn: 'Le Monde', nameZh: '世界报' };
    writeFileSync(join(data.dir, 'publications.json'), JSON.stringify({ publications: [old] }));
    const services = await openServices(data.dir);
    const stored = services.publications.get('le-monde');
    expect(stored.revision).toBe(0);
    services.publications.save({ ...stored, notes: 'Mondays' });
    expect(services.publications.get('le-monde')).toMatchObject({ notes: 'Mondays', revision: 1 });
  });

  it('gives imported items the next revision where they land: new ones 1, replaced ones the stored one + 1', async () => {
    const source = await openServices(join(data.dir, 'source'));
    source.signatories.save({ ...pressCounsellor(), revision: 0 });
    const copy = await source.templates.duplicate(REBUTTAL_TEMPLATE);
    source.templates.update({ id: copy.id, revision: copy.revision, name: 'Shared', description: 'v2' });
    const file = new TextDecoder().decode((await source.library.export([copy.id])).bytes);

    const target = await openServices(join(data.dir, 'target'));
    const mine = await target.templates.duplicate(REBUTTAL_TEMPLATE);
    const template = JSON.parse(file).templates[0];
    target.templates.setUserTemplates([{ ...template, id: mine.id, description: 'mine' }]);
    expect((await target.templates.get(mine.id)).revision).toBe(2);
    await target.library.import('shared.json', file.replace(copy.id, mine.id), 'replace');
    expect(await target.templates.get(mine.id)).toMatchObject({ description: 'v2', revision: 3 });
    expect(target.signatories.list().signatories).toMatchObject([{ id: 'press', revision: 1 }]);
  });

  it('refuses a logo chosen on an older letterhead, keeping the newer one', async () => {
    const first = await openServices(data.dir);
    const second = await openServices(data.dir);
    const seen = second.settings.get().letterhead.revision;
    first.settings.setLogo(makePng(30, 10).toString('base64'), seen);
    const before = fileOf('settings.json');
    await refused(() => second.settings.setLogo(makePng(60, 20).toString('base64'), seen));
    await refused(() => second.settings.clearLogo(seen));
    expect(fileOf('settings.json')).toBe(before);
    expect(second.settings.get().letterhead.logo?.width).toBe(30);
  });

  it('refuses a default signatory chosen on an older list', async () => {
    const first = await openServices(data.dir);
    const second = await openServices(data.dir);
    first.signatories.save({ ...pressCounsellor(), revision: 0 });
    first.signatories.save({ ...pressCounsellor({ id: 'amb', nameEn: 'Wang Fang' }), revision: 0 });
    const seen = second.signatories.list();
    first.signatories.setDefault('amb', seen.defaultRevision);
    await refused(() => second.signatories.setDefault('press', seen.defaultRevision));
    expect(second.signatories.list().defaultId).toBe('amb');
  });

  it('keeps separate sections apart: a letterhead and a house style saved from two windows are both kept', async () => {
    const first = await openServices(data.dir);
    const second = await openServices(data.dir);
    const seen = second.settings.get();
    first.settings.update({ letterhead: { organisationEn: 'Embassy', revision: seen.letterhead.revision } });
    second.settings.update({ houseStyle: { latinFont: 'Georgia', revision: seen.houseStyle.revision } });
    expect(first.settings.get()).toMatchObject({
      letterhead: { organisationEn: 'Embassy' },
      houseStyle: { latinFont: 'Georgia' },
    });
  });

  it('never loses an update when many saves race from two windows: each accepted one is built on the last', async () => {
    const windows = [await openServices(data.dir), await openServices(data.dir)];
    windows[0].publications.save({ ...blankPublication('le-monde'), nameEn: 'Le Monde' });
    const accepted: string[] = [];
    // Each window saves what it last read; whichever read an older revision is refused.
    for (let round = 0; round < 20; round += 1) {
      const reads = windows.map((w) => w.publications.get('le-monde'));
      windows.forEach((w, i) => {
        const notes = `${reads[i].notes}|${round}.${i}`;
        try {
          w.publications.save({ ...reads[i], notes });
          accepted.push(notes);
        } catch (error) {
          expect((error as UserFacingError).code).toBe('conflict');
        }
      });
    }
    const final = windows[1].publications.get('le-monde');
    expect(final.revision).toBe(1 + accepted.length);
    // Every accepted save is contained in the final text: nothing was overwritten.
    for (const notes of accepted) expect(final.notes.startsWith(notes)).toBe(true);
  });
});
