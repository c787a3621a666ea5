/**
 * "Import…" for the termbase: a TBX or CSV file the user picks, sent whole
 * (base64: the service checks its encoding) to `terms.import`. As with the
 * template library (templates/ImportLibraryButton.tsx), a file with any
 * problem changes nothing and every problem is listed; entries that clash
 * with stored ones ask "replace or keep both".
 */
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ClashOption } from '../../../core/libraryFile';
import { TERM_FILE_MAX_BYTES, type TermClash } from '../../../core/terms/termFiles';
import { useApi } from '../app/ApiContext';
import { fileAsBase64 } from '../import/fileBytes';
import { CloseActions } from '../ui/CloseActions';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';

/** What the picker offers: the extensions, and the MIME types some systems filter by. */
const TERM_FILE_ACCEPT = '.tbx,.csv,application/x-tbx+xml,text/csv';

/** Between a clash's Chinese and English terms: punctuation, the same in either interface language. */
const DASH = ' — ';

interface Pending {
  fileName: string;
  content: string;
  clashes: TermClash[];
}

export function TermImportButton({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const run = async (fileName: string, content: string, onClash?: ClashOption) => {
    try {
      const result = await api.call('terms.import', { fileName, content, onClash });
      if (result.status === 'clash') {
        setPending({ fileName, content, clashes: result.clashes });
        return;
      }
      setPending(null);
      notify.info(
        intl.formatMessage(
          {
            id: 'terms.import.imported',
            defaultMessage:
              'Imported “{fileName}”: {added, plural, one {# entry added} other {# entries added}}, {replaced, plural, one {# replaced} other {# replaced}}, {unchanged, plural, one {# already there} other {# already there}}.',
          },
          { ...result.counts, fileName },
        ),
      );
      onImported();
    } catch (error) {
      setPending(null);
      setProblems(errorMessage(error).split('\n'));
    }
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > TERM_FILE_MAX_BYTES) {
      setProblems([
        intl.formatMessage(
          {
            id: 'terms.import.tooLarge',
            defaultMessage:
              'Nothing was changed: “{fileName}” is {megabytes, number, ::.0} MB; a term file may be at most 20 MB.',
          },
          { fileName: file.name, megabytes: file.size / 1024 / 1024 },
        ),
      ]);
      return;
    }
    try {
      await run(file.name, await fileAsBase64(file));
    } catch (error) {
      setProblems([errorMessage(error)]);
    }
  };

  return (
    <>
      <button
        type="button"
        className="btn btn--small"
        onClick={() => input.current?.click()}
        data-testid="terms-import"
      >
        <FormattedMessage id="terms.import.button" defaultMessage="Import…" />
      </button>
      <input
        ref={input}
        type="file"
        accept={TERM_FILE_ACCEPT}
        hidden
        data-testid="terms-import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          void pick(file);
        }}
      />
      {problems && (
        <Dialog
          title={intl.formatMessage({
            id: 'terms.import.refusedTitle',
            defaultMessage: 'Import refused: nothing was changed',
          })}
          role="alertdialog"
          onClose={() => setProblems(null)}
          testId="terms-import-problems"
        >
          <p className="dialog__message">{problems[0]}</p>
          {problems.length > 1 && (
            <ul className="import-problems">
              {problems.slice(1).map((problem) => (
                <li key={problem}>
                  <code translate="no">{problem}</code>
                </li>
              ))}
            </ul>
          )}
          <CloseActions
            onClose={() => setProblems(null)}
            label={<FormattedMessage id="terms.import.ok" defaultMessage="OK" />}
            testId="terms-import-problems-ok"
          />
        </Dialog>
      )}
      {pending && (
        <Dialog
          title={intl.formatMessage({
            id: 'terms.import.clashTitle',
            defaultMessage: 'Already in your termbase',
          })}
          onClose={() => setPending(null)}
          testId="terms-import-clash"
        >
          <p className="dialog__message">
            <FormattedMessage
              id="terms.import.clashMessage"
              defaultMessage="{count, plural, one {This entry in “{fileName}” has} other {These # entries in “{fileName}” have}} the same Chinese term or id as one you already have. Replace yours with the imported ones, or keep both?"
              values={{ fileName: pending.fileName, count: pending.clashes.length }}
            />
          </p>
          <ul className="import-problems" translate="no">
            {pending.clashes.slice(0, 50).map((clash) => (
              <li key={clash.id}>
                <span lang="zh-CN">{clash.zh}</span>
                {DASH}
                <span lang="en">{clash.en}</span>
              </li>
            ))}
          </ul>
          {pending.clashes.length > 50 && (
            <p className="dialog__message">
              <FormattedMessage
                id="terms.import.clashMore"
                defaultMessage="…and {count, plural, one {# more} other {# more}}."
                values={{ count: pending.clashes.length - 50 }}
              />
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="btn" onClick={() => setPending(null)}>
              <FormattedMessage id="terms.import.cancel" defaultMessage="Cancel" />
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => void run(pending.fileName, pending.content, 'replace')}
              data-testid="terms-import-replace"
            >
              <FormattedMessage id="terms.import.replace" defaultMessage="Replace mine" />
            </button>
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => void run(pending.fileName, pending.content, 'rename')}
              data-testid="terms-import-keep-both"
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the safe choice of the dialog the user just opened, as the dialog pattern asks
              autoFocus
            >
              <FormattedMessage id="terms.import.keepBoth" defaultMessage="Keep both" />
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
