/**
 * The office settings (letterhead, house style), loaded once at start and
 * shared: the English sheet dates letters in the house format, and copies made
 * in the renderer carry the letterhead. Every change goes through here, so all
 * views see the saved value the service returned.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { defaultSettings, type AppSettings, type SettingsUpdate } from '../../../core/settings';
import { useApi } from '../app/ApiContext';
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
  update(update: SettingsUpdate): Promise<AppSettings>;
  setLogo(dataBase64: string): Promise<AppSettings>;
  clearLogo(): Promise<AppSettings>;
}

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
  const [settings, setSettings] = useState<AppSettings>(() => initial?.value ?? defaultSettings());
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
        notify.error(`Settings could not be loaded, so defaults are used for now: ${errorMessage(error)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [api, notify, attempt, initial]);

  /** Keeps what the service saved, so every view shows the stored value. */
  const keep = useCallback(async (call: Promise<AppSettings>) => {
    const next = await call;
    setSettings(next);
    return next;
  }, []);

  const value = useMemo<SettingsState>(
    () => ({
      settings,
      loaded,
      loadError,
      reload: () => setAttempt((n) => n + 1),
      update: (update) => keep(api.call('settings.update', { update })),
      setLogo: (dataBase64) => keep(api.call('settings.setLogo', { dataBase64 })),
      clearLogo: () => keep(api.call('settings.clearLogo', {})),
    }),
    [api, settings, loaded, loadError, keep],
  );

  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings() needs a <SettingsProvider> above it.');
  return state;
}
