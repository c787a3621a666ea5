/**
 * `node bench/compareStartup.js <other-checkout>`: start-up of this build and
 * another one (e.g. a worktree of the commit before a change), side by side in
 * one run on one browser, so that the machine's load falls on both alike.
 * Both checkouts must be built (`npm run build`; this one also
 * `npm run build:bench`). Rounds alternate the builds, a few starts each;
 * the figures are medians over all rounds. A comparison, not a test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { median, parseLetter } from '../out/bench/bench.js';
import { startServer } from './appServer.js';
import { startupFigures } from './browserFigures.js';
import { formatTable, ms } from './report.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROUNDS = 6;
const STARTS_PER_ROUND = 3;

const other = process.argv[2];
if (!other) {
  console.error('Usage: node bench/compareStartup.js <other-checkout>');
  process.exit(2);
}
const sample = parseLetter(
  JSON.parse(
    readFileSync(new URL('../tests/fixtures/letters/euobserver-rebuttal.json', import.meta.url), 'utf8'),
  ),
);

/** Each build with the sample letter open, as `npm run bench` times start-up. */
async function serve(root) {
  const server = await startServer(root);
  const opened = await server.addLetter(sample);
  await server.call('session.set', { openLetterId: opened.id });
  return server;
}

const builds = [
  { name: `other (${other})`, server: await serve(resolve(other)), locale: 'en-GB' },
  { name: 'this build', server: await serve(REPO_ROOT), locale: 'en-GB' },
  { name: 'this build, Chinese interface', server: null, locale: 'zh-CN' },
];
builds[2].server = builds[1].server;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const shown = builds.map(() => []);
const echoed = builds.map(() => []);
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, build] of builds.entries()) {
      const figures = await startupFigures(browser, build.server.url, STARTS_PER_ROUND, build.locale);
      shown[i].push(figures.shownMedianMs);
      echoed[i].push(figures.echoedMedianMs);
    }
  }
} finally {
  await browser.close();
  await builds[0].server.stop();
  await builds[1].server.stop();
}
console.log(
  formatTable(
    builds.flatMap((build, i) => [
      { figure: `${build.name}: nav → editor shown`, value: median(shown[i]), unit: 'ms' },
      {
        figure: `${build.name}: nav → typed key painted`,
        value: median(echoed[i]),
        unit: 'ms',
        note: `rounds: ${echoed[i].map(ms).join(', ')}`,
      },
    ]),
  ),
);
