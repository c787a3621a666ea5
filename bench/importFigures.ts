/**
 * Template import at scale, in process on a real data folder: a shared-library
 * file of 500 templates imported into a library that already holds 1,000 (every
 * name clashes, so each one takes the rename path), and the same 500, edited
 * between rounds, imported three times in a row into a fresh library. Meanwhile `letters.list` is asked
 * for every 10 ms, as the page would, to see how long a request waits behind the
 * import.
 */
import { performance } from 'node:perf_hooks';
import { LIBRARY_SCHEMA_VERSION } from '../core/libraryFile';
import type { UserTemplate } from '../core/template';
import type { Services } from '../electron/services/createServices';
import { generateLetter } from './generateLetter';
import { median } from './stats';
import { inEmptyDataFolder, openBenchServices } from './benchServices';

export interface ImportFigures {
  /** 500 templates into a library of 1,000, all clashing by name: the rename path. */
  intoThousandMs: number;
  /** The same 500 imported three times into a fresh library (the second and third rename them all). */
  threeTimesMs: number[];
  /** `letters.list` asked every 10 ms during the import into 1,000: how late its answers came. */
  listDuringImport: { requests: number; medianMs: number; maxMs: number };
}

const POLL_MS = 10;

/** `count` templates of a short letter each (~1 kB), named `Template <offset + i>`. */
export function benchTemplates(count: number, offset = 0): UserTemplate[] {
  return Array.from({ length: count }, (_, k) => {
    const i = offset + k;
    const letter = generateLetter({ id: `t${i}`, words: 60, prefaceChars: 40, seed: i });
    return {
      schemaVersion: 1,
      revision: 0,
      id: `bench-${i}`,
      name: `Template ${i}`,
      nameZh: '',
      description: 'Bench template',
      addressee: '',
      salutationOptions: [],
      salutation: 'Dear Sir,',
      closing: 'Yours faithfully,',
      preface: letter.preface,
      body: letter.body,
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
}

const libraryText = (templates: UserTemplate[]) =>
  JSON.stringify({ schemaVersion: LIBRARY_SCHEMA_VERSION, templates });

/** Runs `task` while `letters.list` is requested every POLL_MS; returns how late each answer was. */
export async function pollDuring(services: Services, task: Promise<unknown>): Promise<number[]> {
  const delays: number[] = [];
  let done = false;
  const finished = task.finally(() => {
    done = true;
  });
  while (!done) {
    const due = performance.now() + POLL_MS;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    services.letters.list();
    delays.push(performance.now() - due);
  }
  await finished;
  return delays;
}

function withServices<T>(run: (services: Services) => Promise<T>): Promise<T> {
  return inEmptyDataFolder(async (dataDir) => run(await openBenchServices(dataDir)));
}

export async function importFigures(): Promise<ImportFigures> {
  const file = benchTemplates(500);
  const { intoThousandMs, delays } = await withServices(async (services) => {
    // 1,000 already there, 500 of them with the names the file brings.
    services.templates.setUserTemplates(
      benchTemplates(1000).map((t, i) => ({ ...t, id: `mine-${i}`, description: 'Mine' })),
    );
    const started = performance.now();
    const importing = services.library.import('bench.json', libraryText(file), 'rename');
    const delays = await pollDuring(services, importing);
    return { intoThousandMs: performance.now() - started, delays };
  });
  const threeTimesMs = await withServices(async (services) => {
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      // Edited between rounds, so every template clashes by id and name and is renamed.
      const edited = libraryText(file.map((t) => ({ ...t, description: `Round ${round}` })));
      const started = performance.now();
      await services.library.import('bench.json', edited, 'rename');
      times.push(performance.now() - started);
    }
    return times;
  });
  return {
    intoThousandMs,
    threeTimesMs,
    listDuringImport: {
      requests: delays.length,
      medianMs: median(delays),
      maxMs: Math.max(...delays),
    },
  };
}
