/** One letter in the sidebar: open it, rename it in place, duplicate it or move it to the trash. */
import { useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { LetterSummary } from '../../../core/letter';
import type { SearchExcerpt } from '../../../core/search/excerpt';
import { CopyIcon, PencilIcon, TrashIcon } from '../ui/icons';
import { OpenCommentsBadge } from '../comments/OpenCommentsBadge';
import { ApprovalBadges } from './ApprovalBadges';
import { SearchExcerptLine } from './SearchExcerptLine';
import { StatusBadge } from './StatusBadge';
import { useWhen } from './useWhen';

interface LibraryItemProps {
  letter: LetterSummary;
  now: Date;
  active: boolean;
  onOpen: () => void;
  onRename: (title: string) => void;
  onDuplicate: () => void;
  onTrash: () => void;
  /** In search results: the words that matched. */
  excerpt?: SearchExcerpt | null;
}

export function LibraryItem({
  letter,
  now,
  active,
  onOpen,
  onRename,
  onDuplicate,
  onTrash,
  excerpt,
}: LibraryItemProps) {
  const intl = useIntl();
  const format = useWhen();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(letter.title);
  // Escape must win over the blur that follows it.
  const cancelled = useRef(false);

  const startRename = () => {
    cancelled.current = false;
    setTitle(letter.title);
    setRenaming(true);
  };
  const commit = (event?: FormEvent) => {
    event?.preventDefault();
    if (cancelled.current) return;
    cancelled.current = true;
    setRenaming(false);
    // An empty title is allowed: the library then names the letter after its article.
    if (title.trim() !== letter.title) onRename(title.trim());
  };

  return (
    <li
      className={`library-item ${active ? 'library-item--active' : ''}`}
      data-testid="library-item"
      data-letter-id={letter.id}
    >
      {renaming ? (
        <form className="library-item__rename" onSubmit={commit}>
          <label htmlFor={`rename-${letter.id}`} className="sr-only">
            <FormattedMessage id="library.item.newTitle" defaultMessage="New title" />
          </label>
          <input
            id={`rename-${letter.id}`}
            className="input input--small"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            onBlur={() => commit()}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              cancelled.current = true;
              setRenaming(false);
            }}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the field the user just asked for by choosing Rename
            autoFocus
            data-testid="library-rename-input"
          />
        </form>
      ) : (
        <button
          type="button"
          className="library-item__open"
          onClick={onOpen}
          aria-current={active ? 'page' : undefined}
          data-testid="library-open"
        >
          <span className="library-item__title" translate="no">
            {letter.title}
          </span>
          <span className="library-item__meta">
            <StatusBadge status={letter.status} />
            <ApprovalBadges approval={letter.approval} />
            <OpenCommentsBadge count={letter.openComments} />
            {letter.publication && (
              <span className="library-item__publication" translate="no">
                {letter.publication}
              </span>
            )}
            <time
              className="library-item__when"
              dateTime={letter.updatedAt}
              title={format.full(letter.updatedAt)}
            >
              {format.when(letter.updatedAt, now)}
            </time>
          </span>
          {excerpt && <SearchExcerptLine excerpt={excerpt} />}
        </button>
      )}
      {!renaming && (
        <div className="library-item__actions">
          <button
            type="button"
            className="icon-btn"
            aria-label={intl.formatMessage(
              { id: 'library.item.renameNamed', defaultMessage: 'Rename “{title}”' },
              { title: letter.title },
            )}
            title={intl.formatMessage({ id: 'library.item.rename', defaultMessage: 'Rename' })}
            onClick={startRename}
            data-testid="library-rename"
          >
            <PencilIcon />
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label={intl.formatMessage(
              { id: 'library.item.duplicateNamed', defaultMessage: 'Duplicate “{title}”' },
              { title: letter.title },
            )}
            title={intl.formatMessage({ id: 'library.item.duplicate', defaultMessage: 'Duplicate' })}
            onClick={onDuplicate}
            data-testid="library-duplicate"
          >
            <CopyIcon />
          </button>
          <button
            type="button"
            className="icon-btn icon-btn--danger"
            aria-label={intl.formatMessage(
              { id: 'library.item.trashNamed', defaultMessage: 'Move “{title}” to Trash' },
              { title: letter.title },
            )}
            title={intl.formatMessage({ id: 'library.item.trash', defaultMessage: 'Move to Trash' })}
            onClick={onTrash}
            data-testid="library-delete"
          >
            <TrashIcon />
          </button>
        </div>
      )}
    </li>
  );
}
