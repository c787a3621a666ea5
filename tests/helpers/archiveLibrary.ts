/**
 * A library for the archive tests, on real services over a temp data folder:
 * several letters, their versions, sendings with outcomes, a trashed letter,
 * and the sending of a letter deleted for good; and the folders and clock
 * the tests open it with.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { afterEach, beforeEach } from 'vitest';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import type { Sending } from '../../core/log/sending';
import type { Services } from '../../electron/services/createServices';
import { makeDataDir } from './services';

export const withBody = (letter: Letter, text: string): Letter => ({
  ...letter,
  body: editorDoc([paragraphNode([textNode(text)])]),
});

/**
 * The two libraries of an archive test, fresh for each test and removed
 * after: `source` (exported from) and `target` (imported into), as folder
 * paths; and the clock both open with, from 2026-06-01 09:00 UTC, which
 * `tick` moves on a minute (each change at its own time).
 */
export function useArchiveFolders() {
  const folders = { source: '', target: '' };
  let made: Array<Awaited<ReturnType<typeof makeDataDir>>> = [];
  let clock = 0;
  beforeEach(async () => {
    made = [await makeDataDir(), await makeDataDir()];
    [folders.source, folders.target] = made.map((dir) => dir.dir);
    clock = Date.parse('2026-06-01T09:00:00Z');
  });
  afterEach(async () => {
    for (const dir of made) await dir.cleanup();
  });
  const now = () => new Date(clock);
  const tick = () => {
    clock += 60_000;
  };
  return { folders, now, tick };
}

export const TEXTS = {
  ports: 'The ports of Piraeus are open to every investor on equal terms, as the figures show.',
  edited: 'An entirely different paragraph written after the letter was sent.',
  trade: 'Trade between our countries grew by a fifth last year, to the benefit of both.',
  climate: 'Our cities planted forty million trees in a decade; the figures are public.',
  gone: 'A letter that was later deleted for good, though its sending stays in the log.',
};

interface Sent {
  letterId: string;
  versionId: string | null;
  publicationId: string | null;
  publication?: string;
  sentAt: string;
  channel: Sending['channel'];
}

async function record(services: Services, sent: Sent): Promise<Sending> {
  return services.log.record({
    publication: '',
    publicationZh: '',
    to: 'letters@example.org',
    exclusive: false,
    replyWindowDays: 14,
    ...sent,
  });
}

/**
 * The library: "ports" sent by DOCX to the FT in 2026 (published in part), then edited;
 * "trade" marked as sent to The Washington Post in 2025 (rejected), then trashed;
 * "climate" sent as PDF to The Guardian in 2026; "gone" sent to the FT in 2026, then deleted for good.
 */
export async function buildLibrary(services: Services, tick: () => void) {
  const make = async (text: string) =>
    services.letters.save(withBody(await services.letters.create(null), text));
  const ports = await make(TEXTS.ports);
  tick();
  await services.history.recordHandout(ports.id, { action: 'docx', variant: 'bilingual' });
  const portsHandout = (await services.history.list(ports.id)).versions[0];
  const toFt = await record(services, {
    letterId: ports.id,
    versionId: portsHandout.id,
    publicationId: 'financial-times',
    sentAt: '2026-05-03T09:00:00.000Z',
    channel: 'docx',
  });
  tick();
  await services.log.setOutcome(toFt.id, 1, {
    kind: 'published',
    date: '2026-05-10',
    headline: 'Piraeus is open',
    url: 'https://www.ft.com/letters/1',
    extent: 'part',
    publishedText: 'The ports of Piraeus are open to every investor.',
  });
  tick();
  await services.letters.save(withBody(await services.letters.get(ports.id), TEXTS.edited));

  const trade = await make(TEXTS.trade);
  tick();
  const toPost = await record(services, {
    letterId: trade.id,
    versionId: null,
    publicationId: null,
    publication: 'The Washington Post',
    sentAt: '2025-11-02T10:00:00.000Z',
    channel: 'other',
  });
  await services.log.setOutcome(toPost.id, 1, { kind: 'rejected', date: '2025-11-20', note: 'Too long' });
  tick();

  const climate = await make(TEXTS.climate);
  tick();
  const toGuardian = await record(services, {
    letterId: climate.id,
    versionId: null,
    publicationId: null,
    publication: 'The Guardian',
    sentAt: '2026-02-01T08:00:00.000Z',
    channel: 'pdf',
  });

  const gone = await make(TEXTS.gone);
  tick();
  const goneSending = await record(services, {
    letterId: gone.id,
    versionId: null,
    publicationId: 'financial-times',
    sentAt: '2026-03-01T08:00:00.000Z',
    channel: 'email',
  });
  await services.letters.trash(gone.id);
  await services.letters.emptyTrash();
  await services.letters.trash(trade.id);
  // The sending file's modification time ticks at a coarse grain on some file systems: wait for caches.
  await services.log.flush();
  return { ports, trade, climate, gone, toFt, toPost, toGuardian, goneSending };
}

/** Every file under `dir` with its contents, but the caches (rewritten from the files when they differ). */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (at: string): Promise<void> => {
    for (const name of await readdir(at)) {
      const path = join(at, name);
      if ((await stat(path)).isDirectory()) await walk(path);
      else if (name !== 'list-cache.json' && name !== 'library-index.json')
        out[relative(dir, path)] = await readFile(path, 'utf8');
    }
  };
  await walk(dir);
  return out;
}

/** The archive with archive.json changed by `edit` (as text, so any JSON can be made). */
export function rezip(bytes: Uint8Array, edit: (json: string) => string): Uint8Array {
  const entries = unzipSync(bytes);
  entries['archive.json'] = strToU8(edit(strFromU8(entries['archive.json'])));
  return zipSync(entries);
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
