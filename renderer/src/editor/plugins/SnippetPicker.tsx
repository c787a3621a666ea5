/**
 * The searchable list of snippets (ui/SearchPickerDialog.tsx, as the term
 * picker): type to filter by title or text, arrows to move, Enter to insert,
 * Escape to close (the dialog's own cancel).
 */
import { FormattedMessage, useIntl } from 'react-intl';
import { matchesSnippet, snippetText, type Snippet } from '../../../../core/snippet';
import { SearchPickerDialog } from '../../ui/SearchPickerDialog';

interface SnippetPickerProps {
  snippets: readonly Snippet[] | null;
  onPick: (snippet: Snippet) => void;
  onRemove: (snippet: Snippet) => void;
  onClose: () => void;
}

const search = (snippets: readonly Snippet[], query: string) =>
  snippets.filter((snippet) => matchesSnippet(snippet, query));

export function SnippetPicker({ snippets, onPick, onRemove, onClose }: SnippetPickerProps) {
  const intl = useIntl();
  return (
    <SearchPickerDialog<Snippet>
      items={snippets}
      search={search}
      itemKey={(snippet) => snippet.id}
      renderOption={(snippet) => (
        <>
          <span className="snippet-picker__title" translate="no">
            {snippet.title}
          </span>
          <span className="snippet-picker__preview" translate="no">
            {snippetText(snippet)}
          </span>
        </>
      )}
      // Acting on the chosen snippet, outside the list: an option may hold no controls of its own.
      chosenActions={(chosen) => (
        <button
          type="button"
          className="btn snippet-picker__delete"
          onClick={() => onRemove(chosen)}
          data-testid="snippet-delete"
        >
          <FormattedMessage
            id="editor.snippet.delete"
            defaultMessage="Delete “{title}”"
            values={{ title: <span translate="no">{chosen.title}</span> }}
          />
        </button>
      )}
      labels={{
        title: intl.formatMessage({ id: 'editor.snippet.pickerTitle', defaultMessage: 'Insert snippet' }),
        search: intl.formatMessage({ id: 'editor.snippet.search', defaultMessage: 'Search snippets' }),
        searchHint: intl.formatMessage({
          id: 'editor.snippet.searchHint',
          defaultMessage: 'Type to search titles and text',
        }),
        list: intl.formatMessage({ id: 'editor.snippet.list', defaultMessage: 'Snippets' }),
        loading: <FormattedMessage id="editor.snippet.loading" defaultMessage="Loading…" />,
        noMatch: (
          <FormattedMessage
            id="editor.snippet.noMatch"
            defaultMessage="No snippet matches. Try other words."
          />
        ),
        none: (
          <FormattedMessage id="editor.snippet.none" defaultMessage="No snippets in this language yet." />
        ),
        cancel: <FormattedMessage id="editor.snippet.cancel" defaultMessage="Cancel" />,
        insert: <FormattedMessage id="editor.snippet.insert" defaultMessage="Insert" />,
      }}
      testIds={{
        dialog: 'snippet-picker',
        search: 'snippet-search',
        option: 'snippet-option',
        ok: 'snippet-ok',
      }}
      onPick={onPick}
      onClose={onClose}
    />
  );
}
