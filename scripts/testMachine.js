// What `npm test` needs from the machine besides Node, how to tell whether it
// is there, and the Debian packages that provide it. Dependency-free: it runs
// before `npm ci`, when node_modules may not exist yet.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * @typedef {object} Need
 * @property {string} what    Said to the user, e.g. "Chromium (/usr/bin/chromium)".
 * @property {string[]} packages  The Debian packages that provide it.
 * @property {boolean} installable  False where installing the packages would not help (CHROMIUM_PATH set to a missing file).
 */

/**
 * @param {string} file
 * @returns {boolean}
 */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {string} command
 * @returns {boolean}
 */
export function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && isExecutable(join(dir, command)));
}

/** Whether fontconfig knows a font with Chinese glyphs (LibreOffice and Chromium pick it for Chinese). */
function hasChineseFont() {
  const run = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 30_000 });
  return !run.error && run.status === 0 && run.stdout.trim() !== '';
}

// Poppler's tools that tests/helpers/libreoffice.ts and tests/e2e/pdf.spec.ts read PDFs with.
const POPPLER = ['pdftotext', 'pdfinfo', 'pdfimages', 'pdffonts'];

/**
 * What this machine lacks for `npm test`. The bench's extra needs (pandoc) are
 * not asked for: `npm test` does not run it.
 * @param {NodeJS.ProcessEnv} env
 * @returns {Need[]}
 */
export function missingNeeds(env = process.env) {
  /** @type {Need[]} */
  const missing = [];
  // The end-to-end tests drive Debian's Chromium (playwright.config.ts), never Playwright's download.
  const chromium = env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!isExecutable(chromium)) {
    missing.push(
      env.CHROMIUM_PATH
        ? {
            what: `Chromium (CHROMIUM_PATH=${chromium} is not an executable file)`,
            packages: ['chromium'],
            installable: false,
          }
        : { what: `Chromium (${chromium})`, packages: ['chromium'], installable: true },
    );
  }
  // The LibreOffice check asserts that Chinese prints in a CJK font; Liberation stands in for Times New Roman.
  if (!hasChineseFont()) {
    missing.push({
      what: 'a Chinese font (fc-list :lang=zh finds none)',
      packages: ['fonts-noto-cjk', 'fonts-liberation', 'fontconfig'],
      installable: true,
    });
  }
  // tests/unit/libreoffice.test.ts opens every exported variant in LibreOffice.
  if (!onPath('soffice')) {
    missing.push({
      what: 'LibreOffice (soffice)',
      packages: ['libreoffice-writer-nogui'],
      installable: true,
    });
  }
  const noPoppler = POPPLER.filter((tool) => !onPath(tool));
  if (noPoppler.length) {
    missing.push({
      what: `Poppler (${noPoppler.join(', ')})`,
      packages: ['poppler-utils'],
      installable: true,
    });
  }
  return missing;
}

/**
 * How this process may run apt-get: as root directly, through passwordless
 * sudo, or not at all (with the reason).
 * @returns {{ prefix: string[] } | { cannot: string }}
 */
export function aptAccess() {
  if (!onPath('apt-get')) return { cannot: 'this machine has no apt-get' };
  if (process.getuid?.() === 0) return { prefix: [] };
  if (!onPath('sudo')) return { cannot: 'not running as root, and there is no sudo' };
  // -n: fail at once rather than wait for a password nobody will type.
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 10_000 });
  if (sudo.error || sudo.status !== 0) return { cannot: 'not running as root, and sudo asks for a password' };
  return { prefix: ['sudo', '-n'] };
}

/**
 * The Debian packages for these needs, in a stable order without repeats.
 * @param {Need[]} needs
 * @returns {string[]}
 */
export function packagesFor(needs) {
  return [...new Set(needs.flatMap((need) => need.packages))];
}

/**
 * The command a person types to install the packages.
 * @param {string[]} packages
 * @returns {string}
 */
export function installCommand(packages) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/**
 * Runs apt-get update and install with the terminal attached, so its progress shows.
 * @param {string[]} prefix  [] as root, ['sudo', '-n'] otherwise.
 * @param {string[]} packages
 * @returns {boolean} whether both commands succeeded
 */
export function aptInstall(prefix, packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // sudo drops most of the environment, so the frontend is passed through `env`.
  const apt = [...prefix, ...(prefix.length ? ['env', 'DEBIAN_FRONTEND=noninteractive'] : []), 'apt-get'];
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const run = spawnSync(apt[0], [...apt.slice(1), ...args], { stdio: 'inherit', env });
    if (run.error || run.status !== 0) return false;
  }
  return true;
}
