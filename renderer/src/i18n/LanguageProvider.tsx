/**
 * The interface language: react-intl's provider with the active catalog, and
 * the switch Settings uses. Changing the language swaps the messages in
 * place: no component remounts, so the open letter, its undo history and any
 * unsaved edit stay as they are.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import type { UiLanguage } from '../../../core/i18n/languages';
import { makeIntl } from './activeIntl';
import { loadCatalog, type Catalog } from './loadCatalog';

export interface LoadedLanguage {
  language: UiLanguage;
  messages: Catalog;
}

interface LanguageState {
  language: UiLanguage;
  /** Loads the language's catalog, then shows the interface in it. */
  switchTo(language: UiLanguage): Promise<void>;
}

const LanguageContext = createContext<LanguageState | null>(null);

export function LanguageProvider({ initial, children }: { initial: LoadedLanguage; children: ReactNode }) {
  const [loaded, setLoaded] = useState(initial);
  const intl = useMemo(() => makeIntl(loaded.language, loaded.messages), [loaded]);

  useEffect(() => {
    // Screen readers pick their voice by it; each pane keeps its own `lang` (SidePane.tsx).
    document.documentElement.lang = loaded.language;
  }, [loaded.language]);

  const switchTo = useCallback(async (language: UiLanguage) => {
    const messages = await loadCatalog(language);
    setLoaded((current) => (current.language === language ? current : { language, messages }));
  }, []);

  const state = useMemo(() => ({ language: loaded.language, switchTo }), [loaded.language, switchTo]);
  return (
    <LanguageContext.Provider value={state}>
      <RawIntlProvider value={intl}>{children}</RawIntlProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage() needs a <LanguageProvider> above it.');
  return state;
}
