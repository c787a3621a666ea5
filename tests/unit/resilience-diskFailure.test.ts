/**
 * When the disk refuses a write (full, read-only, or the folder gone), the user
 * is told what happened and what to do, the version on disk is the previous
 * one, and the next save after the problem is fixed goes through. Writes fail
 * for real: a 64 KiB tmpfs fills up (ENOSPC), the same tmpfs is remounted
 * read-only (EROFS: unlike a chmod, it stops root too), and a file replaces a
 * folder (ENOTDIR).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { createHandlers } from '../../electron/api/handlers';
import { dispatch } from '../../electron/api/dispatch';
import { makeDataDir, openServices } from '../helpers/services';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { pressCounsellor } from '../helpers/signatory';
import { english } from '../helpers/english';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

/** A letter whose body is `size` characters: bigger than the tiny disk when large. */
const withBody = (letter: Letter, title: string, size: number): Letter => ({
  ...letter,
  title,
  body: editorDoc([paragraphNode([textNode('x'.repeat(size))])]),
});

async function openApi(dataDir: string) {
  const services = await openServices(dataDir);
  const handlers = createHandlers(services, CANCELLING_TRANSPORT);
  return { services, call: (name: string, input: unknown) => dispatch(handlers, name, input) };
}

/** Mounts a 64 KiB tmpfs (needs root and a kernel that allows it), or says why not. */
function mountTinyDisk(dir: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Runs `test` with a data folder on a 64 KiB tmpfs, or skips saying why there is none. */
async function onTinyDisk(ctx: TestContext, test: (disk: string) => Promise<void>): Promise<void> {
  const disk = join(data.dir, 'disk');
  await mkdir(disk);
  const failure = mountTinyDisk(disk);
  if (failure) ctx.skip(`cannot mount a tmpfs here, so no real ENOSPC: ${failure}`);
  try {
    await test(disk);
  } finally {
    execFileSync('umount', [disk]);
  }
}

describe('full disk', () => {
  it('refuses a letter that does not fit, keeps the previous version, and saves once there is room', (ctx) =>
    onTinyDisk(ctx, async (disk) => {
      const { services, call } = await openApi(disk);
      const created = await services.letters.create(null);
      const letter = await services.letters.save(withBody(created, 'Small', 1_000));

      const result = await call('letters.save', { letter: withBody(letter, 'Too big', 200_000) });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'storage',
          message: expect.stringContaining('is full. Free some space and try again'),
          wording: {
            id: 'error.storage.diskFull',
            defaultMessage: expect.any(String),
            values: { action: 'saveLetter', title: 'Too big', where: 'dataFolder', folder: disk },
          },
        },
      });
      expect((await services.letters.get(letter.id)).title).toBe('Small');
      // No half-written temporary file is left eating the little space there is.
      expect(await readdir(join(disk, 'letters'))).toEqual([`${letter.id}.json`]);

      const next = await call('letters.save', { letter: withBody(letter, 'Fits', 2_000) });
      expect(next.ok).toBe(true);
      const reopened = await openServices(disk);
      expect((await reopened.letters.get(letter.id)).title).toBe('Fits');
      expect(english(reopened.info().notices)).toEqual([]);
    }));

  it('says the disk is full when a settings store cannot be written, and keeps the old profiles', (ctx) =>
    onTinyDisk(ctx, async (disk) => {
      const { call } = await openApi(disk);
      // The second save replaces the first: it names the revision the first one stored.
      const signatory = (nameEn: string, revision: number) => ({ ...pressCounsellor({ nameEn }), revision });
      expect((await call('signatories.save', { signatory: signatory('Li Ming', 0) })).ok).toBe(true);
      const filler = join(disk, 'filler');
      await writeFile(filler, 'x'.repeat(64 * 1024)).catch(() => undefined);

      const result = await call('signatories.save', { signatory: signatory('Wang Fang', 1) });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'storage',
          message: expect.stringMatching(/^Could not save signatories\.json: .* is full\. Free some space/),
          wording: {
            id: 'error.storage.diskFull',
            defaultMessage: expect.any(String),
            values: { action: 'saveFile', file: 'signatories.json', where: 'dataFolder', folder: disk },
          },
        },
      });

      await rm(filler);
      const reopened = await openServices(disk);
      expect(reopened.signatories.list().signatories.map((s) => s.nameEn)).toEqual(['Li Ming']);
      expect((await call('signatories.save', { signatory: signatory('Wang Fang', 1) })).ok).toBe(true);
    }));
});

describe('read-only data folder', () => {
  it('says the folder is read-only, keeps the previous version, and saves once it is writable again', (ctx) =>
    onTinyDisk(ctx, async (disk) => {
      const { services, call } = await openApi(disk);
      const created = await services.letters.create(null);
      const letter = await services.letters.save(withBody(created, 'Before', 100));

      execFileSync('mount', ['-o', 'remount,ro', disk]);
      const result = await call('letters.save', { letter: withBody(letter, 'During', 100) });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'storage',
          message: expect.stringMatching(
            /^Could not save the letter “During”: .* is read-only or you do not have permission to write there\. Choose another folder/,
          ),
          wording: {
            id: 'error.storage.readOnly',
            defaultMessage: expect.any(String),
            values: { action: 'saveLetter', title: 'During', where: 'dataFolder', folder: disk },
          },
        },
      });
      expect((await services.letters.get(letter.id)).title).toBe('Before');

      execFileSync('mount', ['-o', 'remount,rw', disk]);
      expect((await call('letters.save', { letter: withBody(letter, 'After', 100) })).ok).toBe(true);
      expect((await (await openServices(disk)).letters.get(letter.id)).title).toBe('After');
    }));
});

describe('letters folder gone', () => {
  it('says the folder is missing, and saves again once it is back', async () => {
    const { services, call } = await openApi(data.dir);
    const created = await services.letters.create(null);
    const letter = await services.letters.save(withBody(created, 'Before', 100));
    const letters = join(data.dir, 'letters');
    // Something (a sync client, the user) put a file where the folder was.
    await rename(letters, `${letters}.away`);
    await writeFile(letters, 'not a folder');

    const result = await call('letters.save', { letter: withBody(letter, 'During', 100) });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'storage',
        message: expect.stringMatching(/^Could not save the letter “During”: .*does not exist any more/),
        wording: {
          id: 'error.storage.folderGone',
          defaultMessage: expect.any(String),
          values: { action: 'saveLetter', title: 'During', where: 'dataFolder', folder: data.dir },
        },
      },
    });

    await rm(letters);
    await rename(`${letters}.away`, letters);
    expect((await services.letters.get(letter.id)).title).toBe('Before');
    expect((await call('letters.save', { letter: withBody(letter, 'After', 100) })).ok).toBe(true);
    expect((await (await openServices(data.dir)).letters.get(letter.id)).title).toBe('After');
  });
});
