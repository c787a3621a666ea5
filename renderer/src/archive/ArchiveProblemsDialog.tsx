/**
 * An archive refused: what was wrong (the service's sentence and every
 * problem it found), that nothing was changed, and what to do.
 */
import { FormattedMessage, useIntl } from 'react-intl';
import { Dialog } from '../ui/Dialog';
import { archiveMessages as messages } from './archiveMessages';
import { CloseActions } from '../ui/CloseActions';

export interface ArchiveProblems {
  fileName: string;
  /** The first is the sentence that says why; the rest, the problems found, one each. */
  lines: string[];
}

export function ArchiveProblemsDialog({
  problems,
  onClose,
}: {
  problems: ArchiveProblems;
  onClose: () => void;
}) {
  const intl = useIntl();
  const [headline, ...details] = problems.lines;
  return (
    <Dialog
      title={intl.formatMessage({
        id: 'archive.import.refusedTitle',
        defaultMessage: 'Archive not imported',
      })}
      role="alertdialog"
      onClose={onClose}
      testId="archive-problems"
    >
      <p className="dialog__message" data-testid="archive-problems-message">
        {headline}
      </p>
      {details.length > 0 && (
        <ul className="import-problems" data-testid="archive-problems-list">
          {details.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <p className="dialog__message" data-testid="archive-problems-unchanged">
        {intl.formatMessage(messages.unchanged)}
      </p>
      <CloseActions
        onClose={onClose}
        label={<FormattedMessage id="archive.import.ok" defaultMessage="OK" />}
        testId="archive-problems-ok"
      />
    </Dialog>
  );
}
