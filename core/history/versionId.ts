/**
 * Version ids: `yyyymmddThhmmssSSS-<8 hex>`, the UTC time the version was kept
 * and a random tail. Sorting the names sorts the versions by time, so the
 * latest of a letter is the greatest file name and is found without reading
 * every record; the tail keeps ids unique across machines, for a later team
 * library that replicates versions as they are. core/contract.ts checks
 * version ids in calls with this same pattern.
 */
export const VERSION_ID = /^\d{8}T\d{9}-[0-9a-f]{8}$/;

export function isVersionId(text: string): boolean {
  return VERSION_ID.test(text);
}

/** The id of a version kept at `at`; `tail` is 8 random hex digits (the caller has the random source). */
export function versionId(at: Date, tail: string): string {
  const iso = at.toISOString(); // 2026-11-30T07:43:56.123Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}${iso.slice(20, 23)}`;
  return `${stamp}-${tail}`;
}

/** When the version with this id was kept. */
export function versionIdTime(id: string): Date {
  const d = id;
  return new Date(
    Date.UTC(
      +d.slice(0, 4),
      +d.slice(4, 6) - 1,
      +d.slice(6, 8),
      +d.slice(9, 11),
      +d.slice(11, 13),
      +d.slice(13, 15),
      +d.slice(15, 18),
    ),
  );
}

/**
 * The time for the next version's id: now, or a millisecond after the latest
 * if the clock has not moved past it (two versions in one millisecond, a clock
 * set back), so "the greatest name is the latest" always holds.
 */
export function nextVersionTime(now: Date, latestId: string | null): Date {
  if (!latestId) return now;
  const after = versionIdTime(latestId).getTime() + 1;
  return now.getTime() >= after ? now : new Date(after);
}
