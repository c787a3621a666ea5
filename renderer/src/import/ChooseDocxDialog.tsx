/**
 * Asks for the DOCX file, saying first what the import will do: from the
 * menu (whose command reaches the page without a click that could open a
 * file picker) and before a reviewed DOCX replaces the open letter's text.
 */
import { FormattedMessage, useIntl } from 'react-intl';
import { Dialog } from '../ui/Dialog';
import { DocxFileButton } from './DocxFileButton';

interface ChooseDocxDialogProps {
  made: 'letter' | 'version';
  /** The open letter's title, for a new version (user content). */
  title?: string;
  busy: boolean;
  onFile: (file: File) => void;
  onCancel: () => void;
}

export function ChooseDocxDialog({ made, title = '', busy, onFile, onCancel }: ChooseDocxDialogProps) {
  const intl = useIntl();
  return (
    <Dialog
      title={
        made === 'letter'
          ? intl.formatMessage({ id: 'import.choose.letterTitle', defaultMessage: 'New letter from DOCX' })
          : intl.formatMessage({
              id: 'import.choose.versionTitle',
              defaultMessage: 'Import reviewed DOCX as a new version',
            })
      }
      onClose={onCancel}
      testId="import-choose"
    >
      <p className="dialog__message">
        {made === 'letter' ? (
          <FormattedMessage
            id="import.choose.letterMessage"
            defaultMessage="Choose a Word document (.docx). Its text becomes a new letter: Chinese text before the English letter goes into the Chinese preface, and the date, salutation, closing and signatory are filled in where they are plain to see."
          />
        ) : (
          <FormattedMessage
            id="import.choose.versionMessage"
            defaultMessage="Choose the DOCX file that came back from review. The current text of “{title}” is kept in the history first, then the file’s text replaces it. Tracked changes are taken as the reviewer left them, Word comments are added to the comments, and a compare then shows what the file changed."
            values={{ title: <span translate="no">{title}</span> }}
          />
        )}
      </p>
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onCancel} disabled={busy}>
          <FormattedMessage id="import.choose.cancel" defaultMessage="Cancel" />
        </button>
        <DocxFileButton
          className="btn btn--primary"
          onFile={onFile}
          disabled={busy}
          testId="import-choose-file"
        >
          {busy ? (
            <FormattedMessage id="import.choose.importing" defaultMessage="Importing…" />
          ) : (
            <FormattedMessage id="import.choose.button" defaultMessage="Choose DOCX file…" />
          )}
        </DocxFileButton>
      </div>
    </Dialog>
  );
}
