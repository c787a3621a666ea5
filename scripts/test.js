// `npm test` on any machine with Node, fresh or not: first makes sure the
// machine has what the tests need (installing the Debian packages where it may
// run apt-get as root or through passwordless sudo, otherwise stopping at once
// with one message saying what is missing and the command that installs it),
// then the npm packages (`npm ci` when node_modules does not match the lock
// file), then runs the checks in order and stops at the first that fails.
//
//   node scripts/test.js --check        only say whether anything is missing; install and run nothing
//   LETTERDESK_TEST_NO_INSTALL=1 npm test   report what is missing instead of installing it
//
// Dependency-free: it runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptAccess, aptInstall, installCommand, missingNeeds, packagesFor } from './testMachine.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STARTED = Date.now();

/** Time since npm test started, so a slow step shows in the log. */
function elapsed() {
  const s = Math.round((Date.now() - STARTED) / 1000);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** The package.json scripts `npm test` runs, in order: cheap checks first, so a slip fails fast. */
const STEPS = ['typecheck', 'lint', 'i18n:check', 'build', 'test:unit', 'test:e2e', 'security'];

/**
 * Runs npm with the terminal attached. Under `npm test`, npm_execpath names the npm that
 * started us, so the same npm runs the steps.
 * @param {string[]} args
 * @returns {number} its exit code
 */
function npm(args) {
  const cli = process.env.npm_execpath;
  const [command, ...rest] = cli?.endsWith('.js') ? [process.execPath, cli, ...args] : ['npm', ...args];
  const run = spawnSync(command, rest, { cwd: ROOT, stdio: 'inherit' });
  if (run.error) console.error(`npm test: could not run npm: ${run.error.message}`);
  return run.status ?? 1;
}

/**
 * @param {string} path
 * @returns {any}
 */
function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Why node_modules does not match package-lock.json, or null when it does. npm
 * records what it installed in node_modules/.package-lock.json; every package
 * of the lock file must be there in the same version (optional ones only
 * where this platform installed them).
 * @returns {string | null}
 */
export function staleNodeModules() {
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return 'node_modules is not installed';
  const want = readJson(join(ROOT, 'package-lock.json')).packages ?? {};
  const have = readJson(installed).packages ?? {};
  for (const [path, entry] of Object.entries(want)) {
    if (!path) continue;
    if (!have[path]) {
      if (!entry.optional) return `${path} is not installed`;
    } else if (have[path].version !== entry.version) {
      return `${path} is ${have[path].version}, package-lock.json wants ${entry.version}`;
    }
  }
  return null;
}

/**
 * The one message for a machine that lacks something and where npm test may not install it.
 * @param {import('./testMachine.js').Need[]} missing
 * @param {string} why
 * @returns {string}
 */
function missingMessage(missing, why) {
  const lines = [
    `npm test cannot run: this machine lacks ${missing.map((need) => need.what).join(', ')}; ${why}.`,
    `Install with:  ${installCommand(packagesFor(missing))}`,
  ];
  if (missing.some((need) => need.packages.includes('chromium'))) {
    lines.push('(For Chromium, CHROMIUM_PATH=/path/to/chromium also works.)');
  }
  lines.push('Then run `npm test` again.');
  return lines.join('\n');
}

/**
 * Makes sure the machine has what the tests need. Returns an exit code, or null to carry on.
 * @param {boolean} mayInstall
 * @param {string} noInstallWhy
 * @returns {number | null}
 */
function ensureMachine(mayInstall, noInstallWhy) {
  const missing = missingNeeds();
  if (!missing.length) return null;
  if (missing.some((need) => !need.installable)) {
    console.error(
      missingMessage(missing, "point CHROMIUM_PATH at a Chromium executable, or unset it to use Debian's"),
    );
    return 1;
  }
  if (!mayInstall) {
    console.error(missingMessage(missing, noInstallWhy));
    return 1;
  }
  const access = aptAccess();
  if ('cannot' in access) {
    console.error(missingMessage(missing, `${access.cannot}, so npm test cannot install them`));
    return 1;
  }
  const packages = packagesFor(missing);
  console.log(
    `npm test: installing ${packages.join(' ')} (missing: ${missing.map((n) => n.what).join(', ')})`,
  );
  const installed = aptInstall(access.prefix, packages);
  const still = missingNeeds();
  if (still.length) {
    const why = installed ? 'apt-get installed the packages but they did not provide it' : 'apt-get failed';
    console.error(missingMessage(still, why));
    return 1;
  }
  return null;
}

/**
 * Makes sure node_modules matches package-lock.json. Returns an exit code, or null to carry on.
 * @param {boolean} mayInstall
 * @param {string} noInstallWhy
 * @returns {number | null}
 */
function ensureNodeModules(mayInstall, noInstallWhy) {
  const stale = staleNodeModules();
  if (!stale) return null;
  if (!mayInstall) {
    console.error(
      `npm test cannot run: the npm packages are not installed as package-lock.json says (${stale}); ${noInstallWhy}.\n` +
        'Install with:  npm ci\nThen run `npm test` again.',
    );
    return 1;
  }
  console.log(`npm test: installing the npm packages (${stale})`);
  if (npm(['ci', '--no-audit', '--no-fund']) !== 0) {
    console.error('npm test: `npm ci` failed (see above), so no test ran.');
    return 1;
  }
  return null;
}

/** @returns {number} */
function runSteps() {
  const scripts = readJson(join(ROOT, 'package.json')).scripts ?? {};
  const unknown = STEPS.filter((step) => !scripts[step]);
  if (unknown.length) {
    console.error(`npm test: package.json has no script ${unknown.join(', ')}, which scripts/test.js runs.`);
    return 1;
  }
  for (const [i, step] of STEPS.entries()) {
    console.log(`\nnpm test: step ${i + 1} of ${STEPS.length}: npm run ${step} (at ${elapsed()})`);
    const code = npm(['run', step]);
    if (code !== 0) {
      const rest = STEPS.slice(i + 1);
      console.error(
        `\nnpm test FAILED at step "${step}" (npm run ${step}, exit code ${code})` +
          (rest.length ? `; not run: ${rest.join(', ')}.` : '.'),
      );
      return code;
    }
  }
  console.log(`\nnpm test: all ${STEPS.length} steps passed (${STEPS.join(', ')}) in ${elapsed()}.`);
  return 0;
}

function main() {
  const checkOnly = process.argv.includes('--check');
  const noInstall = process.env.LETTERDESK_TEST_NO_INSTALL === '1';
  const why = checkOnly ? '--check installs nothing' : 'LETTERDESK_TEST_NO_INSTALL=1 forbids installing';
  const mayInstall = !checkOnly && !noInstall;
  const code = ensureMachine(mayInstall, why) ?? ensureNodeModules(mayInstall, why);
  if (code !== null) return code;
  if (checkOnly) {
    console.log('npm test: this machine has everything the tests need.');
    return 0;
  }
  return runSteps();
}

process.exitCode = main();
