/**
 * The searchable list of termbase entries, as the snippet picker (both
 * ui/SearchPickerDialog.tsx): type to filter by the termbase's own search
 * (core/terms/termSearch.ts: either language, variants, note, source; full-width
 * letters as ordinary ones), arrows to move, Enter to insert, Escape to close.
 * Shows what will be inserted first: the Chinese term in the preface, the
 * approved English term in the letter.
 */
import { FormattedMessage, useIntl } from 'react-intl';
import type { TermEntry } from '../../../../../core/terms/termEntry';
import { termsMatching } from '../../../../../core/terms/termSearch';
import { SearchPickerDialog } from '../../../ui/SearchPickerDialog';

/** Between the other language's term and the note: punctuation, the same in either interface language. */
const SEPARATOR = ' · ';

/** Enough to choose from; typing narrows the rest. */
const MAX_SHOWN = 100;

interface TermPickerProps {
  entries: readonly TermEntry[] | null;
  /** The language inserted: the term shown first. */
  language: 'zh' | 'en';
  onPick: (entry: TermEntry) => void;
  onClose: () => void;
}

export function TermPicker({ entries, language, onPick, onClose }: TermPickerProps) {
  const intl = useIntl();
  const first = (entry: TermEntry) => (language === 'zh' ? entry.zh[0] : entry.en[0]) ?? '';
  const other = (entry: TermEntry) => (language === 'zh' ? entry.en[0] : entry.zh[0]) ?? '';

  return (
    <SearchPickerDialog<TermEntry>
      items={entries}
      search={(entries, query) => termsMatching(entries, query)}
      maxShown={MAX_SHOWN}
      itemKey={(entry) => entry.id}
      renderOption={(entry) => (
        <>
          <span className="snippet-picker__title" lang={language === 'zh' ? 'zh-CN' : 'en'} translate="no">
            {first(entry)}
          </span>
          <span className="snippet-picker__preview" lang={language === 'zh' ? 'en' : 'zh-CN'} translate="no">
            {[other(entry), entry.note].filter(Boolean).join(SEPARATOR)}
          </span>
        </>
      )}
      labels={{
        title: intl.formatMessage({ id: 'editor.termPicker.title', defaultMessage: 'Insert term' }),
        search: intl.formatMessage({
          id: 'editor.termPicker.search',
          defaultMessage: 'Search the termbase',
        }),
        searchHint: intl.formatMessage({
          id: 'editor.termPicker.searchHint',
          defaultMessage: 'Type Chinese or English to search',
        }),
        list: intl.formatMessage({ id: 'editor.termPicker.list', defaultMessage: 'Terms' }),
        loading: <FormattedMessage id="editor.termPicker.loading" defaultMessage="Loading…" />,
        noMatch: (
          <FormattedMessage
            id="editor.termPicker.noMatch"
            defaultMessage="No term matches. Try other words."
          />
        ),
        none: (
          <FormattedMessage
            id="editor.termPicker.none"
            defaultMessage="The termbase is empty. Add terms in Settings ▸ Termbase."
          />
        ),
        more: (count) => (
          <FormattedMessage
            id="editor.termPicker.more"
            defaultMessage="{count, plural, one {# more term matches} other {# more terms match}}: type more to narrow the list."
            values={{ count }}
          />
        ),
        cancel: <FormattedMessage id="editor.termPicker.cancel" defaultMessage="Cancel" />,
        insert: <FormattedMessage id="editor.termPicker.insert" defaultMessage="Insert" />,
      }}
      testIds={{
        dialog: 'term-picker',
        search: 'term-picker-search',
        option: 'term-picker-option',
        ok: 'term-picker-ok',
      }}
      onPick={onPick}
      onClose={onClose}
    />
  );
}
