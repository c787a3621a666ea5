/** A placeholder left empty prints as "[label]": the paper would receive the bracket. */
import { defineMessages, wording } from '../i18n/wording';
import { PLACEHOLDER_PATTERN, resolvePlaceholder } from '../placeholders';
import { at, type Finding, type Rule } from './context';

// `fillIn`: where the user fills the field in, the signatory's profile or the letter's details.
// `field` names a built-in field, for the message to name it in the page's language; any other
// (a custom field, one with a Chinese name) is named by `label`, as the letter shows it in brackets.
const messages = defineMessages({
  inText: {
    id: 'preflight.placeholder.inText',
    defaultMessage:
      'The {side, select, preface {Chinese preface} other {English letter}} still shows {text}: {fillIn, select, signatory {choose a signatory whose profile has the {field, select, senderName {signatory name} senderTitle {signatory title} senderOrganisation {organisation} other {{label}}}} other {fill in the {field, select, publication {publication} articleTitle {article title} articleDate {article date} articleUrl {article URL} letterDate {letter date} other {{label}}} in the letter’s details}}.',
  },
  inAddressee: {
    id: 'preflight.placeholder.inAddressee',
    defaultMessage:
      'The addressee still shows {text}: {fillIn, select, signatory {choose a signatory whose profile has the {field, select, senderName {signatory name} senderTitle {signatory title} senderOrganisation {organisation} other {{label}}}} other {fill in the {field, select, publication {publication} articleTitle {article title} articleDate {article date} articleUrl {article URL} letterDate {letter date} other {{label}}} in the letter’s details}}.',
  },
});

function unfilled(key: string, text: string) {
  return {
    text,
    label: text.slice(1, -1),
    field: key.replace(/\.(\w)/g, (_, first: string) => first.toUpperCase()),
    fillIn: key.startsWith('sender.') ? 'signatory' : 'details',
  };
}

export const unfilledPlaceholders: Rule = ({ letter, blocks, sides }) => {
  const found: Finding[] = [];
  for (const block of [...blocks.preface, ...blocks.body]) {
    for (const span of block.placeholders) {
      if (span.filled) continue;
      found.push({
        rule: 'placeholder.unfilled',
        severity: 'error',
        side: block.side,
        wording: wording(messages.inText, { side: block.side, ...unfilled(span.key, span.text) }),
        location: at(block, span.offset, span.length),
      });
    }
  }
  // The addressee line is a field of its own and may hold placeholders too.
  if (sides.body) {
    for (const match of letter.addressee.matchAll(PLACEHOLDER_PATTERN)) {
      const { text, filled } = resolvePlaceholder(match[1], letter);
      if (filled) continue;
      found.push({
        rule: 'placeholder.unfilled',
        severity: 'error',
        side: 'body',
        wording: wording(messages.inAddressee, unfilled(match[1], text)),
        location: { field: 'addressee' },
      });
    }
  }
  return found;
};
