/**
 * A message that is worded where it is shown, not where it arises. The main
 * process decides *what* to say (a preflight problem, a refused save) and
 * sends its message id and values; the page says it in the user's language
 * from the catalogs (core/i18n/catalogs). The English text travels along as
 * `defaultMessage`, for the command-line tool, the logs, and any page whose
 * catalog lacks the id (`npm run i18n:check` keeps that from happening).
 */
import { createIntl } from '@formatjs/intl';

export type WordingValues = Record<string, string | number>;

export interface Wording {
  id: string;
  defaultMessage: string;
  values?: WordingValues;
}

/** A message as `defineMessages` from FormatJS declares it: the extractor reads these. */
export interface MessageDescriptor {
  id: string;
  defaultMessage: string;
  description?: string;
}

/**
 * Declares messages: the English text next to the code that shows it, under
 * an id. FormatJS's extractor and build plugin recognise the call by its name
 * (scripts/i18n.js collects the English into the catalog; the page's build
 * drops the English, which it loads from the catalog like any language). Ours
 * rather than react-intl's, whose typed overloads want each message's values
 * spelled out as a type parameter; values are checked by `npm run i18n:check`.
 */
export function defineMessages<const T extends Record<string, MessageDescriptor>>(messages: T): T {
  return messages;
}

/** The descriptor with its values, ready to send. */
export function wording(message: MessageDescriptor, values?: WordingValues): Wording {
  return { id: message.id, defaultMessage: message.defaultMessage, ...(values ? { values } : {}) };
}

/** The English text, for the command-line tool and the logs (the page uses the catalogs). */
export function inEnglish(message: Wording | MessageDescriptor, values?: WordingValues): string {
  english ??= createIntl({ locale: 'en-GB', messages: {}, onError: ignoreMissing });
  return english.formatMessage(message, values ?? ('values' in message ? message.values : undefined));
}

// No catalog is loaded here, so every id is "missing" and its default used, as meant.
let english: ReturnType<typeof createIntl> | undefined;
const ignoreMissing = () => {};
