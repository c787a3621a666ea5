/**
 * Library scale, in process on a real data folder: opening the library (first
 * without, then with the summary index on disk), autosave, list, building the
 * full-text index, and searches through the same service call the app makes
 * (`letters.search`, including the excerpts of the first 50 results).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { paragraphNode, textNode } from '../core/editorDoc';
import type { Letter } from '../core/letter';
import type { Services } from '../electron/services/createServices';
import { generateLetter } from './generateLetter';
import { median, timeRuns } from './stats';
import { openBenchServices } from './benchServices';

export interface LibraryFigures {
  letters: number;
  /** Opening with no summary index: every letter file is read (the first start after an upgrade). */
  openMs: number;
  /** Opening with the summary index a previous run left. */
  openIndexedMs: number;
  /** Building the full-text index in the background after start-up. */
  searchIndexMs: number;
  saveMedianMs: number;
  listMedianMs: number;
  searchMedianMs: Record<string, number>;
  searchHits: Record<string, number>;
}

/** One letter in RARE_EVERY mentions this, so a search has a realistic handful of hits. */
const RARE_TEXT = 'On nanotechnology (纳米技术), the facts are otherwise.';
const RARE_EVERY = 100;
const PUBLICATIONS = ['EUobserver', 'Le Soir', 'Politico Europe', 'De Standaard', 'Financial Times'];

/** Writes the files directly (as a restored backup would), so seeding 10,000 letters takes seconds. */
export async function seedLibrary(dataDir: string, count: number): Promise<void> {
  const lettersDir = join(dataDir, 'letters');
  await mkdir(lettersDir, { recursive: true });
  const base = Date.UTC(2020, 0, 1);
  for (let start = 0; start < count; start += 250) {
    const batch = Array.from({ length: Math.min(250, count - start) }, (_, k) => {
      const i = start + k;
      const letter = generateLetter({
        id: `seed${i}`,
        words: 500,
        prefaceChars: 200,
        publication: PUBLICATIONS[i % PUBLICATIONS.length],
        seed: i,
        now: new Date(base + i * 60_000),
      });
      if (i % RARE_EVERY === 0) letter.body.root.children.push(paragraphNode([textNode(RARE_TEXT)]));
      return writeFile(join(lettersDir, `${letter.id}.json`), JSON.stringify(letter));
    });
    await Promise.all(batch);
  }
}

export async function libraryFigures(
  count: number,
  sample: Letter,
  searchTerms: string[],
): Promise<LibraryFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'letterdesk-bench-lib-'));
  try {
    await seedLibrary(dataDir, count);
    await writeFile(join(dataDir, 'letters', `${sample.id}.json`), JSON.stringify(sample));
    const open = () => openBenchServices(dataDir);
    let started = performance.now();
    const first: Services = await open();
    const openMs = performance.now() - started;
    await first.letters.flush();

    started = performance.now();
    const services = await open();
    const openIndexedMs = performance.now() - started;
    started = performance.now();
    await services.letters.startSearchIndexing();
    const searchIndexMs = performance.now() - started;

    // Each autosave is based on the one before, as the editor's are (a stale one would be refused).
    let edits = 0;
    let current = await services.letters.get(sample.id);
    const saves = await timeRuns(30, async () => {
      current = await services.letters.save({ ...current, title: `Autosave ${++edits}` });
    });
    const lists = await timeRuns(10, () => services.letters.list());
    const searchMedianMs: Record<string, number> = {};
    const searchHits: Record<string, number> = {};
    for (const term of searchTerms) {
      searchHits[term] = (await services.letters.search(term)).total;
      searchMedianMs[term] = median(await timeRuns(10, () => services.letters.search(term)));
    }
    // The saves left an index write pending: done before the folder is removed, not during.
    await services.letters.flush();
    return {
      letters: count + 1,
      openMs,
      openIndexedMs,
      searchIndexMs,
      saveMedianMs: median(saves),
      listMedianMs: median(lists),
      searchMedianMs,
      searchHits,
    };
  } finally {
    // Retried: a write the services started in the background may still be landing.
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  }
}
