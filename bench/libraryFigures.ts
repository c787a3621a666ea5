/**
 * Library scale, in process on a real data folder: autosave, list, and a
 * full-text search. There is no search API, so the search here is the bench's
 * own naive one (read every stored letter, match its plain text): it shows what
 * such a search would cost, not what the app does.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { docToPlainText, paragraphNode, textNode } from '../core/editorDoc';
import type { Letter } from '../core/letter';
import { appVersion, findAppRoot } from '../electron/runtime/appRoot';
import { openNodeServices } from '../electron/runtime/openNodeServices';
import type { Services } from '../electron/services/createServices';
import { generateLetter } from './generateLetter';
import { median, timeRuns } from './stats';

export interface LibraryFigures {
  letters: number;
  openMs: number;
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
async function seed(dataDir: string, count: number): Promise<void> {
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

async function search(services: Services, term: string): Promise<number> {
  const needle = term.toLowerCase();
  let hits = 0;
  for (const { id } of services.letters.list()) {
    const letter = await services.letters.get(id);
    const text = `${letter.title}\n${docToPlainText(letter.preface, () => '')}\n${docToPlainText(letter.body, () => '')}`;
    if (text.toLowerCase().includes(needle)) hits++;
  }
  return hits;
}

export async function libraryFigures(
  count: number,
  sample: Letter,
  searchTerms: string[],
): Promise<LibraryFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'letterdesk-bench-lib-'));
  try {
    await seed(dataDir, count);
    await writeFile(join(dataDir, 'letters', `${sample.id}.json`), JSON.stringify(sample));
    const appRoot = findAppRoot(import.meta.url);
    const started = performance.now();
    const services = await openNodeServices({
      dataDir,
      appRoot,
      mode: 'browser',
      version: appVersion(appRoot),
    });
    const openMs = performance.now() - started;

    let edits = 0;
    const saves = await timeRuns(30, () =>
      services.letters.save({ ...sample, title: `Autosave ${++edits}` }),
    );
    const lists = await timeRuns(10, () => services.letters.list());
    const searchMedianMs: Record<string, number> = {};
    const searchHits: Record<string, number> = {};
    for (const term of searchTerms) {
      searchHits[term] = await search(services, term);
      searchMedianMs[term] = median(await timeRuns(3, () => search(services, term)));
    }
    return {
      letters: count + 1,
      openMs,
      saveMedianMs: median(saves),
      listMedianMs: median(lists),
      searchMedianMs,
      searchHits,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
