import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { INDEX_FILE_NAME } from '../../electron/services/letterIndexFile';
import { makeDataDir, openServices } from '../helpers/services';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { english } from '../helpers/english';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

const withText = (letter: Letter, title: string, body: string, preface = ''): Letter => ({
  ...letter,
  title,
  body: editorDoc([paragraphNode([textNode(body)])]),
  preface: editorDoc([paragraphNode([textNode(preface)])]),
});

async function library() {
  const services = await openServices(data.dir);
  const add = async (title: string, body: string, preface = '') =>
    services.letters.save(withText(await services.letters.create(null), title, body, preface));
  return { services, add };
}

describe('full-text search of the library', () => {
  it('finds letters by English and Chinese words, newest first, with the line that matched', async () => {
    const { services, add } = await library();
    const first = await add(
      'Reply to Le Soir',
      'Our research cooperation with Belgian universities is open.',
    );
    const second = await add(
      'Reply to EUobserver',
      'The claims about nanotechnology espionage are groundless.',
      '使馆驳斥纳米技术间谍论',
    );
    await add('Note to Politico', 'Trade figures for 2020.');

    const english = await services.letters.search('Nanotech');
    expect(english.total).toBe(1);
    expect(english.hits[0].summary.id).toBe(second.id);
    expect(english.hits[0].excerpt).toMatchObject({ where: 'body', match: 'nanotech' });

    const chinese = await services.letters.search('纳米技术');
    expect(chinese.hits.map((h) => h.summary.title)).toEqual(['Reply to EUobserver']);
    expect(chinese.hits[0].excerpt).toMatchObject({
      where: 'preface',
      before: '使馆驳斥',
      match: '纳米技术',
    });

    const both = await services.letters.search('reply');
    expect(both.hits.map((h) => h.summary.id)).toEqual([second.id, first.id]);
    expect((await services.letters.search('reply', { limit: 1 })).total).toBe(2);
    expect((await services.letters.search('submarines')).hits).toEqual([]);
  });

  it('sees edits at once, and keeps trashed letters out unless the trash is searched', async () => {
    const { services, add } = await library();
    const letter = await add('Draft', 'About fisheries.');
    expect((await services.letters.search('fisheries')).total).toBe(1);
    await services.letters.save(withText(letter, 'Draft', 'About vaccines.'));
    expect((await services.letters.search('fisheries')).total).toBe(0);
    expect((await services.letters.search('vaccines')).total).toBe(1);

    await services.letters.trash(letter.id);
    expect((await services.letters.search('vaccines')).total).toBe(0);
    expect((await services.letters.search('vaccines', { trash: true })).total).toBe(1);
    await services.letters.emptyTrash();
    expect((await services.letters.search('vaccines', { trash: true })).total).toBe(0);
  });

  it('indexes what is saved while the index is being built, and not the older copy', async () => {
    const { add } = await library();
    const letters = [];
    for (let i = 0; i < 40; i++) letters.push(await add(`Letter ${i}`, `old text ${i}`));
    const reopened = await openServices(data.dir);
    const building = reopened.letters.startSearchIndexing();
    await reopened.letters.save(withText(letters[39], 'Letter 39', 'new text'));
    await building;
    expect((await reopened.letters.search('new')).total).toBe(1);
    expect((await reopened.letters.search('old')).total).toBe(39);
  });

  it('answers through the API contract, and refuses an over-long query with a clear error', async () => {
    const { services, add } = await library();
    await add('Reply', 'Belgian universities');
    const handlers = createHandlers(services, CANCELLING_TRANSPORT);
    const found = await dispatch(handlers, 'letters.search', { query: 'belgian' });
    expect(found).toMatchObject({ ok: true, value: { total: 1 } });
    const tooLong = await dispatch(handlers, 'letters.search', { query: 'x'.repeat(201) });
    expect(tooLong).toMatchObject({ ok: false });
    expect(JSON.stringify(tooLong)).toMatch(/query/);
  });
});

describe('the summary index on disk', () => {
  const indexFile = () => join(data.dir, INDEX_FILE_NAME);

  it('is written after changes, and lets the next start skip letters that did not change', async () => {
    const { services, add } = await library();
    const letter = await add('Reply to EUobserver', 'Text.');
    await services.letters.flush();
    const index = JSON.parse(await readFile(indexFile(), 'utf8'));
    expect(index.letters.map((e: { summary: { title: string } }) => e.summary.title)).toEqual([
      'Reply to EUobserver',
    ]);

    // Damage the letter file, and make the index vouch for the damaged file's size and time:
    // only a start that trusts the index (and so does not read the file) lists it as before.
    const file = join(data.dir, 'letters', `${letter.id}.json`);
    await writeFile(file, 'not a letter');
    const { size, mtimeMs } = await stat(file);
    index.letters[0] = { ...index.letters[0], size, mtimeMs };
    await writeFile(indexFile(), JSON.stringify(index));
    const reopened = await openServices(data.dir);
    expect(reopened.letters.list().map((l) => l.title)).toEqual(['Reply to EUobserver']);
    expect(english(reopened.info().notices)).toEqual([]);
  });

  it('re-reads a letter changed outside the app, and drops letters whose file is gone', async () => {
    const { services, add } = await library();
    const kept = await add('Kept', 'Text.');
    const gone = await add('Gone', 'Text.');
    await services.letters.flush();
    const file = join(data.dir, 'letters', `${kept.id}.json`);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...stored, title: 'Renamed in a text editor' }));
    await rm(join(data.dir, 'letters', `${gone.id}.json`));

    const reopened = await openServices(data.dir);
    expect(reopened.letters.list().map((l) => l.title)).toEqual(['Renamed in a text editor']);
  });

  it('is rebuilt from the letters when it is damaged, without troubling the user', async () => {
    const { services, add } = await library();
    await add('One', 'Text.');
    await add('Two', 'Text.');
    await services.letters.flush();
    await writeFile(indexFile(), '{"version": 1, "letters": [{"place": "letters"');
    const reopened = await openServices(data.dir);
    expect(reopened.letters.list().map((l) => l.title)).toEqual(['Two', 'One']);
    expect(english(reopened.info().notices)).toEqual([]);
    await reopened.letters.flush();
    expect(JSON.parse(await readFile(indexFile(), 'utf8')).letters).toHaveLength(2);
  });
});

describe('the library a page at a time', () => {
  it('pages newest first without skipping or repeating, even when a letter is saved between pages', async () => {
    // A clock that ticks a minute per call, so every save has its own time.
    let tick = Date.UTC(2026, 0, 1);
    const services = await openServices(data.dir, () => new Date((tick += 60_000)));
    const added = [];
    for (let i = 0; i < 7; i++)
      added.push(
        await services.letters.save(withText(await services.letters.create(null), `Letter ${i}`, '')),
      );
    const handlers = createHandlers(services, CANCELLING_TRANSPORT);
    const page = async (after?: { updatedAt: string; id: string }) => {
      const result = await dispatch(handlers, 'letters.list', { limit: 3, after });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as {
        letters: Array<{ id: string; title: string; updatedAt: string }>;
        total: number;
      };
    };
    const first = await page();
    expect(first.total).toBe(7);
    expect(first.letters.map((l) => l.title)).toEqual(['Letter 6', 'Letter 5', 'Letter 4']);

    // An older letter edited meanwhile jumps to the top; the next page still starts where the first ended.
    await services.letters.save(withText(added[0], 'Letter 0, edited', 'Text.'));
    const second = await page(first.letters.at(-1));
    expect(second.letters.map((l) => l.title)).toEqual(['Letter 3', 'Letter 2', 'Letter 1']);
    const third = await page(second.letters.at(-1));
    expect(third.letters).toEqual([]);
  });
});
