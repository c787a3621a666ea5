/**
 * Who holds a data folder's lock: a small JSON file next to the lock
 * (`letterdesk-owner.json`), so a second LetterDesk can say who to close,
 * and can tell at once that a holder on this computer has died.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

export const OWNER_FILE_NAME = 'letterdesk-owner.json';

export const LOCK_HOLDER_KINDS = ['app', 'server', 'cli'] as const;
export type LockHolderKind = (typeof LOCK_HOLDER_KINDS)[number];

const ownerSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string().max(300),
  kind: z.enum(LOCK_HOLDER_KINDS),
  since: z.iso.datetime(),
});
export type LockOwner = z.infer<typeof ownerSchema>;

const KIND_NAMES: Record<LockHolderKind, string> = {
  app: 'the LetterDesk app',
  server: 'a LetterDesk browser-mode server',
  cli: 'the letterdesk command line',
};

export const ownerFilePath = (dataDir: string) => join(dataDir, OWNER_FILE_NAME);

export function thisProcess(kind: LockHolderKind, now: Date): LockOwner {
  return { pid: process.pid, hostname: hostname(), kind, since: now.toISOString() };
}

/** The recorded owner, or null if there is none or it cannot be read. */
export function readOwner(dataDir: string): LockOwner | null {
  try {
    return ownerSchema.parse(JSON.parse(readFileSync(ownerFilePath(dataDir), 'utf8')));
  } catch {
    return null;
  }
}

/** True only when the owner was on this computer and its process is gone: its lock can be taken at once. */
export function ownerIsDead(owner: LockOwner): boolean {
  if (owner.hostname !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** "a LetterDesk browser-mode server (process 1234 on this computer, since 10:41)". */
export function describeOwner(owner: LockOwner | null, now: Date = new Date()): string {
  if (!owner) return 'another LetterDesk program';
  const where = owner.hostname === hostname() ? 'this computer' : `the computer “${owner.hostname}”`;
  const since = new Date(owner.since);
  const time = since.toTimeString().slice(0, 5);
  const when = since.toDateString() === now.toDateString() ? time : `${owner.since.slice(0, 10)} ${time}`;
  return `${KIND_NAMES[owner.kind]} (process ${owner.pid} on ${where}, since ${when})`;
}
