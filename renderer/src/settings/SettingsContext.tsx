/**
 * The office settings (letterhead, house style), loaded once at start and
 * shared: the English sheet dates letters in the house format, and copies made
 * in the renderer carry the letterhead. Every change goes through here, so all
 * views see the saved value the service returned, and each save names the
 * revision of its section as this window last saw it.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { defaultSettings, type AppSettings, type SettingsUpdate } from '../../../core/settings';
import { useApi } from '../app/ApiContext';
import { activeIntl } from '../i18n/activeIntl';
import type { Early } from '../app/boot';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';

export interface SettingsState {
  settings: AppSettings;
  /** False until the saved settings have arrived (defaults are shown meanwhile). */
  loaded: boolean;
  /** Why loading failed, if it did. */
  loadError: string | null;
  reload(): void;
  /**
   * Saves a section's values on the revision this window last saw (or `revision`, to save over a newer one).
   * Values equal to the stored ones are not sent: nothing changed.
   */
  saveSection<S extends SettingsSection>(
    section: S,
    values: Omit<NonNullable<SettingsUpdate[S]>, 'revision'>,
    revision?: number,
  ): Promise<AppSettings>;
  setLogo(dataBase64: string, revision?: number): Promise<AppSettings>;
  clearLogo(revision?: number): Promise<AppSettings>;
  /** The section as stored now (another window may have changed it); this window then shows and builds on it. */
  takeSection(section: SettingsSection): Promise<AppSettings>;
}

export type SettingsSection = keyof SettingsUpdate & keyof AppSettings;

const SettingsContext = createContext<SettingsState | null>(null);

/** `initial`: the settings request the entry script already started (used for the first load only). */
export function SettingsProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial?: Early<AppSettings>;
}) {
  const api = useApi();
  const notify = useNotify();
  const [settings, setSettingsState] = useState<AppSettings>(() => initial?.value ?? defaultSettings());
  // Read by saves, which may follow each other before React re-renders: always the latest stored revisions.
  const current = useRef(settings);
  const setSettings = useCallback((next: AppSettings) => {
    current.current = next;
    setSettingsState(next);
  }, []);
  const [loaded, setLoaded] = useState(() => initial?.value !== undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const request = attempt === 0 && initial ? initial.promise : api.call('settings.get', {});
    request.then(
      (value) => {
        if (!live) return;
        setSettings(value);
        setLoaded(true);
        setLoadError(null);
      },
      (error: unknown) => {
        if (!live) return;
        setLoadError(errorMessage(error));
        notify.error(
          // The language at the time of the failure; the effect must not run again when it changes.
          activeIntl().formatMessage(
            {
              id: 'settings.loadFailed',
              defaultMessage: 'Settings could not be loaded, so defaults are used for now: {reason}',
            },
            { reason: errorMessage(error) },
          ),
        );
      },
    );
    return () => {
      live = false;
    };
  }, [api, notify, attempt, initial, setSettings]);

  /** Keeps what the service saved, so every view shows the stored value. */
  const keep = useCallback(
    async (call: Promise<AppSettings>) => {
      const next = await call;
      setSettings(next);
      return next;
    },
    [setSettings],
  );

  const value = useMemo<SettingsState>(() => {
    const seen = (section: SettingsSection, revision?: number) =>
      revision ?? current.current[section].revision;
    return {
      settings,
      loaded,
      loadError,
      reload: () => setAttempt((n) => n + 1),
      saveSection: async (section, values, revision) => {
        const stored = current.current[section] as unknown as Record<string, unknown>;
        const changed = Object.entries(values).some(([key, value]) => stored[key] !== value);
        if (!changed && revision === undefined) return current.current;
        const update = { [section]: { ...values, revision: seen(section, revision) } };
        return keep(api.call('settings.update', { update }));
      },
      setLogo: (dataBase64, revision) =>
        keep(api.call('settings.setLogo', { dataBase64, revision: seen('letterhead', revision) })),
      clearLogo: (revision) =>
        keep(api.call('settings.clearLogo', { revision: seen('letterhead', revision) })),
      takeSection: async (section) => {
        const stored = await api.call('settings.get', {});
        // Only this section: another one with unsaved edits here must still be checked against its own revision.
        const next = { ...current.current, [section]: stored[section] };
        setSettings(next);
        return next;
      },
    };
  }, [api, settings, loaded, loadError, keep, setSettings]);

  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings() needs a <SettingsProvider> above it.');
  return state;
}
