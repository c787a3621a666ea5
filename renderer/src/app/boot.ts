/**
 * What the window needs at start: the letter that was open last time, the
 * office settings, the interface language's catalog, the templates, the
 * signatories and the app's notices. The
 * requests all start at once, before React and Lexical initialise (see
 * startRequests.ts), instead of one after another from the first render's
 * effects; the app reads whatever has already arrived when it first renders.
 */
import type { Api, AppInfo, SignatoryList } from '../../../core/contract';
import type { Letter } from '../../../core/letter';
import type { AppSettings } from '../../../core/settings';
import type { TemplateSummary } from '../../../core/template';
import { resolveLanguage } from '../../../core/i18n/languages';
import type { LoadedLanguage } from '../i18n/LanguageProvider';
import { loadCatalog } from '../i18n/loadCatalog';

/** A request started early, whose outcome can also be read synchronously once it is in. */
export interface Early<T> {
  promise: Promise<T>;
  /** The value once it has arrived (undefined before, or if the request failed). */
  readonly value: T | undefined;
  /** True once the request has succeeded or failed. */
  readonly settled: boolean;
}

function early<T>(promise: Promise<T>): Early<T> {
  const result = { promise, value: undefined as T | undefined, settled: false };
  promise.then(
    (value) => Object.assign(result, { value, settled: true }),
    () => (result.settled = true),
  );
  return result;
}

export interface Boot {
  openLetter: Early<Letter | null>;
  settings: Early<AppSettings>;
  info: Early<AppInfo>;
  templates: Early<TemplateSummary[]>;
  signatories: Early<SignatoryList>;
  /** The interface language and its messages: the first render waits for this one (main.tsx). */
  language: Promise<LoadedLanguage>;
}

/** Starts every start-up request at once, the open letter first (it is on the way to the editor). */
export function startBoot(api: Api): Boot {
  const settings = early(api.call('settings.get', {}));
  return {
    openLetter: early(api.call('session.openLetter', {})),
    settings,
    language: startLanguage(settings.promise),
    info: early(api.call('app.info', {})),
    templates: early(api.call('templates.list', {})),
    signatories: early(api.call('signatories.list', {})),
  };
}

/**
 * The language Settings names, or the system's: its catalog is fetched as soon
 * as the settings arrive. Settings that cannot be read leave the system's
 * language (the settings view reports the failure).
 */
async function startLanguage(settings: Promise<AppSettings>): Promise<LoadedLanguage> {
  const choice = await settings.then(
    (stored) => stored.ui.language,
    () => 'system' as const,
  );
  const language = resolveLanguage(choice, navigator.languages);
  return { language, messages: await loadCatalog(language) };
}
