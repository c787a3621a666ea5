// `npm start`: builds LetterDesk, then opens the desktop app, or, where no
// Electron binary is installed, the same app in browser mode (a loopback
// server that prints the address to open). Arguments pass through to either,
// e.g. `npm start -- --data-dir ~/letters`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electronBinary.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/** Runs a child with our terminal; Ctrl-C and `kill` reach it, and its exit code becomes ours. */
function run(command, commandArgs, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`LetterDesk: could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const buildCode = await run(process.execPath, [
  fileURLToPath(new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url)),
  'build',
  '--logLevel',
  'warn',
]);
if (buildCode !== 0) {
  console.error('LetterDesk: the build failed (see the messages above), so nothing was started.');
  process.exit(buildCode);
}

const electron = electronBinary();
if (electron) {
  // Set in some shells and CI images; it would make Electron behave as plain Node.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  process.exitCode = await run(electron, [root, ...args], env);
} else {
  console.log(
    'LetterDesk: no Electron binary is installed on this machine, so it runs in browser mode instead ' +
      '(`npx install-electron` fetches the desktop app where downloads are possible).',
  );
  process.exitCode = await run(process.execPath, [
    fileURLToPath(new URL('../out/main/server.js', import.meta.url)),
    ...args,
  ]);
}
