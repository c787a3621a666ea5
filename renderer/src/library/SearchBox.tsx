/** The search field above the letters. Ctrl/Cmd+Shift+F (the library.find command) reaches it from anywhere; Escape clears it. */
import { useRef } from 'react';
import { useIntl } from 'react-intl';
import { SEARCH_QUERY_MAX } from '../../../core/search/searchQuery';
import { ariaKeyShortcuts, shortcutHint } from '../commands/shortcutHint';
import { useCommand } from '../commands/useCommand';
import { SearchIcon } from '../ui/icons';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

export function SearchBox({ value, onChange }: SearchBoxProps) {
  const intl = useIntl();
  const input = useRef<HTMLInputElement>(null);

  useCommand('library.find', () => {
    input.current?.focus();
    input.current?.select();
  });

  return (
    <div className="search-box" role="search">
      <SearchIcon />
      <input
        ref={input}
        type="search"
        className="search-box__input"
        placeholder={intl.formatMessage({
          id: 'library.search.placeholder',
          defaultMessage: 'Search letters · 搜索信函',
        })}
        aria-label={intl.formatMessage({ id: 'library.search.label', defaultMessage: 'Search letters' })}
        title={intl.formatMessage(
          {
            id: 'library.search.title',
            defaultMessage: 'Search every letter, in English or Chinese ({shortcut})',
          },
          { shortcut: shortcutHint('library.find') },
        )}
        aria-keyshortcuts={ariaKeyShortcuts('library.find')}
        maxLength={SEARCH_QUERY_MAX}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            onChange('');
          }
        }}
        spellCheck={false}
        data-testid="library-search"
      />
    </div>
  );
}
