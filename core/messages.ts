/**
 * Every message that changes with a number, in ICU MessageFormat, formatted
 * by FormatJS's intl-messageformat: "1 template", "2 templates" without
 * gluing an "s" on by hand ("0 signatorys"). The strings live here together
 * so they can move into a catalog as they are when the interface becomes
 * bilingual (react-intl, also FormatJS, reads the same syntax; Chinese has
 * one plural form, English two, and the rules come from the locale, not from
 * this code). The page loads this module only when it needs it
 * (renderer/src/ui/useMessages.ts): the formatter and the Intl objects it
 * builds are kept out of start-up.
 */
import { IntlMessageFormat } from 'intl-messageformat';

export const LOCALE = 'en-GB';

export const MESSAGES = {
  words: '{count, plural, one {# word} other {# words}}',
  letters: '{count, plural, one {# letter} other {# letters}}',
  preflightSummary:
    '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}',
  trashConfirm:
    '{count, plural, one {# letter} other {# letters}} will be deleted permanently. This cannot be undone.',
  trashEmptied: 'Deleted {count, plural, one {# letter} other {# letters}} permanently.',
  imported:
    'Imported {templates, plural, one {# template} other {# templates}}, {signatories, plural, one {# signatory} other {# signatories}} and {publications, plural, one {# publication} other {# publications}} from “{fileName}”.',
} as const;

export type MessageId = keyof typeof MESSAGES;
export type MessageValues = Record<string, string | number>;
export type FormatMessage = (id: MessageId, values: MessageValues) => string;

const compiled = new Map<MessageId, IntlMessageFormat>();

/** The message `id` with `values` filled in; each message is parsed once, on first use. */
export const formatMessage: FormatMessage = (id, values) => {
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(MESSAGES[id], LOCALE);
    compiled.set(id, format);
  }
  return String(format.format(values));
};
