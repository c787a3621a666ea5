/**
 * `node bench/compareBuilds.js <other-checkout>`: this build and another one
 * (e.g. a worktree of the commit before a change) side by side in one run, so
 * that the machine's load falls on both alike:
 * - start-up on one browser (nav → editor shown, nav → typed key painted), in
 *   the English and (this build) the Chinese interface;
 * - an autosave round trip (`letters.save` over the browser-mode API) of the
 *   sample letter; in this build the letter has a history of 1,000 versions,
 *   so the figure says what keeping versions costs the save path;
 * - a bilingual DOCX export of the sample letter (`export.docx`; in browser
 *   mode the file is built in the call and waits for its download): the
 *   export's builder was reshaped for the redline in issue 13, and since
 *   issue 12 each export keeps an "Exported" version.
 * Both checkouts must be built (`npm run build`; this one also
 * `npm run build:bench`). Rounds alternate the builds; the figures are medians
 * over all rounds. A comparison, not a test.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { median, parseLetter, seedHistory } from '../out/bench/bench.js';
import { startServer } from './appServer.js';
import { startupFigures } from './browserFigures.js';
import { formatTable, ms } from './report.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROUNDS = 6;
const STARTS_PER_ROUND = 3;
const SAVES_PER_ROUND = 10;
const EXPORTS_PER_ROUND = 5;
const HISTORY_VERSIONS = 1000;

const other = process.argv[2];
if (!other) {
  console.error('Usage: node bench/compareBuilds.js <other-checkout>');
  process.exit(2);
}
const sample = parseLetter(
  JSON.parse(
    readFileSync(new URL('../tests/fixtures/letters/euobserver-rebuttal.json', import.meta.url), 'utf8'),
  ),
);
// Stored as a letter file before the server starts, so this build's copy can come with its history.
const stored = { ...sample, id: 'ab-sample', revision: 1 };

/** Each build with the sample letter open, as `npm run bench` times start-up; `history`: with 1,000 versions. */
async function serve(root, { history = false } = {}) {
  const server = await startServer(root, {
    prepare: async (dataDir) => {
      await mkdir(join(dataDir, 'letters'), { recursive: true });
      await writeFile(join(dataDir, 'letters', `${stored.id}.json`), JSON.stringify(stored));
      if (history) await seedHistory(dataDir, stored, HISTORY_VERSIONS);
    },
  });
  await server.call('session.set', { openLetterId: stored.id });
  let current;
  let edits = 0;
  /** One autosave as the editor makes it: based on the last, with a changed title so it writes. */
  server.timeSave = async () => {
    // The start-up figures type into this letter, and the page saves that: start from what is stored.
    current = await server.call('letters.get', { id: stored.id });
    const started = performance.now();
    current = await server.call('letters.save', { letter: { ...current, title: `A/B ${++edits}` } });
    return performance.now() - started;
  };
  server.timeExport = async () => {
    const started = performance.now();
    await server.call('export.docx', { id: stored.id, variant: 'bilingual' });
    return performance.now() - started;
  };
  return server;
}

const builds = [
  { name: `other (${other})`, server: await serve(resolve(other)), locale: 'en-GB', saves: [], exports: [] },
  {
    name: 'this build',
    server: await serve(REPO_ROOT, { history: true }),
    locale: 'en-GB',
    saves: [],
    exports: [],
  },
  { name: 'this build, Chinese interface', server: null, locale: 'zh-CN', saves: null, exports: null },
];
builds[2].server = builds[1].server;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const shown = builds.map(() => []);
const echoed = builds.map(() => []);
try {
  // The first save of each keeps an `edited` version in this build (none in the last ten minutes): not timed.
  await builds[0].server.timeSave();
  await builds[1].server.timeSave();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, build] of builds.entries()) {
      const figures = await startupFigures(browser, build.server.url, STARTS_PER_ROUND, build.locale);
      shown[i].push(figures.shownMedianMs);
      echoed[i].push(figures.echoedMedianMs);
    }
    for (let save = 0; save < SAVES_PER_ROUND; save++) {
      // Alternate which goes first, so neither always follows the other's write.
      const order = save % 2 ? [builds[0], builds[1]] : [builds[1], builds[0]];
      for (const build of order) build.saves.push(await build.server.timeSave());
    }
    for (let run = 0; run < EXPORTS_PER_ROUND; run++) {
      const order = run % 2 ? [builds[0], builds[1]] : [builds[1], builds[0]];
      for (const build of order) build.exports.push(await build.server.timeExport());
    }
  }
} finally {
  await browser.close();
  await builds[0].server.stop();
  await builds[1].server.stop();
}
const [otherSave, thisSave] = [median(builds[0].saves), median(builds[1].saves)];
const [otherExport, thisExport] = [median(builds[0].exports), median(builds[1].exports)];
console.log(
  formatTable([
    ...builds.flatMap((build, i) => [
      { figure: `${build.name}: nav → editor shown`, value: median(shown[i]), unit: 'ms' },
      {
        figure: `${build.name}: nav → typed key painted`,
        value: median(echoed[i]),
        unit: 'ms',
        note: `rounds: ${echoed[i].map(ms).join(', ')}`,
      },
    ]),
    { figure: `other (${other}): autosave round trip`, value: otherSave, unit: 'ms' },
    {
      figure: `this build: autosave round trip, ${HISTORY_VERSIONS.toLocaleString('en-GB')} versions`,
      value: thisSave,
      unit: 'ms',
      note: `ratio to the other build: ${(thisSave / otherSave).toFixed(2)}`,
    },
    { figure: `other (${other}): bilingual DOCX export, sample letter`, value: otherExport, unit: 'ms' },
    {
      figure: 'this build: bilingual DOCX export, sample letter',
      value: thisExport,
      unit: 'ms',
      note: `ratio to the other build: ${(thisExport / otherExport).toFixed(2)}`,
    },
  ]),
);
