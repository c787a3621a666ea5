/**
 * Approval of each side of a letter, as CAT tools approve segments: an edit
 * after review sends that side back to draft, and a change to the English
 * letter marks an approved Chinese preface as possibly out of date.
 */
import type { Approval, ApprovalStatus } from './letter';
import { SIDE_NAMES, type Side } from './sides';

export const APPROVAL_LABELS: Record<ApprovalStatus, string> = {
  draft: 'Draft',
  reviewed: 'Reviewed',
  approved: 'Approved',
};

export function droppedNote(side: Side, was: ApprovalStatus): string {
  const when = was === 'approved' ? 'approval' : 'review';
  return `The ${SIDE_NAMES[side]} changed after ${when}; it is back to Draft.`;
}

export const STALE_PREFACE_NOTE = 'The preface may be out of date with the English letter.';

/**
 * The approval after the user edited one side. Returns the same object when
 * nothing changes, so callers can skip a re-render on every keystroke.
 */
export function applyEdit(approval: Approval, side: Side): Approval {
  const was = approval[side];
  let next = approval;
  if (was !== 'draft') next = { ...next, [side]: 'draft', note: droppedNote(side, was) };
  // Editing the preface is the officer bringing it up to date.
  if (side === 'preface' && next.prefaceStale) next = { ...next, prefaceStale: false };
  if (side === 'body' && approval.preface === 'approved' && !approval.prefaceStale) {
    next = { ...next, prefaceStale: true };
  }
  return next;
}

/** The user set a side's status by hand; re-approving the preface clears the stale flag. */
export function setApprovalStatus(approval: Approval, side: Side, status: ApprovalStatus): Approval {
  return {
    ...approval,
    [side]: status,
    note: '',
    prefaceStale: side === 'preface' && status === 'approved' ? false : approval.prefaceStale,
  };
}
