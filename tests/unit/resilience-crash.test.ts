/**
 * A crash (SIGKILL, power cut) in the middle of an autosave never leaves a
 * torn letter: a child process autosaves one letter in a tight loop and is
 * killed at a random moment, 100 times; after each kill the library reopens
 * with no damage notice and the letter is one whole version.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docToPlainText } from '../../core/document/plainText';
import { parseLetter } from '../../core/schemas/letter';
import { versionBody } from '../helpers/crashWriter';
import { makeDataDir, openServices, REPO_ROOT } from '../helpers/services';
import { english } from '../helpers/english';

const KILLS = 100;
let data: Awaited<ReturnType<typeof makeDataDir>>;
let childScript: string;

beforeAll(async () => {
  data = await makeDataDir();
  // Node 20 cannot run TypeScript, so the child (our real services) is bundled once.
  childScript = join(data.dir, 'crashWriter.mjs');
  await build({
    input: join(REPO_ROOT, 'tests/helpers/crashWriter.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { file: childScript, format: 'esm', codeSplitting: false },
  });
});
afterAll(() => data.cleanup());

/** Starts the writer, waits until it is saving, lets it run a random while, then SIGKILLs it. */
function runAndKill(dataDir: string, id: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, join(REPO_ROOT, 'templates'), id], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), 1 + Math.random() * 40));
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited with ${code}: ${stderr}`)),
    );
  });
}

describe('crash during autosave', () => {
  it(`leaves a whole letter after each of ${KILLS} kills`, async () => {
    const dataDir = join(data.dir, 'library');
    const services = await openServices(dataDir);
    const { id } = await services.letters.create(null);
    const lettersDir = join(dataDir, 'letters');
    let lastVersion = 0;

    for (let kill = 0; kill < KILLS; kill++) {
      await runAndKill(dataDir, id);
      // Every file that looks like a letter parses; temporary files may remain.
      const names = (await readdir(lettersDir)).filter((name) => name.endsWith('.json'));
      expect(names).toEqual([`${id}.json`]);
      parseLetter(JSON.parse(await readFile(join(lettersDir, names[0]), 'utf8')));

      const reopened = await openServices(dataDir);
      expect(english(reopened.info().notices)).toEqual([]);
      expect(reopened.letters.list().map((s) => s.id)).toEqual([id]);
      const letter = await reopened.letters.get(id);
      const version = letter.title === '' ? 0 : Number(letter.title.slice(1));
      // The body belongs to the same version as the title: no mix of two saves.
      if (version > 0)
        expect(docToPlainText(letter.body, () => '')).toBe(docToPlainText(versionBody(version), () => ''));
      lastVersion = Math.max(lastVersion, version);
    }
    // The kills did land during saving, not before the first one.
    expect(lastVersion).toBeGreaterThan(0);
  }, 120_000);
});
