/**
 * Import archive…: says what an import does, then asks for the file. A
 * dialog first because the menu's command reaches the page without a click
 * that could open a file picker (as the DOCX import's ChooseDocxDialog).
 */
import { FormattedMessage, useIntl } from 'react-intl';
import { Dialog } from '../ui/Dialog';
import { ArchiveFileButton } from './ArchiveFileButton';

interface ChooseArchiveDialogProps {
  busy: boolean;
  onFile: (file: File) => void;
  onCancel: () => void;
}

export function ChooseArchiveDialog({ busy, onFile, onCancel }: ChooseArchiveDialogProps) {
  const intl = useIntl();
  return (
    <Dialog
      title={intl.formatMessage({ id: 'archive.import.title', defaultMessage: 'Import archive' })}
      onClose={onCancel}
      testId="archive-import-dialog"
    >
      <p className="dialog__message">
        <FormattedMessage
          id="archive.import.message"
          defaultMessage="Choose an archive (.zip) exported by LetterDesk. Its letters, versions and sendings are added to this library; what is here already is kept and not added twice. The whole file is checked first: a file with any problem changes nothing. You can also drop the file on the Log."
        />
      </p>
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onCancel} disabled={busy}>
          <FormattedMessage id="archive.import.cancel" defaultMessage="Cancel" />
        </button>
        <ArchiveFileButton onFile={onFile} disabled={busy}>
          {busy ? (
            <FormattedMessage id="archive.import.importing" defaultMessage="Importing…" />
          ) : (
            <FormattedMessage id="archive.import.choose" defaultMessage="Choose archive…" />
          )}
        </ArchiveFileButton>
      </div>
    </Dialog>
  );
}
