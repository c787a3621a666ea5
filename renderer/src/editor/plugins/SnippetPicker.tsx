/**
 * The searchable list of snippets: type to filter by title or text, arrows to
 * move, Enter to insert, Escape to close (the dialog's own cancel).
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { matchesSnippet, snippetText, type Snippet } from '../../../../core/snippet';
import { Dialog } from '../../ui/Dialog';

interface SnippetPickerProps {
  snippets: Snippet[] | null;
  onPick: (snippet: Snippet) => void;
  onRemove: (snippet: Snippet) => void;
  onClose: () => void;
}

export function SnippetPicker({ snippets, onPick, onRemove, onClose }: SnippetPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const intl = useIntl();
  const shown = useMemo(
    () => (snippets ?? []).filter((snippet) => matchesSnippet(snippet, query)),
    [snippets, query],
  );
  const current = Math.min(active, Math.max(shown.length - 1, 0));
  const chosen: Snippet | undefined = shown[current];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + shown.length) % Math.max(shown.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (shown[current]) onPick(shown[current]);
    }
  };

  return (
    <Dialog
      title={intl.formatMessage({ id: 'editor.snippet.pickerTitle', defaultMessage: 'Insert snippet' })}
      onClose={onClose}
      testId="snippet-picker"
    >
      <input
        className="input"
        type="search"
        aria-label={intl.formatMessage({ id: 'editor.snippet.search', defaultMessage: 'Search snippets' })}
        placeholder={intl.formatMessage({
          id: 'editor.snippet.searchHint',
          defaultMessage: 'Type to search titles and text',
        })}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded
        aria-controls={listId}
        aria-activedescendant={shown[current] ? `${listId}-${current}` : undefined}
        data-testid="snippet-search"
      />
      <ul
        id={listId}
        className="snippet-picker__list"
        role="listbox"
        aria-label={intl.formatMessage({ id: 'editor.snippet.list', defaultMessage: 'Snippets' })}
      >
        {snippets === null && (
          <li className="snippet-picker__empty">
            <FormattedMessage id="editor.snippet.loading" defaultMessage="Loading…" />
          </li>
        )}
        {snippets !== null && shown.length === 0 && (
          <li className="snippet-picker__empty">
            {snippets.length ? (
              <FormattedMessage
                id="editor.snippet.noMatch"
                defaultMessage="No snippet matches. Try other words."
              />
            ) : (
              <FormattedMessage id="editor.snippet.none" defaultMessage="No snippets in this language yet." />
            )}
          </li>
        )}
        {shown.map((snippet, index) => (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the keys are on the search box (aria-activedescendant); a click is the mouse's way in
          <li
            key={snippet.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className="snippet-picker__option"
            // A click chooses, as the arrows do; a double click inserts, as Enter does.
            onClick={() => setActive(index)}
            onDoubleClick={() => onPick(snippet)}
            data-testid="snippet-option"
          >
            <span className="snippet-picker__title" translate="no">
              {snippet.title}
            </span>
            <span className="snippet-picker__preview" translate="no">
              {snippetText(snippet)}
            </span>
          </li>
        ))}
      </ul>
      {/* Acting on the chosen snippet, outside the list: an option may hold no controls of its own. */}
      <div className="dialog__actions">
        {chosen && (
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
        <button type="button" className="btn" onClick={onClose}>
          <FormattedMessage id="editor.snippet.cancel" defaultMessage="Cancel" />
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={!chosen}
          onClick={() => chosen && onPick(chosen)}
          data-testid="snippet-ok"
        >
          <FormattedMessage id="editor.snippet.insert" defaultMessage="Insert" />
        </button>
      </div>
    </Dialog>
  );
}
