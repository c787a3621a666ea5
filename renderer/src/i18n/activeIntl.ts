/**
 * The interface language's formatter, for the few places outside React's tree
 * that put words on screen: error messages built in catch blocks
 * (ui/errorMessage.ts). Components use react-intl's hooks instead, which
 * re-render when the language changes.
 */
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import type { UiLanguage } from '../../../core/i18n/languages';
import type { Catalog } from './loadCatalog';

// One cache for every language's formatters: switching back and forth does not rebuild them.
const cache = createIntlCache();
// Built directly, not through makeIntl: that assigns `active`, which is not yet declared here (in Node
// and unbundled ES modules that is a ReferenceError; only a bundler that hoists it hid the fault).
let active: IntlShape = createIntl({ locale: 'en', messages: {}, onError: reportIntlError }, cache);

export function makeIntl(language: UiLanguage, messages: Catalog): IntlShape {
  active = createIntl({ locale: language, messages, onError: reportIntlError }, cache);
  return active;
}

export function activeIntl(): IntlShape {
  return active;
}

/**
 * A missing translation is caught by `npm run i18n:check` before it ships; at
 * run time react-intl shows the English instead, and says so on the console
 * for whoever is developing.
 */
function reportIntlError(error: Error): void {
  console.warn(`LetterDesk interface text: ${error.message}`);
}
