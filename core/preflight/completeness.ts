/** The parts every letter needs before it can leave: text on each printed side, a date, a signature. */
import type { Finding, Rule } from './context';
import type { BlockText } from './blockText';

const isBlank = (blocks: BlockText[]) => blocks.every((block) => block.text.trim() === '');

export const missingParts: Rule = ({ letter, blocks, sides, options }) => {
  const found: Finding[] = [];
  if (sides.preface && isBlank(blocks.preface)) {
    found.push({
      rule: 'missing.preface',
      severity: 'error',
      side: 'preface',
      message:
        'The Chinese preface is empty: write the headline and summary, or export the letter for the editor only.',
      location: { side: 'preface', blockIndex: 0 },
    });
  }
  if (!sides.body) return found;
  if (isBlank(blocks.body)) {
    found.push({
      rule: 'missing.body',
      severity: 'error',
      side: 'body',
      message: 'The English letter has no text yet.',
      location: { side: 'body', blockIndex: 0 },
    });
  }
  if (!letter.signatory) {
    found.push({
      rule: 'missing.signatory',
      severity: 'error',
      side: 'details',
      message: 'No one signs the letter: choose a signatory in the letter’s details.',
      location: { field: 'signatory' },
    });
  }
  if (!letter.date) {
    found.push({
      rule: 'missing.date',
      severity: 'error',
      side: 'details',
      message: 'The letter has no date: set it in the letter’s details.',
      location: { field: 'date' },
    });
  }
  if (!letter.salutation.trim() && !options.noSalutation) {
    found.push({
      rule: 'missing.salutation',
      severity: 'warning',
      side: 'body',
      message: 'The letter has no salutation (e.g. “Dear Sir/Madam,”).',
      location: { field: 'salutation' },
    });
  }
  return found;
};
