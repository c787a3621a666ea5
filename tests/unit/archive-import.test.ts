/**
 * A bad archive changes nothing: each refusal lists its problems, with where
 * they are, and leaves the data folder exactly as it was (every file and its
 * contents). A write that fails halfway takes back what the import wrote.
 */
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ARCHIVE_MAX_BYTES } from '../../core/archive/archiveLimits';
import { inEnglish } from '../../core/i18n/wording';
import type { Services } from '../../electron/services/createServices';
import { UserFacingError } from '../../electron/services/errors';
import {
  base64,
  buildLibrary,
  rezip,
  snapshot,
  useArchiveFolders,
  withBody,
} from '../helpers/archiveLibrary';
import { openContract } from '../helpers/contract';

const { folders, now, tick } = useArchiveFolders();
let archive: Uint8Array;
let made: Awaited<ReturnType<typeof buildLibrary>>;
let into: Services;

beforeEach(async () => {
  const from = await openContract(folders.source, now);
  made = await buildLibrary(from.services, tick);
  archive = (await from.services.archive.export({ year: null, publication: null })).bytes;
  await from.services.letters.flush();
  // The library imported into holds a letter and a sending of its own.
  ({ services: into } = await openContract(folders.target, now));
  const own = await into.letters.save(withBody(await into.letters.create(null), 'A letter of our own.'));
  await into.log.record({
    letterId: own.id,
    versionId: null,
    publicationId: null,
    publication: 'Le Monde',
    publicationZh: '',
    to: 'courrier@lemonde.fr',
    sentAt: '2026-01-05T09:00:00.000Z',
    channel: 'email',
    exclusive: false,
    replyWindowDays: null,
  });
  await into.log.flush();
  await into.letters.flush();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Imports `bytes`, expecting a refusal; returns its problems in English. Nothing in the folder may change. */
async function refused(bytes: Uint8Array | string): Promise<string[]> {
  const before = await snapshot(folders.target);
  const content = typeof bytes === 'string' ? bytes : base64(bytes);
  const error = await into.archive.import('archive.zip', content).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  const { wording, details } = error as UserFacingError;
  expect(inEnglish(wording)).toMatch(/^Nothing was imported: “archive\.zip” has/);
  await into.log.flush();
  await into.letters.flush();
  expect(await snapshot(folders.target)).toEqual(before);
  return (details ?? []).map((line) => inEnglish(line));
}

/** archive.json as loosely typed JSON, for breaking it on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shape may be written into a broken file
type Loose = Record<string, any>;

const editJson = (edit: (file: Loose) => void) =>
  rezip(archive, (text) => {
    const file = JSON.parse(text) as Loose;
    edit(file);
    return JSON.stringify(file);
  });

describe('a bad archive changes nothing', () => {
  it('not a zip', async () => {
    expect(await refused(strToU8('%PDF-1.7 not an archive'))).toEqual([
      '(file): not a zip archive; a LetterDesk archive is a .zip file',
    ]);
  });

  it('a zip cut short', async () => {
    expect(await refused(archive.subarray(0, Math.floor(archive.length / 2)))).toEqual([
      '(file): the zip archive is damaged or incomplete; export it again',
    ]);
  });

  it('a zip without archive.json', async () => {
    expect(await refused(zipSync({ 'notes.txt': strToU8('hello') }))).toEqual([
      '(file): the zip has no archive.json; it is not a LetterDesk archive',
    ]);
  });

  it('an archive.json that is not JSON, or from a newer LetterDesk', async () => {
    expect((await refused(rezip(archive, () => '{ nope')))[0]).toMatch(/^archive\.json: not valid JSON/);
    expect(await refused(editJson((file) => (file.schemaVersion = 2)))).toEqual([
      'schemaVersion: the archive is version 2, made by a newer LetterDesk; update LetterDesk to import it',
    ]);
  });

  it('unknown keys and wrong types, each with its place', async () => {
    const problems = await refused(
      editJson((file) => {
        file.letters[0].letter.colour = 'red';
        file.letters[0].versions[0].id = 42;
        file.sendings[1].outcome.extra = true;
        file.extra = 1;
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'letters[0].letter.colour: unknown key',
        'letters[0].versions[0].id: expected text, found a number',
        'extra: unknown key',
      ]),
    );
    expect(problems.some((line) => line.startsWith('sendings[1].outcome'))).toBe(true);
  });

  it('a "__proto__" key, even inside a document', async () => {
    const problems = await refused(
      rezip(archive, (text) =>
        JSON.stringify(JSON.parse(text)).replace('"root":{', '"root":{"__proto__":{"polluted":true},'),
      ),
    );
    expect(problems).toContain('letters[0].letter.preface.root.__proto__: unknown key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a sending whose version is not in the file', async () => {
    expect(
      await refused(
        editJson((file) => {
          const at = file.sendings.findIndex((s: { id: string }) => s.id === made.toFt.id);
          file.sendings[at].versionId = '20260101T000000000-00000000';
        }),
      ),
    ).toEqual([
      expect.stringMatching(
        /^sendings\[\d\]\.versionId: version "20260101T000000000-00000000" is neither in the file nor listed as absent$/,
      ),
    ]);
  });

  it('a sending of a letter neither in the file nor absent; a version of another letter; a changed text', async () => {
    const problems = await refused(
      editJson((file) => {
        file.absent.letters = [];
        file.letters[0].versions[0].letterId = file.letters[1].letter.id;
        file.texts[0].content.title = 'Changed behind LetterDesk’s back';
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^sendings\[\d\]\.letterId: letter "\w+" is neither in the file nor listed as absent$/,
        ),
        expect.stringMatching(/^letters\[0\]\.versions\[0\]\.letterId: the version belongs to letter/),
        'texts[0]: the text does not match its digest; the file was changed or damaged',
      ]),
    );
  });

  it('a duplicate id', async () => {
    expect(await refused(editJson((file) => file.sendings.push(file.sendings[0])))).toEqual([
      `sendings[${4}].id: "${made.toPost.id}" appears more than once in the file`,
    ]);
  });

  it('an archive over the size limit', async () => {
    const [problem] = await refused(base64(new Uint8Array(ARCHIVE_MAX_BYTES + 1)));
    expect(problem).toMatch(
      /^\(file\): the archive is 22\.0 MB; an archive may be at most 22\.0 MB\. Export a smaller selection/,
    );
  });

  it('a zip bomb', async () => {
    const bomb = zipSync({ 'archive.json': strToU8('{}'), 'padding.bin': new Uint8Array(40 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(200_000);
    expect(await refused(bomb)).toEqual([
      '(file): the zip unpacks to more than 256.0 MB, or far more than its size; it is not a LetterDesk archive',
    ]);
  });
});

describe('a write that fails halfway', () => {
  it('takes back what the import wrote', async () => {
    const before = await snapshot(folders.target);
    const adopt = into.log.adopt.bind(into.log);
    let calls = 0;
    vi.spyOn(into.log, 'adopt').mockImplementation(async (sending) => {
      calls += 1;
      if (calls === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return adopt(sending);
    });
    await expect(into.archive.import('archive.zip', base64(archive))).rejects.toThrow(/ENOSPC/);
    // The sendings are written in batches: the others of the failing one were written, and are taken back too.
    expect(calls).toBe(4);
    await into.log.flush();
    await into.letters.flush();
    expect(await snapshot(folders.target)).toEqual(before);
    // And the services know it: the library, the log and the histories are as before.
    expect(into.letters.list().length + into.letters.list(true).length).toBe(1);
    expect((await into.log.sendings()).length).toBe(1);
    expect((await into.history.list(made.ports.id)).versions).toEqual([]);

    vi.restoreAllMocks();
    const result = await into.archive.import('archive.zip', base64(archive));
    expect(result.sendings).toEqual({ added: 4, alreadyThere: 0 });
    expect(result.letters).toEqual({ added: 3, alreadyThere: 0 });
  });
});
