/**
 * What the page calls each side of a letter and each approval status, in the
 * interface language. core/sides.ts and core/approval.ts keep the English
 * names for the services and the command-line tool; the page words them here.
 */
import type { ApprovalStatus } from '../../../core/letter';
import type { Side } from '../../../core/sides';
import { defineMessages, type MessageDescriptor } from '../../../core/i18n/wording';

export const SIDE_MESSAGES: Record<Side, MessageDescriptor> = defineMessages({
  preface: { id: 'letter.side.preface', defaultMessage: 'Chinese preface' },
  body: { id: 'letter.side.body', defaultMessage: 'English letter' },
});

export const APPROVAL_MESSAGES: Record<ApprovalStatus, MessageDescriptor> = defineMessages({
  draft: { id: 'letter.approval.draft', defaultMessage: 'Draft' },
  reviewed: { id: 'letter.approval.reviewed', defaultMessage: 'Reviewed' },
  approved: { id: 'letter.approval.approved', defaultMessage: 'Approved' },
});
