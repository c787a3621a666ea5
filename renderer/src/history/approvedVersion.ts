/**
 * Where "changes since approval" starts. The approval itself is the moment
 * that counts: the newest `approval` version in which the side became
 * approved. findVersion's lastApproved (the newest version in which the side
 * still reads approved) gives the same version when an edit dropped the side
 * back to Draft, but not when it stayed approved while the other side
 * changed: an approved preface made stale by English edits is still approved
 * in every version kept after those edits, which would hide them. So the
 * approval version first, and lastApproved for a history that has none
 * (versions kept before approvals were recorded as such).
 */
import { lastApproved } from '../../../core/history/findVersion';
import type { VersionSummary } from '../../../core/history/version';
import { SIDES, type Side } from '../../../core/sides';

export function approvedVersion(
  versions: readonly VersionSummary[],
  side?: Side,
): VersionSummary | undefined {
  const sides = side ? [side] : SIDES;
  return (
    versions.find(
      (version) =>
        version.kind === 'approval' &&
        sides.some((one) => (!version.side || version.side === one) && version.approval[one] === 'approved'),
    ) ?? lastApproved(versions, side)
  );
}
