/**
 * The left sidebar: every letter, newest first (or those a search finds), with
 * the Trash, Templates and Settings below.
 */
import { useState, type ReactNode } from 'react';
import type { ShortcutCommandId } from '../../../core/commands';
import type { LetterSummary } from '../../../core/letter';
import type { SearchExcerpt } from '../../../core/search/excerpt';
import { ariaKeyShortcuts, shortcutHint } from '../commands/shortcutHint';
import { DocumentIcon, GearIcon, PlusIcon, TrashIcon } from '../ui/icons';
import { useNow } from '../ui/useNow';
import { LibraryItem } from './LibraryItem';
import { SearchBox } from './SearchBox';
import { useLoadMore } from './useLoadMore';
import { useLetterSearch, type SearchState } from './useLetterSearch';

export type SidebarView = 'letter' | 'trash' | 'templates' | 'settings';

interface LibrarySidebarProps {
  /** The letters loaded so far, newest first; `total` in all. */
  letters: LetterSummary[] | null;
  total: number;
  onMore: () => void;
  trashCount: number;
  activeId: string | null;
  view: SidebarView;
  onNew: () => void;
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onDuplicate: (id: string) => void;
  onTrash: (letter: LetterSummary) => void;
  onShowTrash: () => void;
  onShowTemplates: () => void;
  onShowSettings: () => void;
}

export function LibrarySidebar(props: LibrarySidebarProps) {
  const { letters, trashCount, activeId, view } = props;
  const now = useNow();
  const [query, setQuery] = useState('');
  const search = useLetterSearch(query, letters);

  const item = (letter: LetterSummary, excerpt?: SearchExcerpt | null) => (
    <LibraryItem
      key={letter.id}
      letter={letter}
      now={now}
      active={view === 'letter' && letter.id === activeId}
      onOpen={() => props.onOpen(letter.id)}
      onRename={(title) => props.onRename(letter.id, title)}
      onDuplicate={() => props.onDuplicate(letter.id)}
      onTrash={() => props.onTrash(letter)}
      excerpt={excerpt}
    />
  );

  return (
    <aside className="sidebar" data-testid="library" aria-label="Library">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          信
        </span>
        <span className="sidebar__name">LetterDesk</span>
      </div>
      <button
        type="button"
        className="btn btn--primary sidebar__new"
        onClick={props.onNew}
        data-testid="new-letter"
        title={shortcutHint('letter.new')}
        aria-keyshortcuts={ariaKeyShortcuts('letter.new')}
      >
        <PlusIcon /> New letter
      </button>
      <SearchBox value={query} onChange={setQuery} />
      <nav className="sidebar__list" aria-label="Letters">
        {search.status === 'idle' ? (
          <>
            <h2 className="sidebar__heading">
              Letters {letters && <span className="sidebar__count">{props.total}</span>}
            </h2>
            {letters === null ? (
              <p className="sidebar__empty">Loading…</p>
            ) : letters.length === 0 ? (
              <p className="sidebar__empty">No letters yet. Start one with “New letter”.</p>
            ) : (
              <LetterList
                letters={letters}
                more={letters.length < props.total}
                onMore={props.onMore}
                item={item}
              />
            )}
          </>
        ) : (
          <SearchResults query={query} search={search} item={item} />
        )}
      </nav>
      <div className="sidebar__footer">
        <SidebarLink active={view === 'trash'} onClick={props.onShowTrash} testId="trash">
          <TrashIcon /> Trash {trashCount > 0 && <span className="sidebar__count">{trashCount}</span>}
        </SidebarLink>
        <SidebarLink active={view === 'templates'} onClick={props.onShowTemplates} testId="templates">
          <DocumentIcon /> Templates
        </SidebarLink>
        <SidebarLink
          active={view === 'settings'}
          onClick={props.onShowSettings}
          testId="settings"
          shortcut="app.settings"
        >
          <GearIcon /> Settings
        </SidebarLink>
      </div>
    </aside>
  );
}

interface SidebarLinkProps {
  active: boolean;
  onClick: () => void;
  testId: string;
  children: ReactNode;
  /** The app command that shows this view too, for the tooltip. */
  shortcut?: ShortcutCommandId;
}

/** A view the sidebar switches to; the current one is marked for sight and for screen readers. */
function SidebarLink({ active, onClick, testId, children, shortcut }: SidebarLinkProps) {
  return (
    <button
      type="button"
      className={`sidebar__link ${active ? 'sidebar__link--active' : ''}`}
      onClick={onClick}
      aria-current={active ? 'page' : undefined}
      data-testid={testId}
      title={shortcut && shortcutHint(shortcut)}
      aria-keyshortcuts={shortcut && ariaKeyShortcuts(shortcut)}
    >
      {children}
    </button>
  );
}

type ItemRenderer = (letter: LetterSummary, excerpt?: SearchExcerpt | null) => ReactNode;

interface LetterListProps {
  letters: LetterSummary[];
  more: boolean;
  onMore: () => void;
  item: ItemRenderer;
}

function LetterList({ letters, more, onMore, item }: LetterListProps) {
  const sentinel = useLoadMore<HTMLLIElement>(onMore, more);
  return (
    <ul className="library-list">
      {letters.map((letter) => item(letter))}
      {more && (
        <li ref={sentinel} className="sidebar__empty" aria-hidden="true">
          Loading older letters…
        </li>
      )}
    </ul>
  );
}

interface SearchResultsProps {
  query: string;
  search: Exclude<SearchState, { status: 'idle' }>;
  item: ItemRenderer;
}

function SearchResults({ query, search, item }: SearchResultsProps) {
  const results = search.status === 'done' ? search.results : null;
  return (
    <>
      <h2 className="sidebar__heading" aria-live="polite">
        Found {results && <span className="sidebar__count">{results.total}</span>}
      </h2>
      {search.status === 'searching' && <p className="sidebar__empty">Searching…</p>}
      {search.status === 'failed' && (
        <p className="sidebar__empty sidebar__empty--error" role="alert">
          The search did not run: {search.message}
        </p>
      )}
      {results?.total === 0 && (
        <p className="sidebar__empty" data-testid="search-empty">
          No letter contains “{query.trim()}”. Every word must appear; try fewer or shorter words.
        </p>
      )}
      {results && results.total > 0 && (
        <ul className="library-list" data-testid="search-results">
          {results.hits.map((hit) => item(hit.summary, hit.excerpt))}
        </ul>
      )}
      {results && results.total > results.hits.length && (
        <p className="sidebar__empty">
          Showing the newest {results.hits.length} of {results.total}. Add a word to narrow the search.
        </p>
      )}
    </>
  );
}
