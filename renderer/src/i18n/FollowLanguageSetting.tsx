/**
 * Keeps the interface in the language Settings asks for: when the setting
 * changes (here, or in another window once this one re-reads its settings)
 * or is "system", the language is resolved again and switched to.
 */
import { useEffect } from 'react';
import { resolveLanguage } from '../../../core/i18n/languages';
import { useSettings } from '../settings/SettingsContext';
import { useLanguage } from './LanguageProvider';

export function FollowLanguageSetting() {
  const { settings, loaded } = useSettings();
  const { switchTo } = useLanguage();
  const choice = settings.ui.language;
  useEffect(() => {
    if (loaded) void switchTo(resolveLanguage(choice, navigator.languages));
  }, [choice, loaded, switchTo]);
  return null;
}
