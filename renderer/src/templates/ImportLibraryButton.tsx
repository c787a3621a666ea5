/**
 * "Import…": reads a library file the user picks and hands it to
 * `library.import` (the flow the termbase shares: ui/ImportFileButton.tsx). A
 * refused file shows every problem the server listed (nothing was changed);
 * names already in use ask "rename or replace".
 */
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../../../core/i18n/wording';
import { LIBRARY_FILE_MAX_BYTES, type LibraryClash } from '../../../core/libraryFile';
import { useApi } from '../app/ApiContext';
import { ImportFileButton } from '../ui/ImportFileButton';

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

export function ImportLibraryButton({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const intl = useIntl();

  return (
    <ImportFileButton<LibraryClash>
      send={async (fileName, content, onClash) => {
        const result = await api.call('library.import', { fileName, content, onClash });
        if (result.status === 'clash') return { clashes: result.clashes };
        return { notice: intl.formatMessage(messages.imported, { ...result.counts, fileName }) };
      }}
      read={(file) => file.text()}
      maxBytes={LIBRARY_FILE_MAX_BYTES}
      tooLarge={(fileName, megabytes) => intl.formatMessage(messages.tooLarge, { fileName, megabytes })}
      accept=".json,application/json"
      buttonClassName="btn"
      labels={{
        button: <FormattedMessage id="templates.import.button" defaultMessage="Import…" />,
        refusedTitle: intl.formatMessage({
          id: 'templates.import.refusedTitle',
          defaultMessage: 'Import refused',
        }),
        ok: <FormattedMessage id="templates.import.ok" defaultMessage="OK" />,
        clashTitle: intl.formatMessage({
          id: 'templates.import.clashTitle',
          defaultMessage: 'Already in your library',
        }),
        clashMessage: (pending) => (
          <FormattedMessage
            id="templates.import.clashMessage"
            defaultMessage="These items in “{fileName}” have the same name or id as ones you already have. Keep both (the imported ones are renamed), or replace yours with the imported ones? Built-in templates are never replaced."
            values={{ fileName: pending.fileName }}
          />
        ),
        cancel: <FormattedMessage id="templates.import.cancel" defaultMessage="Cancel" />,
        replace: <FormattedMessage id="templates.import.replace" defaultMessage="Replace mine" />,
        keepBoth: <FormattedMessage id="templates.import.keepBoth" defaultMessage="Keep both" />,
      }}
      clashList={(clashes) => (
        <ul className="import-problems">
          {clashes.map((clash) => (
            <li key={`${clash.kind}:${clash.id}`}>
              {intl.formatMessage(messages[clash.kind], { name: clash.name })}
            </li>
          ))}
        </ul>
      )}
      testIds={{
        button: 'templates-import',
        file: 'templates-import-file',
        problems: 'import-problems',
        problemsOk: 'import-problems-ok',
        clash: 'import-clash',
        replace: 'import-replace',
        keepBoth: 'import-rename',
      }}
      onImported={onImported}
    />
  );
}
