/**
 * What every form that saves a template, publication, signatory, snippet or
 * settings section does when its save is refused because someone changed the
 * item in another window since it was loaded: nothing is overwritten, the
 * user's values stay in the form, and they choose (EditConflictNotice):
 * - take theirs: the stored version is loaded into the form;
 * - save mine anyway: their values are saved again, on the stored revision.
 */
import { useCallback, useState } from 'react';
import { errorMessage } from './errorMessage';
import { isConflict } from './isConflict';

/** A save that can be repeated on another revision; without one, it uses the revision it was loaded with. */
export type RevisedSave = (revision?: number) => Promise<unknown>;

export interface EditConflictOptions<T extends { revision: number }> {
  /** The item as stored now, or null if it was deleted meanwhile. */
  loadTheirs(): Promise<T | null>;
  /** Puts the stored version into the form. */
  takeTheirs(theirs: T): void;
  /** After either choice succeeded. */
  resolved?: () => void;
}

export interface EditConflict {
  message: string;
  busy: boolean;
  takeTheirs(): void;
  saveMine(): void;
}

export function useEditConflict<T extends { revision: number }>({
  loadTheirs,
  takeTheirs,
  resolved,
}: EditConflictOptions<T>) {
  const [held, setHeld] = useState<{ message: string; save: RevisedSave } | null>(null);
  const [busy, setBusy] = useState(false);

  /**
   * Runs `save`; a conflict is held for the user to resolve instead of thrown.
   * `rethrow`: throw it too, for an autosave that must stay "not saved" until then.
   */
  const guard = useCallback(async (save: RevisedSave, rethrow = false): Promise<void> => {
    try {
      await save();
      setHeld(null);
    } catch (error) {
      if (!isConflict(error)) throw error;
      setHeld({ message: errorMessage(error), save });
      if (rethrow) throw error;
    }
  }, []);

  const resolve = async (choice: 'theirs' | 'mine') => {
    if (!held) return;
    setBusy(true);
    try {
      const theirs = await loadTheirs();
      // Deleted meanwhile: saving mine stores it afresh; there is nothing of theirs to take.
      if (choice === 'mine') await held.save(theirs?.revision ?? 0);
      else if (theirs) takeTheirs(theirs);
      setHeld(null);
      resolved?.();
    } catch (error) {
      setHeld({ ...held, message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const conflict: EditConflict | null = held && {
    message: held.message,
    busy,
    takeTheirs: () => void resolve('theirs'),
    saveMine: () => void resolve('mine'),
  };
  return { guard, conflict };
}
