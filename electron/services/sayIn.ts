/**
 * A formatter for files a service writes in the user's language (the log's
 * CSV, the archive's README), over the interface catalogs the menus use.
 * Loaded when first needed: the command line never writes such files and need
 * not parse the catalogs.
 */
import type { UiLanguage } from '../../core/i18n/languages';
import type { Say } from '../../core/log/csv';

export async function sayIn(language: UiLanguage): Promise<Say> {
  const { interfaceIntl } = await import('../main/interfaceIntl');
  const intl = interfaceIntl(language);
  return (message, values) => intl.formatMessage(message, values);
}
