/**
 * A searchable list to insert from, as the snippet picker and the term picker
 * (editor/plugins/SnippetPicker.tsx, editor/plugins/TermPicker/) ask it: type
 * to filter, arrows to move, Enter to insert, Escape to close (the dialog's
 * own cancel). The keys stay on the search box (a combobox whose
 * aria-activedescendant is the chosen option).
 *
 * The wording, what an option shows and how the search matches stay with
 * each caller.
 */
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Dialog } from './Dialog';

export interface SearchPickerDialogProps<Item> {
  /** null while loading. */
  items: readonly Item[] | null;
  /** The items matching what was typed, in the order shown. Keep it one function (module level): it is memoised. */
  search: (items: readonly Item[], query: string) => Item[];
  /** How many are listed at most; the rest are counted by `labels.more`. */
  maxShown?: number;
  itemKey: (item: Item) => string;
  /** An option's content (its spans; the option itself is made here). */
  renderOption: (item: Item) => ReactNode;
  /** Buttons acting on the chosen item, before Cancel: an option may hold no controls of its own. */
  chosenActions?: (chosen: Item) => ReactNode;
  labels: {
    title: string;
    search: string;
    searchHint: string;
    list: string;
    loading: ReactNode;
    noMatch: ReactNode;
    none: ReactNode;
    /** How many more match than `maxShown`. */
    more?: (count: number) => ReactNode;
    cancel: ReactNode;
    insert: ReactNode;
  };
  testIds: { dialog: string; search: string; option: string; ok: string };
  onPick: (item: Item) => void;
  onClose: () => void;
}

export function SearchPickerDialog<Item>(props: SearchPickerDialogProps<Item>) {
  const { items, search, labels, testIds, onPick, onClose } = props;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matching = useMemo(() => search(items ?? [], query), [items, search, query]);
  const shown = props.maxShown === undefined ? matching : matching.slice(0, props.maxShown);
  const current = Math.min(active, Math.max(shown.length - 1, 0));
  const chosen: Item | undefined = shown[current];

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
    <Dialog title={labels.title} onClose={onClose} testId={testIds.dialog}>
      <input
        className="input"
        type="search"
        aria-label={labels.search}
        placeholder={labels.searchHint}
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
        data-testid={testIds.search}
      />
      <ul id={listId} className="snippet-picker__list" role="listbox" aria-label={labels.list}>
        {items === null && <li className="snippet-picker__empty">{labels.loading}</li>}
        {items !== null && shown.length === 0 && (
          <li className="snippet-picker__empty">{items.length ? labels.noMatch : labels.none}</li>
        )}
        {shown.map((item, index) => (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the keys are on the search box (aria-activedescendant); a click is the mouse's way in
          <li
            key={props.itemKey(item)}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            className="snippet-picker__option"
            // A click chooses, as the arrows do; a double click inserts, as Enter does.
            onClick={() => setActive(index)}
            onDoubleClick={() => onPick(item)}
            data-testid={testIds.option}
          >
            {props.renderOption(item)}
          </li>
        ))}
      </ul>
      {labels.more && matching.length > shown.length && (
        <p className="search-picker__more">{labels.more(matching.length - shown.length)}</p>
      )}
      <div className="dialog__actions">
        {chosen !== undefined && props.chosenActions?.(chosen)}
        <button type="button" className="btn" onClick={onClose}>
          {labels.cancel}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={chosen === undefined}
          onClick={() => chosen !== undefined && onPick(chosen)}
          data-testid={testIds.ok}
        >
          {labels.insert}
        </button>
      </div>
    </Dialog>
  );
}
