/**
 * The interface's messages in one language, compiled to FormatJS's AST at
 * build time (scripts/compiledCatalogs.ts). Each catalog is its own chunk,
 * imported on demand: the window loads only the language it shows, and the
 * other one only if the user switches to it.
 */
import type { MessageFormatElement } from 'react-intl';
import type { UiLanguage } from '../../../core/i18n/languages';

export type Catalog = Record<string, MessageFormatElement[]>;

const CATALOGS: Record<UiLanguage, () => Promise<{ default: unknown }>> = {
  en: () => import('../../../core/i18n/catalogs/en.json'),
  'zh-CN': () => import('../../../core/i18n/catalogs/zh-CN.json'),
};

export async function loadCatalog(language: UiLanguage): Promise<Catalog> {
  // The JSON's own type is the source's (strings); the build plugin has compiled them.
  return (await CATALOGS[language]()).default as Catalog;
}
