/**
 * User-defined fields, `{{custom.<name>}}`: the name a user types becomes a
 * key, and the letter's details list every custom field its text uses.
 */
import { walk, type EditorDoc } from './editorDoc';
import type { Letter } from './letter';
import { WordedError } from './i18n/wordedError';
import { defineMessages, wording } from './i18n/wording';
import { CUSTOM_PREFIX, PLACEHOLDER_PATTERN } from './placeholders';

const messages = defineMessages({
  noLatinName: {
    id: 'error.customField.noLatinName',
    defaultMessage: 'Type a name made of Latin letters or digits, e.g. "embargo time".',
  },
});

const NAME_MAX = 40;

/** "Embargo time" → "custom.embargo_time"; throws with what to type instead when nothing is left. */
export function customFieldKey(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, NAME_MAX);
  if (!slug) throw new WordedError(wording(messages.noLatinName));
  return CUSTOM_PREFIX + slug;
}

function keysIn(doc: EditorDoc): string[] {
  const keys: string[] = [];
  walk(doc.root, (node) => {
    if (node.type === 'placeholder' && typeof node.key === 'string') keys.push(node.key);
  });
  return keys;
}

/** The names (without "custom.") of the custom fields the letter uses or has values for, in first-use order. */
export function customFieldNames(
  letter: Pick<Letter, 'preface' | 'body' | 'addressee' | 'fields'>,
): string[] {
  const inAddressee = [...letter.addressee.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]);
  const used = [...keysIn(letter.preface), ...keysIn(letter.body), ...inAddressee]
    .filter((key) => key.startsWith(CUSTOM_PREFIX))
    .map((key) => key.slice(CUSTOM_PREFIX.length));
  return [...new Set([...used, ...Object.keys(letter.fields.custom ?? {})])];
}
