/**
 * The versions a compare starts from by default, found in a letter's history
 * (newest first, as VersionList gives it). Pure: the history panel and the
 * approval note ask the same question of the same list.
 */
import { SIDES, type Side } from '../sides';
import type { VersionSummary } from './version';

/**
 * Where "Changes since last approved" and the approval note's "Show changes
 * since approval" start: the approval itself, the newest `approval` version
 * in which `side` (either side, without `side`) became approved. Not the
 * newest version that still reads approved: an approved preface made stale
 * by English edits stays approved in every version kept after those edits,
 * and starting there would hide them. A history with no approval versions
 * (kept before approvals were recorded as such) falls back to the newest
 * version that reads approved.
 */
export function lastApproved(versions: readonly VersionSummary[], side?: Side): VersionSummary | undefined {
  const sides = side ? [side] : SIDES;
  const approvedIn = (version: VersionSummary, one: Side) => version.approval[one] === 'approved';
  return (
    versions.find(
      (version) =>
        version.kind === 'approval' &&
        sides.some((one) => (!version.side || version.side === one) && approvedIn(version, one)),
    ) ?? versions.find((version) => sides.some((one) => approvedIn(version, one)))
  );
}

/**
 * The latest version that was handed out: exported (DOCX), emailed, printed
 * to PDF or copied to the clipboard — every `handout` version. "Sent" means
 * "left LetterDesk" here; issue 14's letter log may narrow it (say, to
 * emails and exports only) once it records what was actually sent.
 */
export function lastSent(versions: readonly VersionSummary[]): VersionSummary | undefined {
  return versions.find((version) => version.kind === 'handout');
}
