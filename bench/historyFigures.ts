/**
 * Version history at scale, in process on a real data folder:
 * - autosave of a letter with 1,000 versions, as a ratio to the same letter
 *   with none, measured in one run with the saves alternating (the A/B idea
 *   of compareBuilds.js: the machine's load falls on both alike);
 * - `history.list` of that letter, first in a freshly opened app (every
 *   record read) and then again (records known: immutable files need no re-read).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Letter } from '../core/letter';
import { letterContent, type VersionKind } from '../core/history/version';
import { versionId } from '../core/history/versionId';
import { describeVersion } from '../core/history/versionSummary';
import { versionRecordFile, versionTextFile } from '../core/schemas/version';
import { contentDigest } from '../electron/services/history/versionDigest';
import { median, timeRuns } from './stats';
import { openBenchServices } from './benchServices';

export interface HistoryFigures {
  versions: number;
  saveWithHistoryMedianMs: number;
  saveWithoutHistoryMedianMs: number;
  autosaveRatio: number;
  /** The very first list, before its cache exists: reads every record file (once per letter). */
  listUncachedMs: number;
  /** The first list in a freshly opened app: the folder's list cache and the names. */
  listColdMedianMs: number;
  /** Later lists in the same app. */
  listWarmMedianMs: number;
}

/** Kinds in the proportions a long-lived letter might have them. */
const KINDS: VersionKind[] = ['edited', 'edited', 'edited', 'approval', 'handout', 'named'];

/** Writes `count` versions of `letter`, ten minutes apart, each with its own text, as the app would have. */
export async function seedHistory(dataDir: string, letter: Letter, count: number): Promise<void> {
  const dir = join(dataDir, 'history', letter.id);
  await mkdir(join(dir, 'versions'), { recursive: true });
  await mkdir(join(dir, 'texts'), { recursive: true });
  const base = Date.UTC(2026, 0, 5, 8);
  for (let start = 0; start < count; start += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, count - start) }, async (_, k) => {
        const i = start + k;
        const at = new Date(base + i * 10 * 60_000);
        const version = { ...letter, title: `${letter.title} — draft ${i}`, revision: i + 1 };
        const content = letterContent(version);
        const digest = contentDigest(content);
        const summary = describeVersion(
          version,
          {
            kind: KINDS[i % KINDS.length],
            ...(KINDS[i % KINDS.length] === 'named' ? { name: `Round ${i}` } : {}),
          },
          {
            id: versionId(at, randomBytes(4).toString('hex')),
            createdAt: at.toISOString(),
            author: 'Li Ming',
            digest,
          },
        );
        await writeFile(join(dir, 'texts', `${digest}.json`), JSON.stringify(versionTextFile(content)));
        await writeFile(
          join(dir, 'versions', `${summary.id}.json`),
          JSON.stringify(versionRecordFile(summary)),
        );
      }),
    );
  }
}

export async function historyFigures(sample: Letter, count = 1000, saves = 30): Promise<HistoryFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'letterdesk-bench-history-'));
  try {
    const withHistory = { ...sample, id: 'with-history' };
    const withoutHistory = { ...sample, id: 'without-history' };
    await mkdir(join(dataDir, 'letters'), { recursive: true });
    for (const letter of [withHistory, withoutHistory])
      await writeFile(join(dataDir, 'letters', `${letter.id}.json`), JSON.stringify(letter));
    await seedHistory(dataDir, withHistory, count);

    const open = () => openBenchServices(dataDir);
    const services = await open();
    // Each autosave is based on the one before, as the editor's are. The first save of each
    // keeps an `edited` version (neither has one from the last ten minutes) and is not timed.
    const current = {
      a: await services.letters.get(withHistory.id),
      b: await services.letters.get(withoutHistory.id),
    };
    let edits = 0;
    const save = async (which: 'a' | 'b') => {
      current[which] = await services.letters.save({ ...current[which], title: `Autosave ${++edits}` });
    };
    await save('a');
    await save('b');
    const timesA: number[] = [];
    const timesB: number[] = [];
    for (let round = 0; round < saves; round++) {
      // Alternate which goes first, so neither always follows the other's write.
      for (const which of round % 2 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
        const started = performance.now();
        await save(which);
        (which === 'a' ? timesA : timesB).push(performance.now() - started);
      }
    }
    await services.letters.close();

    const cold: number[] = [];
    for (let run = 0; run < 6; run++) {
      const fresh = await open();
      const started = performance.now();
      const { versions } = await fresh.history.list(withHistory.id);
      cold.push(performance.now() - started);
      if (versions.length < count) throw new Error(`listed ${versions.length} of ${count} versions`);
      await fresh.letters.close();
    }
    const warmServices = await open();
    await warmServices.history.list(withHistory.id);
    const warm = await timeRuns(10, () => warmServices.history.list(withHistory.id));
    await warmServices.letters.close();

    const a = median(timesA);
    const b = median(timesB);
    return {
      versions: count,
      saveWithHistoryMedianMs: a,
      saveWithoutHistoryMedianMs: b,
      autosaveRatio: a / b,
      listUncachedMs: cold[0],
      listColdMedianMs: median(cold.slice(1)),
      listWarmMedianMs: median(warm),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
