/**
 * Which letter is open, and every library action that can affect it. Before
 * the open letter is replaced or moved, its pending changes are saved; if
 * that fails the action stops, so a draft that is not on disk is never dropped.
 */
import { useCallback, useRef, useState } from 'react';
import type { ConflictResolution } from '../../../core/contract';
import type { Letter, LetterSummary } from '../../../core/letter';
import type { ConflictChoice } from '../letter/ConflictDialog';
import type { OpenLetterHandle } from '../letter/LetterView';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';
import { useApi } from './ApiContext';
import { useIntl } from 'react-intl';

export function useOpenLetter(refreshLibrary: () => Promise<void>, initial: Letter | null) {
  const api = useApi();
  const notify = useNotify();
  const intl = useIntl();
  const [open, setOpen] = useState<Letter | null>(initial);
  // Bumped to load another version of the same letter into a fresh editor (the editors read their document once).
  const [loads, setLoads] = useState(0);
  const handleRef = useRef<OpenLetterHandle | null>(null);
  // The letter just made by `create`, until its view has put the focus in its title.
  const [created, setCreated] = useState<string | null>(null);
  // The open letter was just replaced by a restore from its history: its view opens with the history shown.
  const [restored, setRestored] = useState(false);

  /** Saves the open letter; false (with the reason shown) if its changes could not be saved. */
  const settle = useCallback(async (): Promise<boolean> => {
    try {
      await handleRef.current?.flush();
      return true;
    } catch (error) {
      notify.error(
        intl.formatMessage(
          {
            id: 'app.letter.settleFailed',
            defaultMessage: 'Your latest changes could not be saved, so the letter stays open: {detail}',
          },
          { detail: errorMessage(error) },
        ),
      );
      return false;
    }
  }, [notify, intl]);

  /** Runs an action, showing its failure; the library is refreshed either way. */
  const attempt = useCallback(
    async (action: () => Promise<void>) => {
      try {
        await action();
      } catch (error) {
        notify.error(errorMessage(error));
      }
      await refreshLibrary().catch((error: unknown) => notify.error(errorMessage(error)));
    },
    [notify, refreshLibrary],
  );

  const show = useCallback(
    async (letter: Letter | null) => {
      setOpen(letter);
      setRestored(false);
      await api.call('session.set', { openLetterId: letter?.id ?? null });
    },
    [api],
  );

  /** Resolves to whether the letter is now the open one (a failure has been shown). */
  const openLetter = useCallback(
    async (id: string): Promise<boolean> => {
      if (handleRef.current?.id === id) return true;
      if (!(await settle())) return false;
      let opened = false;
      await attempt(async () => {
        const letter = await api.call('letters.get', { id });
        opened = true;
        await show(letter);
      });
      return opened;
    },
    [api, attempt, settle, show],
  );

  /** Resolves to true once the new letter is the open one, false if it could not be made. */
  const create = useCallback(
    async (templateId: string | null): Promise<boolean> => {
      if (!(await settle())) return false;
      let made = false;
      await attempt(async () => {
        const letter = await api.call('letters.create', { templateId });
        await show(letter);
        setCreated(letter.id);
        made = true;
      });
      return made;
    },
    [api, attempt, settle, show],
  );

  const rename = useCallback(
    async (id: string, title: string) => {
      // The open letter is renamed through its draft, or the next autosave would undo it.
      if (handleRef.current?.id === id) handleRef.current.patch({ title });
      else await attempt(async () => void (await api.call('letters.rename', { id, title })));
    },
    [api, attempt],
  );

  const duplicate = useCallback(
    async (id: string) => {
      if (!(await settle())) return;
      await attempt(async () => {
        const copy = await api.call('letters.duplicate', { id });
        await show(copy);
        notify.info(
          intl.formatMessage(
            { id: 'app.letter.duplicated', defaultMessage: 'Opened a copy: “{title}”.' },
            { title: copy.title },
          ),
        );
      });
    },
    [api, attempt, notify, settle, show, intl],
  );

  const restore = useCallback(
    async (letter: LetterSummary) => {
      await attempt(async () => {
        await api.call('letters.restore', { id: letter.id });
        notify.info(
          intl.formatMessage(
            { id: 'app.letter.restored', defaultMessage: 'Restored “{title}”.' },
            { title: letter.title },
          ),
        );
      });
    },
    [api, attempt, notify, intl],
  );

  const trash = useCallback(
    async (letter: LetterSummary) => {
      const isOpen = handleRef.current?.id === letter.id;
      if (isOpen && !(await settle())) return;
      await attempt(async () => {
        await api.call('letters.trash', { id: letter.id });
        if (isOpen) await show(null);
        notify.info(
          intl.formatMessage(
            { id: 'app.letter.trashed', defaultMessage: 'Moved “{title}” to Trash.' },
            { title: letter.title },
          ),
          {
            label: intl.formatMessage({ id: 'app.letter.undoTrash', defaultMessage: 'Undo' }),
            run: () => void restore(letter),
          },
        );
      });
    },
    [api, attempt, notify, restore, settle, show, intl],
  );

  /** After a save conflict: the other version is now a copy in the library; 'theirs' reloads the editor. */
  const conflictResolved = useCallback(
    ({ letter, copy }: ConflictResolution, keep: ConflictChoice) => {
      if (keep === 'theirs') {
        setOpen(letter);
        setLoads((n) => n + 1);
        setRestored(false);
      }
      notify.info(
        keep === 'mine'
          ? intl.formatMessage(
              {
                id: 'app.conflict.keptMine',
                defaultMessage: 'Your version is saved. Theirs is kept in the library as “{title}”.',
              },
              { title: copy.title },
            )
          : intl.formatMessage(
              {
                id: 'app.conflict.tookTheirs',
                defaultMessage: 'Their version is open. Yours is kept in the library as “{title}”.',
              },
              { title: copy.title },
            ),
        {
          label: intl.formatMessage({ id: 'app.conflict.openCopy', defaultMessage: 'Open the copy' }),
          run: () => void openLetter(copy.id),
        },
      );
      refreshLibrary().catch((error: unknown) => notify.error(errorMessage(error)));
    },
    [notify, openLetter, refreshLibrary, intl],
  );

  const emptyTrash = useCallback(async () => {
    await attempt(async () => {
      const { removed } = await api.call('letters.emptyTrash', {});
      notify.info(
        intl.formatMessage(
          {
            id: 'app.trash.emptied',
            defaultMessage: 'Deleted {count, plural, one {# letter} other {# letters}} permanently.',
          },
          { count: removed },
        ),
      );
    });
  }, [api, attempt, notify, intl]);

  const titleFocused = useCallback(() => setCreated(null), []);

  /** A version of the open letter was restored (already stored): fresh editors load it. */
  const replace = useCallback((letter: Letter) => {
    setOpen(letter);
    setLoads((n) => n + 1);
    setRestored(true);
  }, []);

  return {
    open,
    /** Keys the open letter's view: a new letter, or a new version of it, gets fresh editors. */
    openKey: open ? `${open.id}:${loads}` : null,
    setOpen,
    handleRef,
    openLetter,
    create,
    rename,
    duplicate,
    trash,
    restore,
    emptyTrash,
    conflictResolved,
    replace,
    /** The open letter's view was just reloaded by a restore from its history. */
    justRestored: restored,
    /** The open letter was just made: its view focuses its title (then calls `titleFocused`). */
    justCreated: open !== null && created === open.id,
    titleFocused,
  };
}
