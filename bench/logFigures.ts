/**
 * The letter log at scale, in process on a real data folder: 10,000 sendings
 * (a busy office's decade), `log.list` with its summary:
 * - the very first list, before the list cache exists (every file read);
 * - the first list in a freshly opened app (the cache, and a stat per file);
 * - later lists in the same app, all rows and with a text search (the aim: < 100 ms).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { versionId } from '../core/history/versionId';
import type { Outcome, Sending } from '../core/log/sending';
import { sendingFile } from '../core/schemas/sending';
import { median, timeRuns } from './stats';
import { openBenchServices } from './benchServices';

export interface LogFigures {
  sendings: number;
  /** The very first list, before its cache exists: reads every sending's file (once). */
  listUncachedMs: number;
  /** The first list in a freshly opened app: the list cache and a stat of each file. */
  listColdMedianMs: number;
  /** Later lists in the same app: every row filtered, sorted and summarised. */
  listWarmMedianMs: number;
  /** The same with a text search over titles, publications and headlines. */
  searchWarmMedianMs: number;
}

const PAPERS = [
  ['financial-times', 'Financial Times', '金融时报'],
  ['the-guardian', 'The Guardian', '卫报'],
  ['euobserver', 'EUobserver', '欧盟观察家'],
  ['le-soir', 'Le Soir', '晚报'],
  ['new-york-times', 'The New York Times', '纽约时报'],
  [null, 'Die Zeit', '时代周报'],
] as const;

function outcomeOf(i: number, day: string): Outcome {
  switch (i % 5) {
    case 0:
      return {
        kind: 'published',
        date: day,
        headline: `Ports and trade ${i}`,
        url: '',
        extent: 'part',
        publishedText: '',
      };
    case 1:
      return { kind: 'rejected', date: day, note: '' };
    case 2:
      return { kind: 'noReply', note: '' };
    case 3:
      return { kind: 'withdrawn', date: day, note: '' };
    default:
      return { kind: 'awaiting' };
  }
}

/** Writes `count` sendings, a few hours apart over the years before 2026-11, as the app would have. */
export async function seedLog(dataDir: string, count: number): Promise<void> {
  const dir = join(dataDir, 'log');
  await mkdir(dir, { recursive: true });
  const base = Date.UTC(2016, 0, 4, 9);
  for (let start = 0; start < count; start += 200) {
    await Promise.all(
      Array.from({ length: Math.min(200, count - start) }, async (_, k) => {
        const i = start + k;
        const at = new Date(base + i * 8 * 3_600_000);
        const day = at.toISOString().slice(0, 10);
        const [publicationId, publication, publicationZh] = PAPERS[i % PAPERS.length];
        const sending: Sending = {
          id: versionId(at, randomBytes(4).toString('hex')),
          revision: 1,
          letterId: `letter-${i % 2000}`,
          versionId: versionId(at, randomBytes(4).toString('hex')),
          title: `On the ports, reply ${i}`,
          publicationId,
          publication,
          publicationZh,
          to: 'letters@example.com',
          sentAt: at.toISOString(),
          channel: 'email',
          exclusive: i % 3 === 0,
          answerBy: null,
          outcome: outcomeOf(i, day),
          outcomeAt: null,
          noteZh: '',
        };
        await writeFile(join(dir, `${sending.id}.json`), JSON.stringify(sendingFile(sending)));
      }),
    );
  }
}

export async function logFigures(count = 10_000, runs = 10): Promise<LogFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'letterdesk-bench-log-'));
  try {
    await seedLog(dataDir, count);
    const open = () => openBenchServices(dataDir);
    const list = async (services: Awaited<ReturnType<typeof open>>, text?: string) => {
      const { total, summary } = await services.log.list(text ? { text } : {}, 1000);
      if (!text && (total !== count || summary.total.sent !== count))
        throw new Error(`listed ${total} of ${count} sendings`);
    };

    const cold: number[] = [];
    for (let run = 0; run < 6; run++) {
      const fresh = await open();
      const started = performance.now();
      await list(fresh);
      cold.push(performance.now() - started);
      await fresh.log.flush(); // the first run writes the list cache
      await fresh.letters.close();
    }
    const services = await open();
    await list(services);
    const warm = await timeRuns(runs, () => list(services));
    const search = await timeRuns(runs, () => list(services, 'trade 99'));
    await services.log.flush();
    await services.letters.close();
    return {
      sendings: count,
      listUncachedMs: cold[0],
      listColdMedianMs: median(cold.slice(1)),
      listWarmMedianMs: median(warm),
      searchWarmMedianMs: median(search),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
