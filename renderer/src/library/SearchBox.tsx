/** The search field above the letters. Ctrl/Cmd+Shift+F reaches it from anywhere; Escape clears it. */
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { SEARCH_QUERY_MAX } from '../../../core/search/searchQuery';
import { SearchIcon } from '../ui/icons';
import { shortcut } from '../ui/shortcut';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

export function SearchBox({ value, onChange }: SearchBoxProps) {
  const intl = useIntl();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

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
          { shortcut: shortcut('F', { shift: true }) },
        )}
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
