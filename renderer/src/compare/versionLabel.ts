/**
 * How a compare names a version: "Version of 30 Nov 2026, 09:12 (Approved:
 * Chinese preface)", in the interface language.
 */
import type { IntlShape } from 'react-intl';
import type { VersionSummary } from '../../../core/history/version';
import { defineMessages } from '../../../core/i18n/wording';
import { APPROVAL_MESSAGES, SIDE_MESSAGES } from '../letter/sideMessages';
import { formatFullDate } from '../ui/formatWhen';

const MESSAGES = defineMessages({
  label: {
    id: 'compare.version.label',
    defaultMessage:
      'Version of {when} ({kind, select, created {created} edited {edited} approval {{approval}: {side}} status {{status, select, final {marked final} other {marked draft}}} handout {{handout, select, docx {exported as DOCX} email {emailed} pdf {saved as PDF} other {copied}}} named {“{name}”} beforeRestore {before a restore} restored {restored} other {saved}})',
  },
  bothSides: { id: 'compare.version.bothSides', defaultMessage: 'both sides' },
});

export function versionLabel(version: VersionSummary, intl: IntlShape): string {
  const side = version.side;
  const approval = side ? version.approval[side] : version.approval.preface;
  return intl.formatMessage(MESSAGES.label, {
    when: formatFullDate(version.createdAt, intl),
    kind: version.kind,
    approval: intl.formatMessage(APPROVAL_MESSAGES[approval]),
    side: intl.formatMessage(side ? SIDE_MESSAGES[side] : MESSAGES.bothSides),
    status: version.status,
    handout: version.handout?.action ?? 'other',
    name: version.name ?? '',
  });
}
