/**
 * Where a letter's history lives: `history/<letterId>/` while the letter is in
 * the library, `trash/history/<letterId>/` while it is in the trash. Each holds
 * `versions/<versionId>.json` (records) and `texts/<digest>.json` (contents).
 * Readers look in both places: a crash between moving the letter and moving
 * its history leaves the history in either, or partly in each, and as every
 * file is immutable and uniquely named the union of both is the history.
 */
import { mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Place } from '../letterIndexFile';

export const HISTORY_PLACES: readonly Place[] = ['letters', 'trash'];

export type HistoryPart = 'versions' | 'texts';

export function historyDir(dataDir: string, place: Place, letterId: string): string {
  return place === 'letters'
    ? join(dataDir, 'history', letterId)
    : join(dataDir, 'trash', 'history', letterId);
}

export function historyFile(
  dataDir: string,
  place: Place,
  letterId: string,
  part: HistoryPart,
  name: string,
): string {
  return join(historyDir(dataDir, place, letterId), part, name);
}

/** The names in one part of one place's folder; none if it does not exist. */
export async function namesIn(
  dataDir: string,
  place: Place,
  letterId: string,
  part: HistoryPart,
): Promise<string[]> {
  try {
    return await readdir(join(historyDir(dataDir, place, letterId), part));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Moves a letter's history to `to`'s folder. One rename when the target is
 * free; otherwise (left there by an interrupted move) file by file, each
 * file the target lacks, then the rest is removed: a name in both places is
 * the same immutable file.
 */
export async function moveHistory(dataDir: string, letterId: string, to: Place): Promise<void> {
  const from = historyDir(dataDir, to === 'trash' ? 'letters' : 'trash', letterId);
  const target = historyDir(dataDir, to, letterId);
  if (!(await exists(from))) return;
  if (!(await exists(target))) {
    await mkdir(dirname(target), { recursive: true });
    await rename(from, target);
    if (to === 'letters') await tidyTrash(dataDir);
    return;
  }
  for (const part of ['versions', 'texts'] as const) {
    await mkdir(join(target, part), { recursive: true });
    const there = new Set(await readdir(join(target, part)));
    for (const name of await readdir(join(from, part)).catch(() => [])) {
      if (!there.has(name)) await rename(join(from, part, name), join(target, part, name));
    }
  }
  await rm(from, { recursive: true, force: true });
}

/** Removes `trash/history/` once it holds nothing, so an empty trash is an empty folder. */
async function tidyTrash(dataDir: string): Promise<void> {
  await rmdir(join(dataDir, 'trash', 'history')).catch(() => undefined);
}

/** Removes a letter's history from both places (the trash was emptied). */
export async function removeHistory(dataDir: string, letterId: string): Promise<void> {
  for (const place of HISTORY_PLACES) {
    await rm(historyDir(dataDir, place, letterId), { recursive: true, force: true });
  }
  await tidyTrash(dataDir);
}
