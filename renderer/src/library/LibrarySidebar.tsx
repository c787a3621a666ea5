/** The left sidebar: every letter, newest first, with the Trash, Templates and Settings below. */
import type { ReactNode } from 'react';
import type { LetterSummary } from '../../../core/letter';
import { DocumentIcon, GearIcon, PlusIcon, TrashIcon } from '../ui/icons';
import { useNow } from '../ui/useNow';
import { LibraryItem } from './LibraryItem';

export type SidebarView = 'letter' | 'trash' | 'templates' | 'settings';

interface LibrarySidebarProps {
  letters: LetterSummary[] | null;
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
      >
        <PlusIcon /> New letter
      </button>
      <nav className="sidebar__list" aria-label="Letters">
        <h2 className="sidebar__heading">
          Letters {letters && <span className="sidebar__count">{letters.length}</span>}
        </h2>
        {letters === null ? (
          <p className="sidebar__empty">Loading…</p>
        ) : letters.length === 0 ? (
          <p className="sidebar__empty">No letters yet. Start one with “New letter”.</p>
        ) : (
          <ul className="library-list">
            {letters.map((letter) => (
              <LibraryItem
                key={letter.id}
                letter={letter}
                now={now}
                active={view === 'letter' && letter.id === activeId}
                onOpen={() => props.onOpen(letter.id)}
                onRename={(title) => props.onRename(letter.id, title)}
                onDuplicate={() => props.onDuplicate(letter.id)}
                onTrash={() => props.onTrash(letter)}
              />
            ))}
          </ul>
        )}
      </nav>
      <div className="sidebar__footer">
        <SidebarLink active={view === 'trash'} onClick={props.onShowTrash} testId="trash">
          <TrashIcon /> Trash {trashCount > 0 && <span className="sidebar__count">{trashCount}</span>}
        </SidebarLink>
        <SidebarLink active={view === 'templates'} onClick={props.onShowTemplates} testId="templates">
          <DocumentIcon /> Templates
        </SidebarLink>
        <SidebarLink active={view === 'settings'} onClick={props.onShowSettings} testId="settings">
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
}

/** A view the sidebar switches to; the current one is marked for sight and for screen readers. */
function SidebarLink({ active, onClick, testId, children }: SidebarLinkProps) {
  return (
    <button
      type="button"
      className={`sidebar__link ${active ? 'sidebar__link--active' : ''}`}
      onClick={onClick}
      aria-current={active ? 'page' : undefined}
      data-testid={testId}
    >
      {children}
    </button>
  );
}
