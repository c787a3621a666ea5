/**
 * One process owns a data folder: the real, built browser-mode server and
 * command line, run as a user runs them, over one folder.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hostname } from 'node:os';
import { DataFolderInUseError, lockDataFolder, STALE_MS } from '../../electron/runtime/dataFolderLock';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE, REPO_ROOT } from '../helpers/services';

const SERVER = join(REPO_ROOT, 'out', 'main', 'server.js');
const CLI = join(REPO_ROOT, 'bin', 'letterdesk.js');

let data: Awaited<ReturnType<typeof makeDataDir>>;
const running: ChildProcess[] = [];

beforeAll(() => {
  if (!existsSync(SERVER))
    throw new Error('LetterDesk is not built: run `npm run build` first (npm test does).');
});
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(async () => {
  for (const child of running.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await data.cleanup();
});

/** Starts the server; resolves once it is serving, or with its exit code and output if it stops first. */
function startServer(
  dataDir: string,
): Promise<{ child: ChildProcess; ready: boolean; code: number | null; output: string }> {
  const child = spawn(process.execPath, [SERVER, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/running in browser mode at/.test(output)) resolve({ child, ready: true, code: null, output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => resolve({ child, ready: false, code, output }));
  });
}

async function letterdesk(...args: string[]) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * Every file and folder under `dir` with its size and modification time: what "unchanged" means.
 * The server's lock is left out: its holder refreshes its time every few seconds.
 */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => !name.startsWith('letterdesk.lock'))
    .sort()
    .map((name) => {
      const stat = statSync(join(dir, name));
      return `${name} ${stat.isDirectory() ? 'dir' : stat.size} ${stat.mtimeMs}`;
    });
}

describe('one process per data folder', () => {
  it('refuses a second browser-mode server on the same folder, naming the one that holds it', async () => {
    const first = await startServer(data.dir);
    expect(first.ready).toBe(true);
    const second = await startServer(data.dir);
    expect(second.ready).toBe(false);
    expect(second.code).not.toBe(0);
    expect(second.output).toContain(
      `This data folder (${data.dir}) is in use by a LetterDesk browser-mode server (process ${first.child.pid} on this computer, since `,
    );
    expect(second.output).toContain('Close it first, or start with --data-dir to use another folder.');
    // The first one is still serving.
    expect(first.child.exitCode).toBeNull();
  });

  it('lets a new server take the folder at once when the holder was killed', async () => {
    const first = await startServer(data.dir);
    expect(first.ready).toBe(true);
    await new Promise<void>((resolve) => {
      first.child.once('exit', () => resolve());
      first.child.kill('SIGKILL');
    });
    const started = Date.now();
    const next = await startServer(data.dir);
    expect(next.output).toMatch(/running in browser mode/);
    // Well within the stale period: the dead holder's lock was recognised, not waited out.
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('gives the folder up when the server stops', async () => {
    const first = await startServer(data.dir);
    await new Promise<void>((resolve) => {
      first.child.once('exit', () => resolve());
      first.child.kill('SIGTERM');
    });
    expect(readdirSync(data.dir).filter((name) => name.startsWith('letterdesk'))).toEqual([]);
    expect((await startServer(data.dir)).ready).toBe(true);
  });
});

describe('read-only commands beside a running server', () => {
  async function libraryWithOneLetter() {
    const services = await openServices(data.dir);
    const letter = await services.letters.create(REBUTTAL_TEMPLATE, { publication: 'EUobserver' });
    await services.letters.save({ ...letter, title: 'Reply to EUobserver' });
    await services.letters.flush();
    return letter;
  }

  /** Runs list and export by id as a user would, and returns what they printed. */
  async function listAndExport(id: string) {
    const listed = await letterdesk('list', '--data-dir', data.dir);
    const out = join(data.dir, '..', `${id}-export.docx`);
    const exported = await letterdesk('export', id, '-o', out, '--data-dir', data.dir);
    expect(existsSync(out)).toBe(true);
    return { listed, exported };
  }

  it('list and export by id work while a server holds the folder, and leave it exactly as it was', async () => {
    const letter = await libraryWithOneLetter();
    const server = await startServer(data.dir);
    expect(server.ready).toBe(true);
    // A store hand-edited badly while the server runs: the app sets such a file aside when it opens it.
    writeFileSync(join(data.dir, 'dictionary.json'), '{"words": [');
    const before = listing(data.dir);

    const { listed, exported } = await listAndExport(letter.id);
    expect(listed).toMatchObject({ code: 0, stdout: expect.stringContaining('Reply to EUobserver') });
    expect(exported).toMatchObject({ code: 0 });
    expect(listing(data.dir)).toEqual(before);
  });

  it('leave damaged letter files where they are, for the app to set aside', async () => {
    const letter = await libraryWithOneLetter();
    writeFileSync(join(data.dir, 'letters', 'broken.json'), '{"id": "broken"');
    const before = listing(data.dir);
    const { listed } = await listAndExport(letter.id);
    expect(listed.stdout).toContain('Reply to EUobserver');
    expect(listing(data.dir)).toEqual(before);
  });

  it('create no data folder that does not exist', async () => {
    const missing = join(data.dir, 'nothing-here');
    const listed = await letterdesk('list', '--data-dir', missing);
    expect(listed).toMatchObject({ code: 1, stderr: expect.stringContaining('No LetterDesk library at') });
    expect(existsSync(missing)).toBe(false);
  });
});

describe('the data-folder lock', () => {
  it('refuses a second holder in the same process and names the first', async () => {
    const held = await lockDataFolder(data.dir, 'app');
    try {
      const second = lockDataFolder(data.dir, 'server');
      await expect(second).rejects.toBeInstanceOf(DataFolderInUseError);
      await expect(second).rejects.toThrow(
        new RegExp(
          `in use by the LetterDesk app \\(process ${process.pid} on this computer, since \\d\\d:\\d\\d\\)`,
        ),
      );
    } finally {
      await held.release();
    }
    const again = await lockDataFolder(data.dir, 'cli');
    await again.release();
  });

  it('takes over at once from a holder on this computer whose process is gone', async () => {
    // What a killed holder leaves: its lock, fresh, and its owner file with a process that no longer exists.
    mkdirSync(join(data.dir, 'letterdesk.lock'));
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(
      join(data.dir, 'letterdesk-owner.json'),
      JSON.stringify({
        pid: gone.pid,
        hostname: hostname(),
        kind: 'server',
        since: new Date().toISOString(),
      }),
    );
    const lock = await lockDataFolder(data.dir, 'app');
    await lock.release();
  });

  it('waits out the stale period for a holder on another computer', async () => {
    mkdirSync(join(data.dir, 'letterdesk.lock'));
    writeFileSync(
      join(data.dir, 'letterdesk-owner.json'),
      JSON.stringify({ pid: 4242, hostname: 'elsewhere', kind: 'app', since: new Date().toISOString() }),
    );
    await expect(lockDataFolder(data.dir, 'server')).rejects.toThrow(
      /in use by the LetterDesk app \(process 4242 on the computer “elsewhere”, since /,
    );
  });

  it('takes over from a holder on another computer once its lock has not been refreshed for the stale period', async () => {
    const lockDir = join(data.dir, 'letterdesk.lock');
    mkdirSync(lockDir);
    writeFileSync(
      join(data.dir, 'letterdesk-owner.json'),
      JSON.stringify({ pid: 4242, hostname: 'elsewhere', kind: 'app', since: new Date(0).toISOString() }),
    );
    const lastRefresh = new Date(Date.now() - STALE_MS - 1000);
    utimesSync(lockDir, lastRefresh, lastRefresh);
    const lock = await lockDataFolder(data.dir, 'server');
    await lock.release();
  });
});
