import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';

/**
 * Makes an empty folder read-only for real. A chmod stops a normal user, but
 * root ignores permissions, so for root the folder becomes a read-only tmpfs
 * mount (writes then fail with EROFS). Returns how to undo it, or why it
 * could not be done (a container that forbids mounting).
 */
export function makeFolderReadOnly(dir: string): { undo: () => void } | { cannot: string } {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    return { undo: () => chmodSync(dir, 0o755) };
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', dir], { stdio: 'pipe' });
    return { undo: () => execFileSync('umount', [dir]) };
  } catch (error) {
    return { cannot: `running as root, and cannot mount a read-only tmpfs: ${(error as Error).message}` };
  }
}
