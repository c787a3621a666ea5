/**
 * The built browser-mode server (`out/main/server.js`) on a temporary data
 * folder, and a typed-enough client for its API (token in a header).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @param {string} repoRoot
 * @param {{ prepare?: (dataDir: string) => Promise<void> }} [options] fills the data folder before the server starts
 */
export async function startServer(repoRoot, { prepare } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'letterdesk-bench-app-'));
  await prepare?.(dataDir);
  const child = spawn(process.execPath, [join(repoRoot, 'out/main/server.js'), '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise((resolve, reject) => {
    let output = '';
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString();
      const match = /running in browser mode at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The LetterDesk server exited (${code}):\n${output}`)));
  });
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get('token') ?? '';

  /** @param {string} name @param {unknown} input */
  async function call(name, input = {}) {
    const response = await fetch(`${origin}/api/${name}`, {
      method: 'POST',
      headers: { 'X-LetterDesk-Token': token, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const result = await response.json();
    if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
    return result.value;
  }

  /** Stores `content` (a generated letter) as a new letter in the library; returns the stored letter. */
  async function addLetter(/** @type {Record<string, unknown>} */ content) {
    const created = await call('letters.create', { templateId: null });
    // The save is based on the letter just created: its id, times and revision, not the content's.
    const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...rest } = content;
    return call('letters.save', { letter: { ...created, ...rest } });
  }

  async function stop() {
    if (child.exitCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    }
    await rm(dataDir, { recursive: true, force: true });
  }
  return { url, call, addLetter, stop };
}
