/** "New letter from DOCX…" under the library's "New letter": the file picker at once. */
import { FormattedMessage } from 'react-intl';
import { DocxFileButton } from './DocxFileButton';
import { useDocxImportActions } from './DocxImportContext';

export function NewLetterFromDocxButton() {
  const actions = useDocxImportActions();
  if (!actions) return null;
  return (
    <DocxFileButton
      className="btn sidebar__from-docx"
      onFile={actions.importNewLetter}
      disabled={actions.busy}
      testId="new-letter-from-docx"
    >
      <FormattedMessage id="import.newLetterFromDocx" defaultMessage="New letter from DOCX…" />
    </DocxFileButton>
  );
}
