/** A placeholder left empty prints as "[label]": the paper would receive the bracket. */
import { PLACEHOLDER_PATTERN, resolvePlaceholder } from '../placeholders';
import { SIDE_NAMES } from '../sides';
import { at, type Finding, type Rule } from './context';

/** Where the user fills the field in: the signatory's profile, or the letter's details. */
function whereToFill(key: string, label: string): string {
  if (key.startsWith('sender.')) return `choose a signatory whose profile has the ${label}`;
  return `fill in the ${label} in the letter’s details`;
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
        message: `The ${SIDE_NAMES[block.side]} still shows ${span.text}: ${whereToFill(span.key, span.text.slice(1, -1))}.`,
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
        message: `The addressee still shows ${text}: ${whereToFill(match[1], text.slice(1, -1))}.`,
        location: { field: 'addressee' },
      });
    }
  }
  return found;
};
