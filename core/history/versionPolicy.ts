/**
 * Which writes of a letter keep a version (pure; the history service asks).
 *
 * Events are always kept, each as its own version, even when the text is the
 * same as the latest version's (they say something happened to that text):
 * an approval change, a status change, a handout, a named version, a restore.
 * The text itself is stored once whichever versions point at it.
 *
 * Typing is coalesced: a save keeps an `edited` version only if its content
 * differs from the latest version's and that version is at least
 * EDIT_VERSION_INTERVAL_MS old. `created` and `edited` versions identical to
 * the latest are not kept at all.
 */
import stringify from 'safe-stable-stringify';
import type { Letter } from '../letter';
import { SIDES, type Side } from '../sides';
import type { VersionKind, VersionSummary } from './version';

/**
 * Ten minutes between `edited` versions. The editor autosaves about every two
 * seconds; a version per save would be thousands a day, none findable. Ten
 * minutes gives at most six an hour, ~50 for a full day of typing (a
 * handful per sitting), each a point a reviewer can still recognise ("before
 * lunch"), while a version at every approval, export and named save already
 * marks the moments that matter.
 */
export const EDIT_VERSION_INTERVAL_MS = 10 * 60 * 1000;

/** A version a write asks for, before the service gives it an id, a time and an author. */
export interface VersionEvent {
  kind: VersionKind;
  /** `approval`: the one side whose approval changed (absent if both did). */
  side?: Side;
}

/**
 * The events in one save, from the stored letter `before` to `after`:
 * `approval` when a side's approval status changed — except a side dropping
 * back to draft because its own text was edited (core/approval.ts applyEdit),
 * which is typing, not a decision — and `status` when draft↔final.
 */
export function eventsOfSave(before: Letter, after: Letter): VersionEvent[] {
  const events: VersionEvent[] = [];
  const changed = SIDES.filter((side) => {
    const was = before.approval[side];
    const now = after.approval[side];
    if (was === now) return false;
    const droppedByEdit = now === 'draft' && stringify(before[side]) !== stringify(after[side]);
    return !droppedByEdit;
  });
  if (changed.length)
    events.push({ kind: 'approval', ...(changed.length === 1 ? { side: changed[0] } : {}) });
  if (before.status !== after.status) events.push({ kind: 'status' });
  return events;
}

/**
 * Whether a save keeps an `edited` version, given the latest version kept.
 * The time is looked at first and the content's `digest` asked for only once
 * the interval has passed, so the common autosave hashes nothing.
 */
export function editDue(
  latest: Pick<VersionSummary, 'digest' | 'createdAt'> | null,
  digest: () => string,
  now: Date,
): boolean {
  if (!latest) return true;
  if (now.getTime() - new Date(latest.createdAt).getTime() < EDIT_VERSION_INTERVAL_MS) return false;
  return latest.digest !== digest();
}

/** Whether a version of `kind` with content `digest` is kept, given the latest (de-duplication). */
export function keepsVersion(
  kind: VersionKind,
  latest: Pick<VersionSummary, 'digest'> | null,
  digest: string,
): boolean {
  if (kind === 'created' || kind === 'edited') return latest?.digest !== digest;
  return true;
}
