/**
 * What the history calls a version: why it was kept ("Approved: Chinese
 * preface", "Exported: bilingual DOCX", "Before restoring"…), and when, in
 * the interface language. A named version is called by the user's name for
 * it, which is user content (shown untranslated by the caller).
 */
import type { IntlShape } from 'react-intl';
import { defineMessages } from '../../../core/i18n/wording';
import type { VersionSummary } from '../../../core/history/version';
import { formatFullDate } from '../ui/formatWhen';

const KIND = defineMessages({
  created: { id: 'history.kind.created', defaultMessage: 'Created' },
  edited: { id: 'history.kind.edited', defaultMessage: 'Edited' },
  approvalSide: {
    id: 'history.kind.approvalSide',
    defaultMessage:
      '{status, select, approved {Approved} reviewed {Reviewed} other {Back to Draft}}: {side, select, preface {Chinese preface} other {English letter}}',
  },
  approvalBoth: { id: 'history.kind.approvalBoth', defaultMessage: 'Approval changed' },
  status: {
    id: 'history.kind.status',
    defaultMessage: '{status, select, final {Marked final} other {Marked draft}}',
  },
  docx: {
    id: 'history.kind.docx',
    defaultMessage:
      'Exported: {variant, select, editor {DOCX for the editor} bilingual {bilingual DOCX} other {Chinese-only DOCX}}',
  },
  email: {
    id: 'history.kind.email',
    defaultMessage:
      'Emailed: {variant, select, editor {letter for the editor} bilingual {bilingual letter} other {Chinese-only letter}}',
  },
  pdf: {
    id: 'history.kind.pdf',
    defaultMessage:
      'PDF: {variant, select, editor {letter for the editor} bilingual {bilingual} other {Chinese only}}',
  },
  copy: {
    id: 'history.kind.copy',
    defaultMessage: '{format, select, html {Copied as HTML} other {Copied as text}}',
  },
  beforeRestore: { id: 'history.kind.beforeRestore', defaultMessage: 'Before restoring' },
  restoredFrom: { id: 'history.kind.restoredFrom', defaultMessage: 'Restored from the version of {when}' },
  restored: { id: 'history.kind.restored', defaultMessage: 'Restored an earlier version' },
  beforeImport: { id: 'history.kind.beforeImport', defaultMessage: 'Before import' },
  imported: { id: 'history.kind.imported', defaultMessage: 'Imported from “{fileName}”' },
});

/**
 * Why the version was kept, worded; null for a named version, whose name
 * (user content) is its label. `all` finds the version a restore brought back.
 */
export function versionKindText(
  version: VersionSummary,
  intl: IntlShape,
  all: readonly VersionSummary[] = [],
): string | null {
  switch (version.kind) {
    case 'named':
      return null;
    case 'approval':
      return version.side
        ? intl.formatMessage(KIND.approvalSide, {
            side: version.side,
            status: version.approval[version.side],
          })
        : intl.formatMessage(KIND.approvalBoth);
    case 'status':
      return intl.formatMessage(KIND.status, { status: version.status });
    case 'handout': {
      const handout = version.handout;
      if (!handout) return intl.formatMessage(KIND.edited);
      if (handout.action === 'copy') return intl.formatMessage(KIND.copy, { format: handout.format });
      return intl.formatMessage(KIND[handout.action], { variant: handout.variant });
    }
    case 'restored': {
      const from = all.find((other) => other.id === version.restoredFrom);
      return from
        ? intl.formatMessage(KIND.restoredFrom, { when: formatFullDate(from.createdAt, intl) })
        : intl.formatMessage(KIND.restored);
    }
    case 'imported':
      return intl.formatMessage(KIND.imported, { fileName: version.importedFrom ?? '' });
    default:
      return intl.formatMessage(KIND[version.kind]);
  }
}

/** A version's label where it is named in a sentence: its name, else its time. */
export function versionTitle(version: VersionSummary, intl: IntlShape): string {
  return version.kind === 'named' && version.name ? version.name : formatFullDate(version.createdAt, intl);
}
