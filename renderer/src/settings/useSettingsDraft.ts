/**
 * One settings section as the user edits it: a local draft saved shortly
 * after each change (and at once on blur), through the same save loop as a
 * letter, so a failed save is shown and retried instead of lost.
 */
import { useCallback, useRef, useState } from 'react';
import { useAutosave, type SaveStatus } from '../letter/useAutosave';

export interface SettingsDraft<T> {
  value: T;
  set(changes: Partial<T>): void;
  status: SaveStatus;
  /** Saves a pending change now (on blur, or a choice made in one click). */
  saveNow(): void;
}

export function useSettingsDraft<T extends object>(
  initial: T,
  save: (value: T) => Promise<void>,
): SettingsDraft<T> {
  const [value, setValue] = useState(initial);
  const latest = useRef(initial);
  const { status, markDirty, flush } = useAutosave({ save: () => save(latest.current) });

  const set = useCallback(
    (changes: Partial<T>) => {
      latest.current = { ...latest.current, ...changes };
      setValue(latest.current);
      markDirty();
    },
    [markDirty],
  );

  // A failure is already on screen as the section's save state.
  const saveNow = useCallback(() => void flush().catch(() => undefined), [flush]);

  return { value, set, status, saveNow };
}
