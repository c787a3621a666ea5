/**
 * The left sidebar: every letter, newest first (or those a search finds), with
 * the Log, Trash, Templates and Settings below.
 */
import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ShortcutCommandId } from '../../../core/commands';
import type { LetterSummary } from '../../../core/letter';
import type { SearchExcerpt } from '../../../core/search/excerpt';
import { ariaKeyShortcuts, shortcutHint } from '../commands/shortcutHint';
import { ChartIcon, DocumentIcon, GearIcon, PlusIcon, TrashIcon } from '../ui/icons';
import { NewLetterFromDocxButton } from '../import/NewLetterFromDocxButton';
import { useNow } from '../ui/useNow';
import { LibraryItem } from './LibraryItem';
import { SearchBox } from './SearchBox';
import { useLoadMore } from './useLoadMore';
import { useLetterSearch, type SearchState } from './useLetterSearch';

/** The mark and name of the app: a name, the same in any interface language. */
const LOGO_MARK = '信';
const APP_NAME = 'LetterDesk';

export type SidebarView = 'letter' | 'log' | 'trash' | 'templates' | 'settings';

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
  /** The letter log (renderer/src/log). */
  onShowLog: () => void;
  onShowTemplates: () => void;
  onShowSettings: () => void;
}

export function LibrarySidebar(props: LibrarySidebarProps) {
  const { letters, trashCount, activeId, view } = props;
  const intl = useIntl();
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
    <aside
      className="sidebar"
      data-testid="library"
      aria-label={intl.formatMessage({ id: 'library.sidebar.label', defaultMessage: 'Library' })}
    >
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          {LOGO_MARK}
        </span>
        <span className="sidebar__name" translate="no">
          {APP_NAME}
        </span>
      </div>
      <button
        type="button"
        className="btn btn--primary sidebar__new"
        onClick={props.onNew}
        data-testid="new-letter"
        title={shortcutHint('letter.new')}
        aria-keyshortcuts={ariaKeyShortcuts('letter.new')}
      >
        <PlusIcon /> <FormattedMessage id="library.sidebar.newLetter" defaultMessage="New letter" />
      </button>
      <NewLetterFromDocxButton />
      <SearchBox value={query} onChange={setQuery} />
      <nav
        className="sidebar__list"
        aria-label={intl.formatMessage({ id: 'library.sidebar.letters', defaultMessage: 'Letters' })}
      >
        {search.status === 'idle' ? (
          <>
            <h2 className="sidebar__heading">
              <FormattedMessage id="library.sidebar.lettersHeading" defaultMessage="Letters" />
              {letters && <span className="sidebar__count">{props.total}</span>}
            </h2>
            {letters === null ? (
              <p className="sidebar__empty">
                <FormattedMessage id="library.sidebar.loading" defaultMessage="Loading…" />
              </p>
            ) : letters.length === 0 ? (
              <p className="sidebar__empty">
                <FormattedMessage
                  id="library.sidebar.empty"
                  defaultMessage="No letters yet. Start one with “New letter”."
                />
              </p>
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
        <SidebarLink active={view === 'log'} onClick={props.onShowLog} testId="log">
          <ChartIcon /> <FormattedMessage id="library.sidebar.log" defaultMessage="Log" />
        </SidebarLink>
        <SidebarLink active={view === 'trash'} onClick={props.onShowTrash} testId="trash">
          <TrashIcon /> <FormattedMessage id="library.sidebar.trash" defaultMessage="Trash" />
          {trashCount > 0 && <span className="sidebar__count">{trashCount}</span>}
        </SidebarLink>
        <SidebarLink active={view === 'templates'} onClick={props.onShowTemplates} testId="templates">
          <DocumentIcon /> <FormattedMessage id="library.sidebar.templates" defaultMessage="Templates" />
        </SidebarLink>
        <SidebarLink
          active={view === 'settings'}
          onClick={props.onShowSettings}
          testId="settings"
          shortcut="app.settings"
        >
          <GearIcon /> <FormattedMessage id="library.sidebar.settings" defaultMessage="Settings" />
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
          <FormattedMessage id="library.sidebar.loadingOlder" defaultMessage="Loading older letters…" />
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
        <FormattedMessage id="library.search.found" defaultMessage="Found" />
        {results && <span className="sidebar__count">{results.total}</span>}
      </h2>
      {search.status === 'searching' && (
        <p className="sidebar__empty">
          <FormattedMessage id="library.search.searching" defaultMessage="Searching…" />
        </p>
      )}
      {search.status === 'failed' && (
        <p className="sidebar__empty sidebar__empty--error" role="alert">
          <FormattedMessage
            id="library.search.failed"
            defaultMessage="The search did not run: {reason}"
            values={{ reason: search.message }}
          />
        </p>
      )}
      {results?.total === 0 && (
        <p className="sidebar__empty" data-testid="search-empty">
          <FormattedMessage
            id="library.search.none"
            defaultMessage="No letter contains “{query}”. Every word must appear; try fewer or shorter words."
            values={{ query: query.trim() }}
          />
        </p>
      )}
      {results && results.total > 0 && (
        <ul className="library-list" data-testid="search-results">
          {results.hits.map((hit) => item(hit.summary, hit.excerpt))}
        </ul>
      )}
      {results && results.total > results.hits.length && (
        <p className="sidebar__empty">
          <FormattedMessage
            id="library.search.more"
            defaultMessage="Showing the newest {shown} of {total}. Add a word to narrow the search."
            values={{ shown: results.hits.length, total: results.total }}
          />
        </p>
      )}
    </>
  );
}
