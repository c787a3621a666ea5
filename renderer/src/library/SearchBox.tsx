/** The search field above the letters. Ctrl/Cmd+Shift+F (the library.find command) reaches it from anywhere; Escape clears it. */
import { useRef } from 'react';
import { SEARCH_QUERY_MAX } from '../../../core/search/searchQuery';
import { ariaKeyShortcuts, shortcutHint } from '../commands/shortcutHint';
import { useCommand } from '../commands/useCommand';
import { SearchIcon } from '../ui/icons';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

export function SearchBox({ value, onChange }: SearchBoxProps) {
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
        placeholder="Search letters · 搜索信函"
        aria-label="Search letters"
        title={`Search every letter, in English or Chinese (${shortcutHint('library.find')})`}
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
