/**
 * The main process's formatter for each interface language, over the catalogs
 * the page uses (core/i18n/catalogs): the application menu, the save dialog,
 * the "leave without saving?" question and the start-up error boxes. The build compiles them to FormatJS's AST
 * (scripts/compiledCatalogs.ts), so no message is parsed at run time.
 */
import { createIntl, type IntlShape } from '@formatjs/intl';
import en from '../../core/i18n/catalogs/en.json';
import zhCN from '../../core/i18n/catalogs/zh-CN.json';
import type { UiLanguage } from '../../core/i18n/languages';

// The JSON's own type is the source's (strings); the build plugin has compiled them to AST.
type Messages = Parameters<typeof createIntl>[0]['messages'];
const CATALOGS: Record<UiLanguage, Messages> = { en: en as Messages, 'zh-CN': zhCN as Messages };

const made = new Map<UiLanguage, IntlShape>();

export function interfaceIntl(language: UiLanguage): IntlShape {
  let intl = made.get(language);
  if (!intl) {
    intl = createIntl({ locale: language, messages: CATALOGS[language] });
    made.set(language, intl);
  }
  return intl;
}
