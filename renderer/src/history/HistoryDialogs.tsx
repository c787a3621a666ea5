/** The history's two questions: a name for "Save version…", and "Restore this version?". */
import { useIntl } from 'react-intl';
import { VERSION_NAME_MAX } from '../../../core/history/version';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { PromptDialog } from '../ui/PromptDialog';
import type { LetterHistory } from './useLetterHistory';
import { versionTitle } from './versionWording';

export function HistoryDialogs({ history }: { history: LetterHistory }) {
  const intl = useIntl();
  const asked = history.restoreAsked;
  return (
    <>
      {history.naming && (
        <PromptDialog
          title={intl.formatMessage({ id: 'history.name.title', defaultMessage: 'Save version' })}
          label={intl.formatMessage({
            id: 'history.name.label',
            defaultMessage: 'Name of this version, e.g. “Sent to the counsellor”',
          })}
          submitLabel={intl.formatMessage({ id: 'history.name.submit', defaultMessage: 'Save version' })}
          parse={(value) => {
            const name = value.trim();
            if (!name)
              throw new Error(
                intl.formatMessage({ id: 'history.name.empty', defaultMessage: 'Enter a name.' }),
              );
            if (name.length > VERSION_NAME_MAX)
              throw new Error(
                intl.formatMessage(
                  { id: 'history.name.tooLong', defaultMessage: 'Use at most {max} characters.' },
                  { max: VERSION_NAME_MAX },
                ),
              );
            return name;
          }}
          onSubmit={(name) => void history.nameVersion(name)}
          onCancel={history.cancelName}
        />
      )}
      {asked && (
        <ConfirmDialog
          title={intl.formatMessage(
            { id: 'history.restore.title', defaultMessage: 'Restore the version of {when}?' },
            { when: versionTitle(asked, intl) },
          )}
          message={intl.formatMessage({
            id: 'history.restore.message',
            defaultMessage:
              'Both documents, the details and the approval go back to this version. The current text is kept as a version first, so nothing is lost. Comments stay.',
          })}
          confirmLabel={intl.formatMessage({ id: 'history.restore.confirm', defaultMessage: 'Restore' })}
          onConfirm={() => void history.confirmRestore()}
          onCancel={history.cancelRestore}
        />
      )}
    </>
  );
}
