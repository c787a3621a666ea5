import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setApprovalStatus } from '../../core/approval';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers, type Transport } from '../../electron/api/handlers';
import { openCliServices } from '../../electron/cli/openCliServices';
import { UserFacingError } from '../../electron/services/errors';
import { makeDataDir, openServices } from '../helpers/services';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { pressCounsellor } from '../helpers/signatory';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let clock: number;
const now = () => new Date(clock);
const MINUTE = 60_000;
beforeEach(async () => {
  data = await makeDataDir();
  clock = Date.parse('2026-11-30T08:00:00Z');
});
afterEach(() => data.cleanup());

const open = () => openServices(data.dir, now);
const withBody = (letter: Letter, text: string): Letter => ({
  ...letter,
  body: editorDoc([paragraphNode([textNode(text)])]),
});
const kinds = async (services: Awaited<ReturnType<typeof open>>, id: string) =>
  (await services.history.list(id)).versions.map((version) => version.kind);
const files = async (dir: string): Promise<string[]> => {
  const out: string[] = [];
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true }).catch(() => [])) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.push(relative(dir, path));
    }
  };
  await walk(dir);
  return out.sort();
};

describe('which actions keep a version', () => {
  it('keeps created, approval, status and named versions, and not every autosave', async () => {
    const services = await open();
    let letter = await services.letters.create(null);
    expect(await kinds(services, letter.id)).toEqual(['created']);

    clock += 1000;
    letter = await services.letters.save(withBody(letter, 'First words.'));
    expect(await kinds(services, letter.id)).toEqual(['created']);

    clock += 1000;
    letter = await services.letters.save({
      ...letter,
      approval: setApprovalStatus(letter.approval, 'preface', 'approved'),
    });
    clock += 1000;
    letter = await services.letters.save({ ...letter, status: 'final' });
    clock += 1000;
    const named = await services.history.saveVersion(letter.id, '  Sent to counsellor ');
    expect(named.name).toBe('Sent to counsellor');

    const { versions } = await services.history.list(letter.id);
    expect(versions.map((v) => v.kind)).toEqual(['named', 'status', 'approval', 'created']);
    expect(versions[2]).toMatchObject({ side: 'preface', approval: { preface: 'approved', body: 'draft' } });
    expect(versions[0]).toMatchObject({
      letterRevision: letter.revision,
      status: 'final',
      counts: { body: 2 },
    });
    // Newest first, by id; the named version shares the status version's text file.
    expect(versions.map((v) => v.id)).toEqual(
      versions
        .map((v) => v.id)
        .sort()
        .reverse(),
    );
    expect(await readdir(join(data.dir, 'history', letter.id, 'texts'))).toHaveLength(3);
  });

  it('keeps a created version for a duplicate, with the author from "Your name", else the default signatory', async () => {
    const services = await open();
    services.signatories.save({ ...pressCounsellor(), revision: 0 });
    const letter = await services.letters.create(null);
    expect((await services.history.list(letter.id)).versions[0].author).toBe('Li Ming');
    const ui = services.settings.get().ui;
    services.settings.update({ ui: { ...ui, yourName: 'Wang Fang' } });
    const copy = await services.letters.duplicate(letter.id);
    const [version] = (await services.history.list(copy.id)).versions;
    expect(version).toMatchObject({ kind: 'created', author: 'Wang Fang', letterId: copy.id });
  });

  it('coalesces typing: a save every 2 s for half an hour keeps one edited version per 10 minutes', async () => {
    const services = await open();
    let letter = await services.letters.create(null);
    for (let second = 2; second <= 1800; second += 2) {
      clock += 2000;
      letter = await services.letters.save(withBody(letter, `Typed for ${second} seconds.`));
    }
    const list = await kinds(services, letter.id);
    expect(list.filter((kind) => kind === 'edited')).toHaveLength(3);
    expect(list.at(-1)).toBe('created');
  });

  it('does not keep an edited version identical to the latest', async () => {
    const services = await open();
    let letter = await services.letters.create(null);
    letter = await services.letters.save(withBody(letter, 'Changed.'));
    clock += 11 * MINUTE;
    // Back to the created text: the same as the latest version, so nothing is kept.
    const created = (
      await services.history.get(letter.id, (await services.history.list(letter.id)).versions[0].id)
    ).letter;
    letter = await services.letters.save({ ...letter, body: created.body });
    expect(await kinds(services, letter.id)).toEqual(['created']);
    clock += 11 * MINUTE;
    letter = await services.letters.save(withBody(letter, 'Changed again.'));
    expect(await kinds(services, letter.id)).toEqual(['edited', 'created']);
  });

  it('records a delivered export as a handout, and a cancelled one not at all', async () => {
    const services = await open();
    const letter = await services.letters.create(null);
    const cancelled = createHandlers(services, CANCELLING_TRANSPORT);
    await dispatch(cancelled, 'export.docx', { id: letter.id, variant: 'bilingual' });
    expect(await kinds(services, letter.id)).toEqual(['created']);

    const saved = async () => ({ status: 'saved', path: '/tmp/x.docx', fileName: 'x.docx' }) as const;
    const delivering: Transport = { saveFile: saved, openEmailDraft: saved, printToPdf: saved };
    const handlers = createHandlers(services, delivering);
    await dispatch(handlers, 'export.docx', { id: letter.id, variant: 'bilingual' });
    await dispatch(handlers, 'history.recordCopy', { letterId: letter.id, format: 'html' });
    const { versions } = await services.history.list(letter.id);
    expect(versions.map((v) => v.handout)).toEqual([
      { action: 'copy', format: 'html' },
      { action: 'docx', variant: 'bilingual' },
      undefined,
    ]);
  });
  it('keeps the letter exactly as it was handed out, even if it is saved while the save dialog is open', async () => {
    const services = await open();
    const letter = await services.letters.save(withBody(await services.letters.create(null), 'As exported.'));
    // Another window autosaves while this one's save dialog is up.
    const savedMeanwhile: Transport['saveFile'] = async (file) => {
      await services.letters.save(withBody(letter, 'Typed while the dialog was open.'));
      return { status: 'saved', path: '/tmp/x.docx', fileName: file.fileName };
    };
    const handlers = createHandlers(services, { ...CANCELLING_TRANSPORT, saveFile: savedMeanwhile });
    await dispatch(handlers, 'export.docx', { id: letter.id, variant: 'editor' });
    const handout = (await services.history.list(letter.id)).versions.find((v) => v.kind === 'handout');
    const kept = await services.history.get(letter.id, handout!.id);
    expect(JSON.stringify(kept.letter.body)).toContain('As exported.');
    expect(kept.version.letterRevision).toBe(letter.revision);
  });
});

describe('restore', () => {
  it('keeps the current text first, brings the version back with the comments, and is revision-checked', async () => {
    const services = await open();
    let letter = await services.letters.create(null);
    letter = await services.letters.save(withBody(letter, 'As approved.'));
    clock += MINUTE;
    letter = await services.letters.save({
      ...letter,
      approval: setApprovalStatus(letter.approval, 'body', 'approved'),
    });
    const approved = (await services.history.list(letter.id)).versions[0];
    clock += MINUTE;
    letter = await services.letters.save(withBody(letter, 'Edited after approval.'));
    const thread = {
      id: 't1',
      side: 'body' as const,
      quote: 'Edited',
      createdAt: now().toISOString(),
      resolved: false,
      comments: [{ id: 'c1', author: 'Wang Fang', createdAt: now().toISOString(), text: 'Why?' }],
    };
    letter = await services.letters.save({ ...letter, comments: [thread] });

    await expect(services.history.restore(letter.id, approved.id, letter.revision - 1)).rejects.toMatchObject(
      {
        code: 'conflict',
      },
    );
    clock += MINUTE;
    const restored = await services.history.restore(letter.id, approved.id, letter.revision);
    expect(restored.revision).toBe(letter.revision + 1);
    expect(JSON.stringify(restored.body)).toContain('As approved.');
    expect(restored.approval.body).toBe('approved');
    expect(restored.comments).toEqual([thread]);
    expect(await services.letters.get(letter.id)).toEqual(restored);

    const { versions } = await services.history.list(letter.id);
    expect(versions.map((v) => v.kind).slice(0, 2)).toEqual(['restored', 'beforeRestore']);
    expect(versions[0].restoredFrom).toBe(approved.id);
    const before = await services.history.get(letter.id, versions[1].id);
    expect(JSON.stringify(before.letter.body)).toContain('Edited after approval.');
    expect(before.letter.revision).toBe(letter.revision);
  });
});

describe('the trash', () => {
  it('moves the history with the letter, back on restore, and removes it when the trash is emptied', async () => {
    const services = await open();
    const letter = await services.letters.create(null);
    const inLibrary = join(data.dir, 'history', letter.id);
    const inTrash = join(data.dir, 'trash', 'history', letter.id);
    await services.letters.trash(letter.id);
    await expect(stat(inLibrary)).rejects.toThrow();
    expect(await readdir(join(inTrash, 'versions'))).toHaveLength(1);
    expect(await kinds(services, letter.id)).toEqual(['created']);
    // The trash's folder watcher and listing ignore the history folder.
    expect(services.letters.list(true).map((l) => l.id)).toEqual([letter.id]);

    await services.letters.restore(letter.id);
    expect(await readdir(join(inLibrary, 'versions'))).toHaveLength(1);
    await expect(stat(inTrash)).rejects.toThrow();

    await services.letters.trash(letter.id);
    await services.letters.emptyTrash();
    await expect(stat(inTrash)).rejects.toThrow();
    await expect(stat(inLibrary)).rejects.toThrow();
  });

  it('lists the union when a crash left the history in both places, and merges it on the next move', async () => {
    const services = await open();
    const letter = await services.letters.create(null);
    await services.history.saveVersion(letter.id, 'One');
    // As if a move to the trash was interrupted halfway: one record went ahead.
    const [first] = (await readdir(join(data.dir, 'history', letter.id, 'versions'))).sort();
    const trashVersions = join(data.dir, 'trash', 'history', letter.id, 'versions');
    await mkdir(trashVersions, { recursive: true });
    await writeFile(
      join(trashVersions, first),
      await readFile(join(data.dir, 'history', letter.id, 'versions', first), 'utf8'),
    );
    const fresh = await open();
    expect(await kinds(fresh, letter.id)).toEqual(['named', 'created']);
    await fresh.letters.trash(letter.id);
    expect(await readdir(trashVersions)).toHaveLength(2);
    await expect(stat(join(data.dir, 'history', letter.id))).rejects.toThrow();
  });
});

describe('damaged and unwritable files', () => {
  it('sets a damaged record aside with a notice and lists the rest', async () => {
    const services = await open();
    const letter = await services.letters.create(null);
    clock += 1000;
    await services.history.saveVersion(letter.id, 'Kept');
    const dir = join(data.dir, 'history', letter.id, 'versions');
    const [created] = (await readdir(dir)).sort();
    await writeFile(join(dir, created), '{"schemaVersion":1,"id":');

    const fresh = await open();
    const list = await fresh.history.list(letter.id);
    expect(list.versions.map((v) => v.kind)).toEqual(['named']);
    expect(list.setAside).toHaveLength(1);
    expect(list.setAside[0].id).toBe('notice.history.recordSetAside');
    expect((await readdir(dir)).some((name) => name.startsWith(`${created}.corrupt-`))).toBe(true);
    expect((await fresh.history.list(letter.id)).setAside).toEqual([]);
  });

  it('leaves a record from a newer LetterDesk as it is, with a notice', async () => {
    const services = await open();
    const letter = await services.letters.create(null);
    const dir = join(data.dir, 'history', letter.id, 'versions');
    const [created] = await readdir(dir);
    const raw = JSON.parse(await readFile(join(dir, created), 'utf8'));
    await writeFile(join(dir, created), JSON.stringify({ ...raw, schemaVersion: 99 }));
    const list = await (await open()).history.list(letter.id);
    expect(list.versions).toEqual([]);
    expect(list.setAside.map((w) => w.id)).toEqual(['notice.history.recordNewer']);
    expect(await readdir(dir)).toEqual([created]);
  });

  it('refuses to open a version whose text file is damaged, and sets the file aside', async () => {
    const services = await open();
    const letter = await services.letters.create(null);
    const [version] = (await services.history.list(letter.id)).versions;
    const texts = join(data.dir, 'history', letter.id, 'texts');
    const text = join(texts, `${version.digest}.json`);
    await writeFile(text, (await readFile(text, 'utf8')).replace('"draft"', '"final"'));

    const failure = await services.history.get(letter.id, version.id).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserFacingError);
    expect((failure as UserFacingError).wording.id).toBe('error.history.textDamaged');
    expect((failure as UserFacingError).message).toContain('choose another version');
    expect((await readdir(texts)).some((name) => name.startsWith(`${version.digest}.json.corrupt-`))).toBe(
      true,
    );
    await expect(services.history.restore(letter.id, version.id, letter.revision)).rejects.toBeInstanceOf(
      UserFacingError,
    );
    // The letter itself is untouched.
    expect((await services.letters.get(letter.id)).revision).toBe(letter.revision);
  });

  it('saves the letter when its version cannot be written, and says so in the next list', async () => {
    const services = await open();
    let letter = await services.letters.create(null);
    // A file where the texts folder should be: every new version's write fails.
    const texts = join(data.dir, 'history', letter.id, 'texts');
    await rm(texts, { recursive: true });
    await writeFile(texts, 'in the way');
    clock += 11 * MINUTE;
    letter = await services.letters.save({ ...letter, status: 'final' });
    expect((await services.letters.get(letter.id)).status).toBe('final');
    const list = await services.history.list(letter.id);
    expect(list.versions.map((v) => v.kind)).toEqual(['created']);
    expect(list.setAside.map((w) => w.id)).toEqual(['notice.history.notKept']);
    expect((await services.history.list(letter.id)).setAside).toEqual([]);
    // A named version is the user's own request: its failure is theirs to see at once.
    await expect(services.history.saveVersion(letter.id, 'Now')).rejects.toBeInstanceOf(UserFacingError);
  });
});

describe('the list cache', () => {
  it('lists the same from the cache, without a removed record, and from the files when the cache is damaged', async () => {
    const services = await open();
    const letter = await services.letters.create(null);
    clock += 1000;
    await services.history.saveVersion(letter.id, 'One');
    clock += 1000;
    await services.history.saveVersion(letter.id, 'Two');
    const all = (await services.history.list(letter.id)).versions;
    const folder = join(data.dir, 'history', letter.id);
    expect(await readdir(folder)).toContain('list-cache.json');
    expect((await (await open()).history.list(letter.id)).versions).toEqual(all);

    await rm(join(folder, 'versions', `${all[0].id}.json`));
    expect((await (await open()).history.list(letter.id)).versions).toEqual(all.slice(1));
    await writeFile(join(folder, 'list-cache.json'), '{"schemaVersion":1,"versions":[{"id":"x"}]}');
    expect((await (await open()).history.list(letter.id)).versions).toEqual(all.slice(1));
  });
});

describe('read-only opens', () => {
  it('write nothing: no version, no move, nothing set aside', async () => {
    const services = await open();
    const letter = await services.letters.create(null);
    const dir = join(data.dir, 'history', letter.id, 'versions');
    const [created] = await readdir(dir);
    await writeFile(join(dir, created), 'damaged');
    const before = await files(data.dir);

    const cli = await openCliServices(data.dir);
    const list = await cli.history.list(letter.id);
    expect(list.versions).toEqual([]);
    expect(list.setAside.map((w) => w.id)).toEqual(['notice.history.recordDamagedLeft']);
    await cli.history.written(null, letter, 'letters');
    await expect(cli.history.saveVersion(letter.id, 'No')).rejects.toThrow();
    expect(await files(data.dir)).toEqual(before);
  });
});
