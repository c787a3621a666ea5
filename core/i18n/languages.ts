/**
 * The languages LetterDesk's interface speaks, and which one a user gets.
 * Letter content is not translated: a letter's two sides keep their own
 * languages (core/sides.ts); this is only the language of the buttons,
 * menus, dialogs and messages around them.
 */
import { match } from '@formatjs/intl-localematcher';

export const UI_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** What Settings stores: a language, or "follow the system" (the default). */
export const LANGUAGE_CHOICES = ['system', ...UI_LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language's name in itself, as language pickers show it, so a user who cannot read the other finds theirs. */
export const LANGUAGE_AUTONYMS: Record<UiLanguage, string> = { en: 'English', 'zh-CN': '简体中文' };

export function isUiLanguage(value: unknown): value is UiLanguage {
  return (UI_LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The interface language for a choice: the chosen one, or for "system" the
 * best match for the system's preferred languages (Electron's
 * app.getPreferredSystemLanguages(), the browser's navigator.languages), in
 * their order. A system that prefers neither English nor Chinese gets English.
 * FormatJS's locale matcher (the ECMA-402 algorithm) does the matching, so
 * "zh", "zh-Hans-CN" and "zh-SG" all find Simplified Chinese.
 */
export function resolveLanguage(choice: LanguageChoice, systemLanguages: readonly string[]): UiLanguage {
  if (choice !== 'system') return choice;
  const requested = systemLanguages.filter((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length > 0;
    } catch {
      return false; // A malformed tag from the system is skipped, not fatal.
    }
  });
  const found = match(requested, UI_LANGUAGES, 'en', { algorithm: 'best fit' });
  return isUiLanguage(found) ? found : 'en';
}
