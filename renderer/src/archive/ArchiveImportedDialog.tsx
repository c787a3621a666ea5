/**
 * What an archive import added: letters, versions and sendings, each new or
 * already in this library (kept as it was, not added twice).
 */
import { FormattedMessage, useIntl } from 'react-intl';
import type { ArchiveImportResult } from '../../../core/archive/archive';
import { defineMessages } from '../../../core/i18n/wording';
import { Dialog } from '../ui/Dialog';
import { CloseActions } from '../ui/CloseActions';

const messages = defineMessages({
  letters: {
    id: 'archive.imported.letters',
    defaultMessage:
      'Letters: {added, plural, =0 {none added} one {# added} other {# added}}{alreadyThere, plural, =0 {} other {, # already in this library}}.',
  },
  versions: {
    id: 'archive.imported.versions',
    defaultMessage:
      'Versions: {added, plural, =0 {none added} one {# added} other {# added}}{alreadyThere, plural, =0 {} other {, # already in this library}}.',
  },
  sendings: {
    id: 'archive.imported.sendings',
    defaultMessage:
      'Sendings: {added, plural, =0 {none added} one {# added} other {# added}}{alreadyThere, plural, =0 {} other {, # already in the log}}.',
  },
});

export interface ArchiveImported {
  fileName: string;
  result: ArchiveImportResult;
}

export function ArchiveImportedDialog({
  imported,
  onClose,
}: {
  imported: ArchiveImported;
  onClose: () => void;
}) {
  const intl = useIntl();
  const { letters, versions, sendings } = imported.result;
  return (
    <Dialog
      title={intl.formatMessage({ id: 'archive.imported.title', defaultMessage: 'Archive imported' })}
      onClose={onClose}
      testId="archive-imported"
    >
      <p className="dialog__message">
        <FormattedMessage
          id="archive.imported.message"
          defaultMessage="“{fileName}” is imported. Its letters are in the library, and its sendings in the Log."
          values={{ fileName: <span translate="no">{imported.fileName}</span> }}
        />
      </p>
      <ul className="import-summary">
        <li data-testid="archive-imported-letters">{intl.formatMessage(messages.letters, letters)}</li>
        <li data-testid="archive-imported-versions">{intl.formatMessage(messages.versions, versions)}</li>
        <li data-testid="archive-imported-sendings">{intl.formatMessage(messages.sendings, sendings)}</li>
      </ul>
      <CloseActions
        onClose={onClose}
        label={<FormattedMessage id="archive.imported.close" defaultMessage="Close" />}
        testId="archive-imported-close"
      />
    </Dialog>
  );
}
