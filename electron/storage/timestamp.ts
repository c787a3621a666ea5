/** "2026-11-25T01-47-41-123Z": an ISO instant that every file system accepts in a name. */
export function timestampForFileName(now: Date = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}
