/**
 * Starts the real, built browser-mode server (`out/main/server.js`) on a real
 * data folder, as `npm start` does where Electron is missing. Restartable on the
 * same folder, to prove that everything survives quitting the app.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = join(REPO_ROOT, 'out', 'main', 'server.js');

export class AppServer {
  url = '';
  private child: ChildProcess | null = null;
  private constructor(readonly dataDir: string) {}

  static async start(dataDir?: string): Promise<AppServer> {
    if (!existsSync(SERVER))
      throw new Error('LetterDesk is not built: run `npm run build` first (npm test does).');
    const server = new AppServer(dataDir ?? (await mkdtemp(join(tmpdir(), 'letterdesk-e2e-'))));
    await server.launch();
    return server;
  }

  private launch(): Promise<void> {
    const child = spawn(process.execPath, [SERVER, '--data-dir', this.dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    return new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running in browser mode at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
        if (match) {
          this.url = match[1];
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) =>
        reject(new Error(`server exited (${code}) before it was ready:\n${output}`)),
      );
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.child = null;
  }

  /** Quit and start again on the same data folder (a new port and token, like a real relaunch). */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
