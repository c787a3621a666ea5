/** The parts every letter needs before it can leave: text on each printed side, a date, a signature. */
import { defineMessages, wording } from '../i18n/wording';
import type { Finding, Rule } from './context';
import type { BlockText } from './blockText';

const messages = defineMessages({
  preface: {
    id: 'preflight.missing.preface',
    defaultMessage:
      'The Chinese preface is empty: write the headline and summary, or export the letter for the editor only.',
  },
  body: { id: 'preflight.missing.body', defaultMessage: 'The English letter has no text yet.' },
  signatory: {
    id: 'preflight.missing.signatory',
    defaultMessage: 'No one signs the letter: choose a signatory in the letter’s details.',
  },
  date: {
    id: 'preflight.missing.date',
    defaultMessage: 'The letter has no date: set it in the letter’s details.',
  },
  salutation: {
    id: 'preflight.missing.salutation',
    defaultMessage: 'The letter has no salutation (e.g. “Dear Sir/Madam,”).',
  },
});

const isBlank = (blocks: BlockText[]) => blocks.every((block) => block.text.trim() === '');

export const missingParts: Rule = ({ letter, blocks, sides, options }) => {
  const found: Finding[] = [];
  if (sides.preface && isBlank(blocks.preface)) {
    found.push({
      rule: 'missing.preface',
      severity: 'error',
      side: 'preface',
      wording: wording(messages.preface),
      location: { side: 'preface', blockIndex: 0 },
    });
  }
  if (!sides.body) return found;
  if (isBlank(blocks.body)) {
    found.push({
      rule: 'missing.body',
      severity: 'error',
      side: 'body',
      wording: wording(messages.body),
      location: { side: 'body', blockIndex: 0 },
    });
  }
  if (!letter.signatory) {
    found.push({
      rule: 'missing.signatory',
      severity: 'error',
      side: 'details',
      wording: wording(messages.signatory),
      location: { field: 'signatory' },
    });
  }
  if (!letter.date) {
    found.push({
      rule: 'missing.date',
      severity: 'error',
      side: 'details',
      wording: wording(messages.date),
      location: { field: 'date' },
    });
  }
  if (!letter.salutation.trim() && !options.noSalutation) {
    found.push({
      rule: 'missing.salutation',
      severity: 'warning',
      side: 'body',
      wording: wording(messages.salutation),
      location: { field: 'salutation' },
    });
  }
  return found;
};
