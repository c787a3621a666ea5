/**
 * "Import…" for the termbase: a TBX or CSV file the user picks, sent whole
 * (base64: the service checks its encoding) to `terms.import`, through the
 * import flow the template library shares (ui/ImportFileButton.tsx): a file
 * with any problem changes nothing and every problem is listed; entries that
 * clash with stored ones ask "replace or keep both".
 */
import { FormattedMessage, useIntl } from 'react-intl';
import { TERM_FILE_MAX_BYTES, type TermClash } from '../../../core/terms/termFiles';
import { useApi } from '../app/ApiContext';
import { fileAsBase64 } from '../import/fileBytes';
import { ImportFileButton } from '../ui/ImportFileButton';

/** What the picker offers: the extensions, and the MIME types some systems filter by. */
const TERM_FILE_ACCEPT = '.tbx,.csv,application/x-tbx+xml,text/csv';

/** Between a clash's Chinese and English terms: punctuation, the same in either interface language. */
const DASH = ' — ';

export function TermImportButton({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const intl = useIntl();

  return (
    <ImportFileButton<TermClash>
      send={async (fileName, content, onClash) => {
        const result = await api.call('terms.import', { fileName, content, onClash });
        if (result.status === 'clash') return { clashes: result.clashes };
        return {
          notice: intl.formatMessage(
            {
              id: 'terms.import.imported',
              defaultMessage:
                'Imported “{fileName}”: {added, plural, one {# entry added} other {# entries added}}, {replaced, plural, one {# replaced} other {# replaced}}, {unchanged, plural, one {# already there} other {# already there}}.',
            },
            { ...result.counts, fileName },
          ),
        };
      }}
      read={fileAsBase64}
      maxBytes={TERM_FILE_MAX_BYTES}
      tooLarge={(fileName, megabytes) =>
        intl.formatMessage(
          {
            id: 'terms.import.tooLarge',
            defaultMessage:
              'Nothing was changed: “{fileName}” is {megabytes, number, ::.0} MB; a term file may be at most 20 MB.',
          },
          { fileName, megabytes },
        )
      }
      accept={TERM_FILE_ACCEPT}
      buttonClassName="btn btn--small"
      labels={{
        button: <FormattedMessage id="terms.import.button" defaultMessage="Import…" />,
        refusedTitle: intl.formatMessage({
          id: 'terms.import.refusedTitle',
          defaultMessage: 'Import refused: nothing was changed',
        }),
        ok: <FormattedMessage id="terms.import.ok" defaultMessage="OK" />,
        clashTitle: intl.formatMessage({
          id: 'terms.import.clashTitle',
          defaultMessage: 'Already in your termbase',
        }),
        clashMessage: (pending) => (
          <FormattedMessage
            id="terms.import.clashMessage"
            defaultMessage="{count, plural, one {This entry in “{fileName}” has} other {These # entries in “{fileName}” have}} the same Chinese term or id as one you already have. Replace yours with the imported ones, or keep both?"
            values={{ fileName: pending.fileName, count: pending.clashes.length }}
          />
        ),
        cancel: <FormattedMessage id="terms.import.cancel" defaultMessage="Cancel" />,
        replace: <FormattedMessage id="terms.import.replace" defaultMessage="Replace mine" />,
        keepBoth: <FormattedMessage id="terms.import.keepBoth" defaultMessage="Keep both" />,
      }}
      clashList={(clashes) => (
        <>
          <ul className="import-problems" translate="no">
            {clashes.slice(0, 50).map((clash) => (
              <li key={clash.id}>
                <span lang="zh-CN">{clash.zh}</span>
                {DASH}
                <span lang="en">{clash.en}</span>
              </li>
            ))}
          </ul>
          {clashes.length > 50 && (
            <p className="dialog__message">
              <FormattedMessage
                id="terms.import.clashMore"
                defaultMessage="…and {count, plural, one {# more} other {# more}}."
                values={{ count: clashes.length - 50 }}
              />
            </p>
          )}
        </>
      )}
      testIds={{
        button: 'terms-import',
        file: 'terms-import-file',
        problems: 'terms-import-problems',
        problemsOk: 'terms-import-problems-ok',
        clash: 'terms-import-clash',
        replace: 'terms-import-replace',
        keepBoth: 'terms-import-keep-both',
      }}
      onImported={onImported}
    />
  );
}
