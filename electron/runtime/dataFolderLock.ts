/**
 * One process owns a data folder at a time: the Electron app, a browser-mode
 * server (and any command-line command that writes) take this lock before
 * opening the services; a second one is refused with the holder named.
 *
 * The lock is proper-lockfile's: a directory `letterdesk.lock` created
 * atomically in the data folder, whose time the holder refreshes every few
 * seconds; one not refreshed for STALE_MS (its holder was killed or its
 * computer lost) is taken over. A holder on this computer whose process is
 * gone is taken over at once. Read-only commands take no lock.
 */
import { mkdirSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import { describeFsError } from '../services/errors';
import { writeFileAtomic } from '../storage/atomicWrite';
import {
  describeOwner,
  ownerFilePath,
  ownerIsDead,
  readOwner,
  thisProcess,
  type LockHolderKind,
} from './lockOwner';

export const LOCK_DIR_NAME = 'letterdesk.lock';
/** Long enough for a busy or briefly suspended holder to refresh the lock in time. */
export const STALE_MS = 10_000;
const UPDATE_MS = 2_000;

export interface DataFolderLock {
  /** Gives the folder up (on quit). */
  release(): Promise<void>;
}

export class DataFolderInUseError extends Error {
  constructor(dataDir: string, holder: string) {
    super(
      `This data folder (${dataDir}) is in use by ${holder}. Close it first, or start with --data-dir to use another folder.`,
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface LockOptions {
  /**
   * Another process took the folder over after all (this one stopped refreshing
   * the lock for longer than STALE_MS): stop writing. Default: throw.
   */
  onCompromised?: (error: Error) => void;
  now?: () => Date;
}

/** Takes the data folder for this process, creating the folder if need be. */
export async function lockDataFolder(
  dataDir: string,
  kind: LockHolderKind,
  { onCompromised, now = () => new Date() }: LockOptions = {},
): Promise<DataFolderLock> {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw describeFsError(error, { action: 'openDataFolder' }, { where: 'path', folder: dataDir });
  }
  const lockfilePath = join(dataDir, LOCK_DIR_NAME);
  const previous = readOwner(dataDir);
  // proper-lockfile takes over a lock whose time is older than STALE_MS: date a dead holder's back.
  if (previous && ownerIsDead(previous)) ageLock(lockfilePath);
  let unlock: () => Promise<void>;
  try {
    unlock = await lock(dataDir, {
      lockfilePath,
      stale: STALE_MS,
      update: UPDATE_MS,
      realpath: false,
      onCompromised:
        onCompromised ??
        ((error) => {
          throw error;
        }),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    throw new DataFolderInUseError(dataDir, describeOwner(readOwner(dataDir), now()));
  }
  const owner = thisProcess(kind, now());
  await writeFileAtomic(ownerFilePath(dataDir), `${JSON.stringify(owner)}\n`);
  return {
    release: async () => {
      if (readOwner(dataDir)?.pid === owner.pid) rmSync(ownerFilePath(dataDir), { force: true });
      await unlock().catch(() => undefined);
    },
  };
}

function ageLock(lockfilePath: string): void {
  try {
    utimesSync(lockfilePath, new Date(0), new Date(0));
  } catch {
    // No lock left to age: nothing to take over.
  }
}
