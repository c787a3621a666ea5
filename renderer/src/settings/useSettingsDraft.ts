/**
 * One settings section as the user edits it: a local draft saved shortly
 * after each change (and at once on blur), through the same save loop as a
 * letter, so a failed save is shown and retried instead of lost. A save
 * refused because another window changed the section is held for the user
 * to resolve (useEditConflict); their values stay in the form meanwhile.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppSettings, SettingsUpdate } from '../../../core/settings';
import { useAutosave, type SaveStatus } from '../letter/useAutosave';
import { useEditConflict, type EditConflict, type RevisedSave } from '../ui/useEditConflict';
import { useSettings, type SettingsSection } from './SettingsContext';

export interface SettingsDraft<T> {
  value: T;
  set(changes: Partial<T>): void;
  status: SaveStatus;
  /** Saves a pending change now (on blur, or a choice made in one click). */
  saveNow(): void;
  conflict: EditConflict | null;
  /** Runs another save of this section (the logo) under the same conflict handling. */
  guard(save: RevisedSave): Promise<void>;
}

export interface SectionForm<S extends SettingsSection, T> {
  section: S;
  /** The form's values from the stored section. */
  fromStored(stored: AppSettings[S]): T;
  /** What of the form's values is sent (e.g. without a half-typed font name). */
  toSend(value: T): Omit<NonNullable<SettingsUpdate[S]>, 'revision'>;
}

export function useSettingsDraft<S extends SettingsSection, T extends object>({
  section,
  fromStored,
  toSend,
}: SectionForm<S, T>): SettingsDraft<T> {
  const { settings, saveSection, takeSection } = useSettings();
  const [value, setValue] = useState(() => fromStored(settings[section]));
  const latest = useRef(value);
  const endConflictRef = useRef<() => void>(() => undefined);
  const { guard, conflict } = useEditConflict<AppSettings[S]>({
    loadTheirs: async () => (await takeSection(section))[section],
    takeTheirs: (theirs) => {
      latest.current = fromStored(theirs);
      setValue(latest.current);
    },
    // Either choice stored or took what the form holds: autosave goes on from here.
    resolved: () => endConflictRef.current(),
  });
  const { status, markDirty, flush, resolveConflict } = useAutosave({
    // Read at the time of the save (a retry sends what the form holds then). A conflict
    // pauses autosave until the user chooses (EditConflictNotice).
    save: () => guard((revision) => saveSection(section, toSend(latest.current), revision), true),
  });
  useEffect(() => {
    endConflictRef.current = () => void resolveConflict(async () => undefined).catch(() => undefined);
  }, [resolveConflict]);

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

  return { value, set, status, saveNow, conflict, guard };
}
