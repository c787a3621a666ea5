/**
 * Opening a sending's letter from the log, whatever became of the letter:
 * deleted for good (the trash emptied), the row says so and nothing opens; in
 * the trash, the officer is offered to restore it first; its version sent
 * unreadable (damaged, gone), the row says so and the letter is not opened on
 * a request that cannot be carried out. Only then does the App open it.
 */
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { LetterWhereabouts, LogList } from '../../../core/log/logList';
import type { Sending } from '../../../core/log/sending';
import { useApi } from '../app/ApiContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';

/** Where the row's letter is, when not in the library (own keys only: an id may be any word). */
export function whereaboutsOf(list: Pick<LogList, 'letters'>, letterId: string): LetterWhereabouts | null {
  return Object.hasOwn(list.letters, letterId) ? list.letters[letterId] : null;
}

interface Opening {
  sending: Sending;
  publishedText?: string;
}

export function useOpenFromLog(
  list: LogList | null,
  onOpenSending: (sending: Sending, publishedText?: string) => void,
) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const [restoreAsked, setRestoreAsked] = useState<Opening | null>(null);
  // Sendings whose version could not be read when opened: their rows say so.
  const [unreadable, setUnreadable] = useState<ReadonlySet<string>>(new Set());

  /** Opens after checking the version sent can be read, so the letter is not opened for nothing. */
  const openChecked = ({ sending, publishedText }: Opening) => {
    api.call('history.get', { letterId: sending.letterId, versionId: sending.versionId }).then(
      () => onOpenSending(sending, publishedText),
      (error: unknown) => {
        setUnreadable((current) => new Set(current).add(sending.id));
        notify.error(
          intl.formatMessage(
            {
              id: 'log.open.versionFailed',
              defaultMessage: 'The version of “{title}” that was sent could not be opened: {detail}',
            },
            { title: sending.title, detail: errorMessage(error) },
          ),
        );
      },
    );
  };

  const open = (sending: Sending, publishedText?: string) => {
    const where = list ? whereaboutsOf(list, sending.letterId) : null;
    if (where === 'deleted') {
      notify.info(
        intl.formatMessage(
          {
            id: 'log.open.deleted',
            defaultMessage:
              '“{title}” was deleted permanently (the trash was emptied). The log keeps when it was sent, to whom, and what came of it.',
          },
          { title: sending.title },
        ),
      );
      return;
    }
    if (where === 'trash') setRestoreAsked({ sending, publishedText });
    else openChecked({ sending, publishedText });
  };

  const restoreAndOpen = (opening: Opening) => {
    setRestoreAsked(null);
    api.call('letters.restore', { id: opening.sending.letterId }).then(
      () => {
        notify.info(
          intl.formatMessage(
            { id: 'log.open.restored', defaultMessage: 'Restored “{title}” from the trash.' },
            { title: opening.sending.title },
          ),
        );
        openChecked(opening);
      },
      (error: unknown) => notify.error(errorMessage(error)),
    );
  };

  const ui = restoreAsked && (
    <ConfirmDialog
      title={intl.formatMessage({ id: 'log.open.trashTitle', defaultMessage: 'Letter in the trash' })}
      message={intl.formatMessage(
        {
          id: 'log.open.trashMessage',
          defaultMessage:
            '“{title}” is in the trash. Restore it to the library and open it at the version sent?',
        },
        { title: restoreAsked.sending.title },
      )}
      confirmLabel={intl.formatMessage({ id: 'log.open.restore', defaultMessage: 'Restore and open' })}
      onConfirm={() => restoreAndOpen(restoreAsked)}
      onCancel={() => setRestoreAsked(null)}
    />
  );

  return { open, ui, unreadable };
}
