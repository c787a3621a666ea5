/**
 * "Import…": reads a library file the user picks and hands it to
 * `library.import`. A refused file shows every problem the server listed
 * (nothing was changed); names already in use ask "rename or replace".
 */
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../../../core/i18n/wording';
import { LIBRARY_FILE_MAX_BYTES, type ClashOption, type LibraryClash } from '../../../core/libraryFile';
import { useApi } from '../app/ApiContext';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';

const messages = defineMessages({
  imported: {
    id: 'templates.import.imported',
    defaultMessage:
      'Imported {templates, plural, one {# template} other {# templates}}, {signatories, plural, one {# signatory} other {# signatories}} and {publications, plural, one {# publication} other {# publications}} from “{fileName}”.',
  },
  tooLarge: {
    id: 'templates.import.tooLarge',
    defaultMessage:
      'Nothing was imported: “{fileName}” is {megabytes, number, ::.0} MB; a library file may be at most 5 MB.',
  },
  template: { id: 'templates.import.clashTemplate', defaultMessage: 'template: {name}' },
  signatory: { id: 'templates.import.clashSignatory', defaultMessage: 'signatory: {name}' },
  publication: { id: 'templates.import.clashPublication', defaultMessage: 'publication: {name}' },
});

interface Pending {
  fileName: string;
  content: string;
  clashes: LibraryClash[];
}

export function ImportLibraryButton({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const run = async (fileName: string, content: string, onClash?: ClashOption) => {
    try {
      const result = await api.call('library.import', { fileName, content, onClash });
      if (result.status === 'clash') {
        setPending({ fileName, content, clashes: result.clashes });
        return;
      }
      setPending(null);
      notify.info(intl.formatMessage(messages.imported, { ...result.counts, fileName }));
      onImported();
    } catch (error) {
      setPending(null);
      setProblems(errorMessage(error).split('\n'));
    }
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > LIBRARY_FILE_MAX_BYTES) {
      setProblems([
        intl.formatMessage(messages.tooLarge, { fileName: file.name, megabytes: file.size / 1024 / 1024 }),
      ]);
      return;
    }
    await run(file.name, await file.text());
  };

  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => input.current?.click()}
        data-testid="templates-import"
      >
        <FormattedMessage id="templates.import.button" defaultMessage="Import…" />
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="templates-import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          void pick(file);
        }}
      />
      {problems && (
        <Dialog
          title={intl.formatMessage({
            id: 'templates.import.refusedTitle',
            defaultMessage: 'Import refused',
          })}
          role="alertdialog"
          onClose={() => setProblems(null)}
          testId="import-problems"
        >
          <p className="dialog__message">{problems[0]}</p>
          {problems.length > 1 && (
            <ul className="import-problems">
              {problems.slice(1).map((problem) => (
                <li key={problem}>
                  <code>{problem}</code>
                </li>
              ))}
            </ul>
          )}
          <div className="dialog__actions">
            <button type="button" className="btn btn--primary" onClick={() => setProblems(null)}>
              <FormattedMessage id="templates.import.ok" defaultMessage="OK" />
            </button>
          </div>
        </Dialog>
      )}
      {pending && (
        <Dialog
          title={intl.formatMessage({
            id: 'templates.import.clashTitle',
            defaultMessage: 'Already in your library',
          })}
          onClose={() => setPending(null)}
          testId="import-clash"
        >
          <p className="dialog__message">
            <FormattedMessage
              id="templates.import.clashMessage"
              defaultMessage="These items in “{fileName}” have the same name or id as ones you already have. Keep both (the imported ones are renamed), or replace yours with the imported ones? Built-in templates are never replaced."
              values={{ fileName: pending.fileName }}
            />
          </p>
          <ul className="import-problems">
            {pending.clashes.map((clash) => (
              <li key={`${clash.kind}:${clash.id}`}>
                {intl.formatMessage(messages[clash.kind], { name: clash.name })}
              </li>
            ))}
          </ul>
          <div className="dialog__actions">
            <button type="button" className="btn" onClick={() => setPending(null)}>
              <FormattedMessage id="templates.import.cancel" defaultMessage="Cancel" />
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => void run(pending.fileName, pending.content, 'replace')}
              data-testid="import-replace"
            >
              <FormattedMessage id="templates.import.replace" defaultMessage="Replace mine" />
            </button>
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => void run(pending.fileName, pending.content, 'rename')}
              data-testid="import-rename"
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the safe choice of the dialog the user just opened, as the dialog pattern asks
              autoFocus
            >
              <FormattedMessage id="templates.import.keepBoth" defaultMessage="Keep both" />
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
