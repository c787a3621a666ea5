/**
 * The searchable list of termbase entries, like the snippet picker: type to
 * filter (either language, variants and notes), arrows to move, Enter to
 * insert, Escape to close. Shows what will be inserted first: the Chinese term
 * in the preface, the approved English term in the letter.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { TermEntry } from '../../../../../core/terms/termEntry';
import { Dialog } from '../../../ui/Dialog';

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

const matches = (entry: TermEntry, words: string[]) => {
  const text = [...entry.zh, ...entry.en, ...entry.forbidden, entry.note].join('\n').toLowerCase();
  return words.every((word) => text.includes(word));
};

export function TermPicker({ entries, language, onPick, onClose }: TermPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const intl = useIntl();
  const matching = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (entries ?? []).filter((entry) => matches(entry, words));
  }, [entries, query]);
  const shown = matching.slice(0, MAX_SHOWN);
  const current = Math.min(active, Math.max(shown.length - 1, 0));
  const chosen: TermEntry | undefined = shown[current];
  const first = (entry: TermEntry) => (language === 'zh' ? entry.zh[0] : entry.en[0]) ?? '';
  const other = (entry: TermEntry) => (language === 'zh' ? entry.en[0] : entry.zh[0]) ?? '';

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + shown.length) % Math.max(shown.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (chosen) onPick(chosen);
    }
  };

  return (
    <Dialog
      title={intl.formatMessage({ id: 'editor.termPicker.title', defaultMessage: 'Insert term' })}
      onClose={onClose}
      testId="term-picker"
    >
      <input
        className="input"
        type="search"
        aria-label={intl.formatMessage({
          id: 'editor.termPicker.search',
          defaultMessage: 'Search the termbase',
        })}
        placeholder={intl.formatMessage({
          id: 'editor.termPicker.searchHint',
          defaultMessage: 'Type Chinese or English to search',
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
        aria-activedescendant={chosen ? `${listId}-${current}` : undefined}
        data-testid="term-picker-search"
      />
      <ul
        id={listId}
        className="snippet-picker__list"
        role="listbox"
        aria-label={intl.formatMessage({ id: 'editor.termPicker.list', defaultMessage: 'Terms' })}
      >
        {entries === null && (
          <li className="snippet-picker__empty">
            <FormattedMessage id="editor.termPicker.loading" defaultMessage="Loading…" />
          </li>
        )}
        {entries !== null && shown.length === 0 && (
          <li className="snippet-picker__empty">
            {entries.length ? (
              <FormattedMessage
                id="editor.termPicker.noMatch"
                defaultMessage="No term matches. Try other words."
              />
            ) : (
              <FormattedMessage
                id="editor.termPicker.none"
                defaultMessage="The termbase is empty. Add terms in Settings ▸ Termbase."
              />
            )}
          </li>
        )}
        {shown.map((entry, index) => (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the keys are on the search box (aria-activedescendant); a click is the mouse's way in
          <li
            key={entry.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className="snippet-picker__option"
            // A click chooses, as the arrows do; a double click inserts, as Enter does.
            onClick={() => setActive(index)}
            onDoubleClick={() => onPick(entry)}
            data-testid="term-picker-option"
          >
            <span className="snippet-picker__title" lang={language === 'zh' ? 'zh-CN' : 'en'} translate="no">
              {first(entry)}
            </span>
            <span
              className="snippet-picker__preview"
              lang={language === 'zh' ? 'en' : 'zh-CN'}
              translate="no"
            >
              {[other(entry), entry.note].filter(Boolean).join(SEPARATOR)}
            </span>
          </li>
        ))}
      </ul>
      {matching.length > shown.length && (
        <p className="term-picker__more">
          <FormattedMessage
            id="editor.termPicker.more"
            defaultMessage="{count, plural, one {# more term matches} other {# more terms match}}: type more to narrow the list."
            values={{ count: matching.length - shown.length }}
          />
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onClose}>
          <FormattedMessage id="editor.termPicker.cancel" defaultMessage="Cancel" />
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={!chosen}
          onClick={() => chosen && onPick(chosen)}
          data-testid="term-picker-ok"
        >
          <FormattedMessage id="editor.termPicker.insert" defaultMessage="Insert" />
        </button>
      </div>
    </Dialog>
  );
}
