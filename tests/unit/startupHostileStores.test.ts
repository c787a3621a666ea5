/**
 * Nothing stored may stop LetterDesk from starting. Store files that are valid
 * JSON but hostile — nested thousands of levels deep, huge, or with the wrong
 * type at every level — are read, or set aside (kept, never deleted) with a
 * notice naming the file and what it held; the app starts and every store
 * can be written again afterwards.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicationSchema } from '../../core/schemas/publication';
import { createServices } from '../../electron/services/createServices';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE, REPO_ROOT } from '../helpers/services';
import { pressCounsellor } from '../helpers/signatory';
import { english } from '../helpers/english';
import type { Wording } from '../../core/i18n/wording';

type Services = Awaited<ReturnType<typeof openServices>>;

const STORES = ['settings', 'signatories', 'templates', 'publications', 'snippets', 'dictionary'];

/** JSON text nested `levels` deep (deeper than JSON.stringify can write). */
const deepArray = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

/** A template entry whose body nests 5,000 levels: what a saved too-deep letter once produced. */
const deepTemplate = (levels: number) =>
  `{"schemaVersion":1,"id":"u-deep","name":"Deep","preface":{"root":{"type":"root","children":[]}},` +
  `"body":{"root":{"type":"root","children":[${'{"type":"list","children":['.repeat(levels)}` +
  `{"type":"text","text":"x"}${']}'.repeat(levels)}]}}}`;

/** Writes to every store and reads it back: a store that was left in place must still be writable. */
async function useEveryStore(services: Services) {
  services.settings.update({ letterhead: { organisationEn: 'Embassy of Examplia', revision: 0 } });
  expect(services.settings.get().letterhead.organisationEn).toBe('Embassy of Examplia');
  services.session.set({ openLetterId: null });
  services.signatories.save({ ...pressCounsellor(), revision: 0 });
  expect(services.signatories.list().signatories).toHaveLength(1);
  const letter = await services.letters.create(REBUTTAL_TEMPLATE);
  services.templates.saveFromLetter(letter, {
    name: 'Mine',
    description: '',
    keep: { preface: true, body: true, salutation: true, closing: true },
  });
  expect(services.templates.userTemplates().map((t) => t.name)).toContain('Mine');
  services.publications.save(
    publicationSchema.parse({ id: 'examplia-times', nameEn: 'Examplia Times', wordLimit: 250 }),
  );
  expect(services.publications.list().map((p) => p.id)).toContain('examplia-times');
  services.snippets.save({
    id: 'thanks',
    title: 'Thanks',
    side: 'body',
    content: ['Thank you.'],
    revision: 0,
  });
  expect(services.snippets.list().map((s) => s.id)).toContain('thanks');
  services.spelling.addWord('Examplia');
  expect(services.spelling.words()).toContain('Examplia');
}

const setAside = async (dir: string) => (await readdir(dir)).filter((name) => name.includes('.corrupt-'));

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

describe('start-up with hostile store files', () => {
  it('a templates.json entry 5,000 levels deep: the file is set aside with a notice, the app starts', async () => {
    await writeFile(join(data.dir, 'templates.json'), `{"templates":[${deepTemplate(5000)}]}`);
    const services = await openServices(data.dir);
    const notice = english(services.info().notices).find((n) => n.includes('templates.json'));
    expect(notice).toMatch(/your own templates, .*templates\.json, .*nested more than .* levels deep/);
    expect(notice).toMatch(/kept the damaged file as .*templates\.json\.corrupt-/);
    expect(await setAside(data.dir)).toEqual([expect.stringMatching(/^templates\.json\.corrupt-/)]);
    await useEveryStore(services);
  });

  it.each(STORES)(
    '%s.json with a key nested 5,000 levels deep is set aside; the store works again',
    async (store) => {
      await writeFile(join(data.dir, `${store}.json`), `{"junk":${deepArray(5000)}}`);
      const services = await openServices(data.dir);
      expect(english(services.info().notices).join('\n')).toMatch(
        new RegExp(`${store}\\.json, holds data nested`),
      );
      expect(await setAside(data.dir)).toEqual([
        expect.stringMatching(new RegExp(`^${store}\\.json\\.corrupt-`)),
      ]);
      await useEveryStore(services);
    },
  );

  it('wrong types at every level and huge arrays in every store: the app starts and every store works', async () => {
    const huge = JSON.stringify(Array.from({ length: 50_000 }, (_, i) => (i % 2 ? { id: i } : [i])));
    const hostile: Record<string, unknown> = {
      settings: { letterhead: [[{ logo: 5 }]], houseStyle: 'x', openLetterId: { id: 1 } },
      signatories: { signatories: { 0: { id: [] } }, defaultId: [1, 2] },
      templates: { templates: [1, 'x', null, { id: {}, preface: { root: 7 } }], damaged: 7 },
      publications: { publications: [{ id: 5, nameEn: [] }, 'x', []] },
      snippets: { snippets: { id: 'x' } },
      dictionary: { words: [1, { w: 2 }, null] },
    };
    for (const store of STORES) {
      const text = JSON.stringify(hostile[store]).replace(/}$/, `,"huge":${huge}}`);
      await writeFile(join(data.dir, `${store}.json`), text);
    }
    const services = await openServices(data.dir);
    expect(english(services.info().notices).join('\n')).toMatch(/4 of your templates could not be read/);
    await useEveryStore(services);
  });

  it('a store a service cannot load, even past the JSON checks, is set aside rather than stopping the start', async () => {
    // As an opener without the up-front check would: the service meets the deep entry itself.
    await writeFile(join(data.dir, 'templates.json'), `{"templates":[${deepTemplate(5000)}]}`);
    const notices: Wording[] = [];
    const services = await createServices({
      dataDir: data.dir,
      templatesDir: join(REPO_ROOT, 'templates'),
      openStore: (name) =>
        new Conf<Record<string, unknown>>({ cwd: data.dir, configName: name, projectName: 'letterdesk' }),
      mode: 'browser',
      version: 'test',
      notices,
    });
    expect(english(notices).join('\n')).toMatch(/your own templates, .*templates\.json, could not be loaded/);
    expect(await setAside(data.dir)).toEqual([expect.stringMatching(/^templates\.json\.corrupt-/)]);
    await useEveryStore(services as Services);
  });
});
