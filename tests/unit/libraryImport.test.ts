import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import { dispatch } from '../../electron/api/dispatch';
import type { ExportFile } from '../../electron/services/docxExportFile';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { pressCounsellor } from '../helpers/signatory';

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
      return (error as Error & { problems: string[] }).problems;
    };

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
    expect(await problemsOf(JSON.stringify({ ...good, templates: [template, template] }))).toEqual([
      `templates[1].id: "${template.id}" appears more than once in the file`,
    ]);
    expect(await snapshot(services)).toBe(before);
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
    }
    const exported = await dispatch(handlers, 'library.export', {});
    expect(exported).toMatchObject({ ok: true, value: { status: 'download' } });
    const all = JSON.parse(new TextDecoder().decode(saved[0].bytes));
    expect(all.templates).toHaveLength(5);
  });
});
