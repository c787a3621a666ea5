/**
 * The versions a compare starts from by default, found in a letter's history
 * (newest first, as VersionList gives it). Pure: the history panel and the
 * approval note ask the same question of the same list.
 */
import type { Side } from '../sides';
import type { VersionSummary } from './version';

/**
 * The latest version in which `side` was approved (either side, without
 * `side`): "Changes since last approved" and the approval note's "Show
 * changes since approval" start there. A version counts whatever its kind:
 * an approval version is where the approval happened, and later versions
 * that still carry it hold the same approved text or the edit that undid it.
 * So this looks for the newest version whose approval state says approved,
 * which is the approved text itself or, once an edit dropped the side back
 * to draft, the last version before that edit.
 */
export function lastApproved(versions: readonly VersionSummary[], side?: Side): VersionSummary | undefined {
  return versions.find((version) =>
    side
      ? version.approval[side] === 'approved'
      : version.approval.preface === 'approved' || version.approval.body === 'approved',
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
