/**
 * How a compare names a version: "Version of 30 Nov 2026, 09:12 (Approved:
 * Chinese preface)", in the interface language. Why it was kept is worded
 * once, by the history (versionWording.ts); a named version is called by its name.
 */
import type { IntlShape } from 'react-intl';
import type { VersionSummary } from '../../../core/history/version';
import { defineMessages } from '../../../core/i18n/wording';
import { versionKindText } from '../history/versionWording';
import { formatFullDate } from '../ui/formatWhen';

const MESSAGES = defineMessages({
  label: { id: 'compare.version.label', defaultMessage: 'Version of {when} ({kind})' },
  named: { id: 'compare.version.named', defaultMessage: 'Version of {when} (“{name}”)' },
});

export function versionLabel(version: VersionSummary, intl: IntlShape): string {
  const when = formatFullDate(version.createdAt, intl);
  const kind = versionKindText(version, intl);
  return kind === null
    ? intl.formatMessage(MESSAGES.named, { when, name: version.name ?? '' })
    : intl.formatMessage(MESSAGES.label, { when, kind });
}
