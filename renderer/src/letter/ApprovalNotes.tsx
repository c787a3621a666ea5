/** Why a side dropped back to draft, and whether the preface trails the English letter. */
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { droppedNote } from '../../../core/approval';
import type { Approval } from '../../../core/letter';
import { SIDES, type Side } from '../../../core/sides';
import { defineMessages } from '../../../core/i18n/wording';

const DROPPED = defineMessages({
  prefaceApproval: {
    id: 'letter.approvalNote.prefaceApproval',
    defaultMessage: 'The Chinese preface changed after approval; it is back to Draft.',
  },
  prefaceReview: {
    id: 'letter.approvalNote.prefaceReview',
    defaultMessage: 'The Chinese preface changed after review; it is back to Draft.',
  },
  bodyApproval: {
    id: 'letter.approvalNote.bodyApproval',
    defaultMessage: 'The English letter changed after approval; it is back to Draft.',
  },
  bodyReview: {
    id: 'letter.approvalNote.bodyReview',
    defaultMessage: 'The English letter changed after review; it is back to Draft.',
  },
});

/** The side a note core wrote is about, and whether it had been approved; null for any other note. */
function droppedFrom(note: string): { side: Side; approved: boolean } | null {
  for (const side of SIDES) {
    if (note === droppedNote(side, 'approved')) return { side, approved: true };
    if (note === droppedNote(side, 'reviewed')) return { side, approved: false };
  }
  return null;
}

/**
 * The note is stored with the letter in English (core/approval.ts writes it);
 * the ones core writes are shown in the interface language, anything else as stored.
 */
function noteText(note: string, intl: IntlShape): string {
  for (const side of SIDES) {
    if (note === droppedNote(side, 'approved')) return intl.formatMessage(DROPPED[`${side}Approval`]);
    if (note === droppedNote(side, 'reviewed')) return intl.formatMessage(DROPPED[`${side}Review`]);
  }
  return note;
}

/** "Show changes since approval": compares the side's last approved version with the current text. */
function ShowChangesButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      className="btn btn--small"
      onClick={onClick}
      data-testid="show-changes-since-approval"
    >
      <FormattedMessage id="letter.approvalNote.showChanges" defaultMessage="Show changes since approval" />
    </button>
  );
}

interface ApprovalNoteProps {
  note: string;
  onDismiss: () => void;
  onShowChanges: (side: Side) => void;
}

export function ApprovalNote({ note, onDismiss, onShowChanges }: ApprovalNoteProps) {
  const intl = useIntl();
  if (!note) return null;
  const dropped = droppedFrom(note);
  return (
    <div className="approval-note" role="status" data-testid="approval-note" lang={intl.locale}>
      <span>{noteText(note, intl)}</span>
      {dropped?.approved && <ShowChangesButton onClick={() => onShowChanges(dropped.side)} />}
      <button type="button" className="btn btn--small" onClick={onDismiss}>
        <FormattedMessage id="letter.approvalNote.ok" defaultMessage="OK" />
      </button>
    </div>
  );
}

/**
 * The approved preface may no longer match the English letter: what changed
 * since it was approved (in the English, mostly) is one click away.
 */
export function StalePrefaceWarning({
  approval,
  onShowChanges,
}: {
  approval: Approval;
  onShowChanges: (side: Side) => void;
}) {
  const intl = useIntl();
  if (!approval.prefaceStale) return null;
  return (
    <div className="approval-stale" role="status" data-testid="preface-stale" lang={intl.locale}>
      <FormattedMessage
        id="letter.approval.stalePreface"
        defaultMessage="The preface may be out of date with the English letter. Review it, then approve it again."
      />
      <ShowChangesButton onClick={() => onShowChanges('preface')} />
    </div>
  );
}
