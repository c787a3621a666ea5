import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserTemplate } from '../../core/template';
import { createHandlers } from '../../electron/api/handlers';
import { dispatch } from '../../electron/api/dispatch';
import type { ExportFile } from '../../electron/services/docxExportFile';
import { createServices } from '../../electron/services/createServices';
import { confStoreOpener } from '../../electron/storage/confStore';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE, REPO_ROOT } from '../helpers/services';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { pressCounsellor } from '../helpers/signatory';
import type { Wording } from '../../core/i18n/wording';
import type { ImportProblemsError } from '../../electron/services/libraryService';
import { english } from '../helpers/english';

let dirs: Array<Awaited<ReturnType<typeof makeDataDir>>> = [];
beforeEach(() => {
  dirs = [];
});
afterEach(() => Promise.all(dirs.map((d) => d.cleanup())));

async function freshServices() {
  const data = await makeDataDir();
  dirs.push(data);
  return openServices(data.dir);
}

const signatory = pressCounsellor();

/** A library with one user template and one signatory, exported as the user would get it. */
async function exportedLibrary() {
  const services = await freshServices();
  services.signatories.save({ ...signatory, revision: 0 });
  const copy = await services.templates.duplicate(REBUTTAL_TEMPLATE);
  const renamed = services.templates.update({
    id: copy.id,
    revision: copy.revision,
    name: 'Shared rebuttal',
    description: 'From Brussels',
  });
  const file = await services.library.export([renamed.id]);
  return { file, text: new TextDecoder().decode(file.bytes), template: renamed };
}

/** What the user's library holds, to prove a refused import changed nothing. */
async function snapshot(services: Awaited<ReturnType<typeof freshServices>>) {
  return JSON.stringify([
    services.templates.list(),
    services.signatories.list(),
    await services.publications.list(),
  ]);
}

describe('library export and import', () => {
  it('exports templates and signatories to one JSON file that imports into another library', async () => {
    const { file, text, template } = await exportedLibrary();
    expect(file.fileName).toMatch(/^letterdesk-library-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ schemaVersion: 1, signatories: [signatory] });
    expect(parsed.templates.map((t: { name: string }) => t.name)).toEqual(['Shared rebuttal']);
    expect(Array.isArray(parsed.publications)).toBe(true);

    const other = await freshServices();
    const result = await other.library.import('shared.json', text);
    expect(result).toEqual({
      status: 'imported',
      counts: { templates: 1, signatories: 1, publications: parsed.publications.length },
    });
    const imported = await other.templates.get(template.id);
    expect(imported).toMatchObject({ name: 'Shared rebuttal', description: 'From Brussels', builtIn: false });
    expect(imported.body).toEqual(template.body);
    // New in this library: its first revision here.
    expect(other.signatories.list().signatories).toEqual([{ ...signatory, revision: 1 }]);
  });

  it('asks before touching clashing names, then renames or replaces as told', async () => {
    const { text, template } = await exportedLibrary();
    const other = await freshServices();
    await other.library.import('shared.json', text);
    const edited = JSON.parse(text);
    edited.templates[0].description = 'Newer';
    edited.signatories[0].titleEn = 'Minister Counsellor';
    const content = JSON.stringify(edited);

    const before = await snapshot(other);
    expect(await other.library.import('shared.json', content)).toEqual({
      status: 'clash',
      clashes: [
        { kind: 'template', id: template.id, name: 'Shared rebuttal' },
        { kind: 'signatory', id: 'press', name: 'Li Ming' },
      ],
    });
    expect(await snapshot(other)).toBe(before);

    await other.library.import('shared.json', content, 'rename');
    expect(
      other.templates
        .list()
        .filter((t) => !t.builtIn)
        .map((t) => t.name),
    ).toEqual(['Shared rebuttal', 'Shared rebuttal (imported)']);
    expect(other.signatories.list().signatories.map((s) => s.titleEn)).toEqual([
      'Press Counsellor',
      'Minister Counsellor',
    ]);

    await other.library.import('shared.json', content, 'replace');
    const mine = other.templates.list().filter((t) => !t.builtIn);
    expect(mine.map((t) => [t.name, t.description])).toEqual([
      ['Shared rebuttal (imported)', 'Newer'],
      ['Shared rebuttal', 'Newer'],
    ]);
  });

  it('never replaces a built-in: a clashing import becomes a copy beside it', async () => {
    const services = await freshServices();
    const builtIn = await services.templates.get(REBUTTAL_TEMPLATE);
    const { builtIn: _flag, ...asUser } = builtIn;
    const changed = { ...asUser, description: 'Edited elsewhere' };
    // An unchanged copy of a built-in is simply skipped.
    await services.library.import(
      'x.json',
      JSON.stringify({ schemaVersion: 1, templates: [asUser] }),
      'replace',
    );
    expect(services.templates.list().filter((t) => !t.builtIn)).toEqual([]);
    const content = JSON.stringify({ schemaVersion: 1, templates: [changed] });
    await services.library.import('x.json', content, 'replace');
    expect((await services.templates.get(REBUTTAL_TEMPLATE)).builtIn).toBe(true);
    expect(
      services.templates
        .list()
        .filter((t) => !t.builtIn)
        .map((t) => t.name),
    ).toEqual(['Letter to the editor (rebuttal) (imported)']);
  });

  it('refuses a malformed file, lists every problem with its place, and changes nothing', async () => {
    const { text } = await exportedLibrary();
    const good = JSON.parse(text);
    const services = await freshServices();
    services.signatories.save({ ...signatory, id: 'mine', revision: 0 });
    const before = await snapshot(services);
    const problemsOf = async (content: string) => {
      const error = await services.library.import('bad.json', content).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      return english((error as Error & { problems: Wording[] }).problems);
    };

    // Each problem travels as a wording the page words; these read its English.
    const refused = await services.library.import('bad.json', '[1]').catch((e: ImportProblemsError) => e);
    expect(refused).toMatchObject({
      wording: { id: 'import.refused', values: { fileName: 'bad.json', count: 1 } },
      details: [{ id: 'import.problem.notLibraryFile' }],
    });
    expect(await problemsOf('{"schemaVersion": 1,')).toEqual([
      expect.stringMatching(/^\(file\): not valid JSON/),
    ]);
    expect(await problemsOf(JSON.stringify({ ...good, schemaVersion: 7 }))).toEqual([
      'schemaVersion: the file is version 7, made by a newer LetterDesk; update LetterDesk to import it',
    ]);
    expect(await problemsOf(JSON.stringify([good]))).toEqual([
      '(file): expected a LetterDesk library file (a JSON object)',
    ]);
    expect(await problemsOf(' '.repeat(5 * 1024 * 1024 + 1))).toEqual([
      '(file): the file is 5.0 MB; a library file may be at most 5.0 MB',
    ]);

    const template = good.templates[0];
    const several = {
      ...good,
      templates: [
        { ...template, id: 'one', name: 'One' },
        { ...template, id: 'two', name: 'Two' },
        { ...template, id: 'three', name: 'x'.repeat(201), salutation: 5, body: undefined },
      ],
      signatories: [{ ...signatory, nameEn: ['Li'] }],
    };
    expect(await problemsOf(JSON.stringify(several))).toEqual([
      'templates[2].name: expected text of at most 200 characters',
      'templates[2].salutation: expected text, found a number',
      'templates[2].body: missing; expected an object',
      'signatories[0].nameEn: expected text, found a list',
    ]);
    const manyProblems = await problemsOf(
      JSON.stringify({ ...good, templates: Array.from({ length: 21 }, () => ({ ...template, name: '' })) }),
    );
    expect(manyProblems).toHaveLength(21);
    expect(manyProblems.at(-1)).toBe('…and 1 more problem. Fix these first.');
    expect(await problemsOf(JSON.stringify({ ...good, templates: [template, template] }))).toEqual([
      `templates[1].id: "${template.id}" appears more than once in the file`,
    ]);
    expect(await snapshot(services)).toBe(before);
  });

  it('refuses an unknown or "__proto__" key at every level outside the documents, listed with its place', async () => {
    const { text } = await exportedLibrary();
    const services = await freshServices();
    const before = await snapshot(services);
    const problemsOf = async (content: string) => {
      const error = await services.library.import('bad.json', content).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      return english((error as Error & { problems: Wording[] }).problems);
    };
    // Spliced in as text: JSON.parse makes "__proto__" an own key, as a file from anywhere would.
    const withKey = (json: string, key: string) => `{"${key}": 1, ${json.trimStart().slice(1)}`;
    const good = JSON.parse(text);
    const templateAs = (id: string) => JSON.stringify({ ...good.templates[0], id, name: id });
    const template = templateAs('plain');
    const signatoryJson = JSON.stringify(good.signatories[0]);
    const publication = JSON.stringify({ id: 'paper', nameEn: 'Paper' });
    const body = JSON.stringify(good.templates[0].body);
    const file = (templates: string[], signatories: string[] = [], publications: string[] = []) =>
      `{"schemaVersion": 1, "templates": [${templates}], "signatories": [${signatories}], "publications": [${publications}]}`;

    expect(
      await problemsOf(
        file(
          [template, withKey(templateAs('foo'), 'foo'), withKey(templateAs('proto'), '__proto__')],
          [withKey(signatoryJson, 'colour')],
          [withKey(publication, '__proto__')],
        ),
      ),
    ).toEqual([
      'templates[1].foo: unknown key',
      'templates[2].__proto__: unknown key',
      'signatories[0].colour: unknown key',
      'publications[0].__proto__: unknown key',
    ]);
    // A document's wrapper is strict too; its Lexical nodes carry keys of their own and pass,
    // except "__proto__", which no editor node has.
    const node = JSON.stringify({ type: 'paragraph', children: [], textFormat: 0, anyLexicalKey: 'x' });
    const nodeWithProto = withKey(node, '__proto__');
    const docs = {
      ...good.templates[0],
      id: 'other',
      name: 'Other',
      body: { ...good.templates[0].body, extra: true },
    };
    const deep = template.replace(
      body,
      `{"root": {"type": "root", "children": [${node}, {"type": "list", "children": [${nodeWithProto}]}]}}`,
    );
    const badRoot = {
      ...good.templates[0],
      id: 'bad-root',
      name: 'Bad root',
      preface: { root: { type: 'root', children: 5 } },
    };
    expect(await problemsOf(file([JSON.stringify(docs), deep, JSON.stringify(badRoot)]))).toEqual([
      'templates[0].body.extra: unknown key',
      'templates[2].preface.root.children: expected a list, found a number',
      'templates[1].body.root.children[1].children[0].__proto__: unknown key',
    ]);
    expect(await snapshot(services)).toBe(before);
    // Keys Lexical writes inside nodes are kept.
    await services.library.import(
      'ok.json',
      file([template.replace(body, `{"root": {"type": "root", "children": [${node}]}}`)]),
    );
    const imported = await services.templates.get('plain');
    expect(imported.body.root.children[0]).toMatchObject({ anyLexicalKey: 'x' });
  });

  it('through the API: the problems reach the user in the error message, the export goes to the transport', async () => {
    const services = await freshServices();
    const saved: ExportFile[] = [];
    const handlers = createHandlers(services, {
      ...CANCELLING_TRANSPORT,
      saveFile: async (file) => {
        saved.push(file);
        return { status: 'download', url: '/x', fileName: file.fileName };
      },
    });
    const bad = await dispatch(handlers, 'library.import', {
      fileName: 'bad.json',
      content: JSON.stringify({ schemaVersion: 1, templates: [{ name: '' }] }),
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid-input');
      expect(bad.error.message).toContain('Nothing was imported: “bad.json” has problems.');
      expect(bad.error.message).toContain('templates[0].name: must not be empty');
      // The page words the message and each problem under it from their ids.
      expect(bad.error.wording).toMatchObject({ id: 'import.refused' });
      expect(bad.error.details).toContainEqual(
        expect.objectContaining({ id: 'import.problem.empty', values: { path: 'templates[0].name' } }),
      );
    }
    const exported = await dispatch(handlers, 'library.export', {});
    expect(exported).toMatchObject({ ok: true, value: { status: 'download' } });
    const all = JSON.parse(new TextDecoder().decode(saved[0].bytes));
    expect(all.templates).toHaveLength(5);
  });
});

/** Real services whose stores count every stored item read back, a measure of work that does not depend on the machine. */
async function countingServices() {
  const data = await makeDataDir();
  dirs.push(data);
  const work = { itemsRead: 0 };
  const notices: Wording[] = [];
  const open = confStoreOpener(data.dir, notices);
  const services = await createServices({
    dataDir: data.dir,
    templatesDir: join(REPO_ROOT, 'templates'),
    openStore: (name) => {
      const store = open(name);
      return {
        path: store.path,
        get: (key) => {
          const value = store.get(key);
          if (Array.isArray(value)) work.itemsRead += value.length;
          return value;
        },
        set: (key, value) => store.set(key, value),
      };
    },
    mode: 'browser',
    version: 'test',
    notices,
  });
  return { services, work };
}

describe('importing many templates', () => {
  /** Reads plus comparisons (each comparison serialises an item) for n templates into a library of n, all clashing. */
  async function importWork(n: number): Promise<number> {
    const { services, work } = await countingServices();
    const { builtIn: _builtIn, ...base } = await services.templates.get(REBUTTAL_TEMPLATE);
    const templates = (tag: string): UserTemplate[] =>
      Array.from({ length: n }, (_, i) => ({
        ...base,
        id: `t-${i}`,
        name: `Template ${i}`,
        description: tag,
      }));
    services.templates.setUserTemplates(templates('mine'));
    const content = JSON.stringify({ schemaVersion: 1, templates: templates('theirs') });
    work.itemsRead = 0;
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      await services.library.import('many.json', content, 'rename');
      return work.itemsRead + stringify.mock.calls.length;
    } finally {
      stringify.mockRestore();
      // Every clash was kept beside the original under a new name.
      expect(services.templates.list().filter((t) => t.name.endsWith('(imported)'))).toHaveLength(n);
    }
  }

  it('does work in proportion to the templates, not to their square', async () => {
    const small = await importWork(20);
    const large = await importWork(80);
    // Four times the templates: about four times the work (sixteen if every one were compared with every other).
    expect(large / small).toBeLessThan(6);
  });

  it('lets other requests run while it imports', async () => {
    const services = await freshServices();
    const { builtIn: _builtIn, ...base } = await services.templates.get(REBUTTAL_TEMPLATE);
    const templates = Array.from({ length: 50 }, (_, i) => ({ ...base, id: `t-${i}`, name: `T ${i}` }));
    let othersServed = 0;
    let importing = true;
    const other = () => {
      if (!importing) return;
      othersServed += 1;
      setImmediate(other);
    };
    setImmediate(other);
    await services.library.import('many.json', JSON.stringify({ schemaVersion: 1, templates }));
    importing = false;
    expect(othersServed).toBeGreaterThan(0);
  });

  it('names a clashing copy within the length limit, even when the name is already as long as allowed', async () => {
    const services = await freshServices();
    const { builtIn: _builtIn, ...base } = await services.templates.get(REBUTTAL_TEMPLATE);
    const long = { ...base, id: 'long', name: 'L'.repeat(200) };
    services.templates.setUserTemplates([long]);
    const content = JSON.stringify({
      schemaVersion: 1,
      templates: [1, 2, 3].map((i) => ({ ...long, id: `other-${i}`, description: `Copy ${i}` })),
    });
    await services.library.import('long.json', content, 'rename');
    const names = services.templates
      .list()
      .filter((t) => !t.builtIn)
      .map((t) => t.name);
    expect(names).toEqual([
      'L'.repeat(200),
      `${'L'.repeat(189)} (imported)`,
      `${'L'.repeat(187)} (imported 2)`,
      `${'L'.repeat(187)} (imported 3)`,
    ]);
  });

  it('keeps every clashing publication: a second import never lands on the copy the first one made', async () => {
    const services = await freshServices();
    const paper = (notes: string) => ({ id: 'paper', nameEn: 'Paper', notes });
    const file = (notes: string) => JSON.stringify({ schemaVersion: 1, publications: [paper(notes)] });
    await services.library.import('a.json', file('mine'));
    await services.library.import('b.json', file('first import'), 'rename');
    await services.library.import('c.json', file('second import'), 'rename');
    const notes = (await services.publications.list())
      .filter((p) => p.nameEn === 'Paper')
      .map((p) => [p.id, p.notes]);
    expect(notes).toEqual(
      expect.arrayContaining([
        ['paper', 'mine'],
        ['paper-imported', 'first import'],
        ['paper-imported-2', 'second import'],
      ]),
    );
    expect(notes).toHaveLength(3);
  });
});
